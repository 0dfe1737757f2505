import { journalEntryMarkdown, type MarkdownOptions, planMarkdown } from '@/utils/backup/export-markdown';
import { t } from '@/utils/i18n';
import type { JournalEntry, Plan, Story } from '@/utils/model';

/**
 * "Share with a coach": a journal entry or a plan as Markdown, with the interviewers' names replaced by their
 * initials and, when asked, the company by a placeholder. The redaction is done on the entry's or plan's own
 * fields before the one Markdown formatter (`utils/backup/export-markdown.ts`) runs, so escaping cannot hide a
 * name from the match and the document keeps exactly the export's shape.
 *
 * Written by hand: redaction libraries (PII scrubbers) find names by guessing (NER models, dictionaries) and are
 * large; here the names are known, and what is needed is a whole-word, case-insensitive, Unicode-aware replace of a
 * short list, which one regular expression does.
 */

export interface Redaction {
  /** The interviewers' names as the user wrote them ("Dana Lee"). */
  interviewers: readonly string[];
  /** Company name to replace by "the company"; absent (or blank) leaves the company in. */
  company?: string;
}

/** "Dana Lee" → "D. L.", "Anne-Marie Roy" → "A.-M. R.", "Dana" → "D.". */
export function initials(name: string): string {
  return name
    .normalize('NFC')
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .map((word) =>
      word
        .split('-')
        .filter(Boolean)
        // The first letter, not the first code unit: "Ørjan" → "Ø.", and an astral letter stays whole.
        .map((part) => `${[...part][0]?.toLocaleUpperCase() ?? ''}.`)
        .join('-'),
    )
    .join(' ');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A term as a pattern: its words separated by any run of whitespace, so a line break inside a name still matches. */
function termPattern(term: string): string {
  return term.split(/\s+/).map(escapeRegExp).join('\\s+');
}

/** Letters, marks and digits: a name next to one of these is part of a longer word ("Dana" in "Danae"). */
const WORD_BEFORE = '(?<![\\p{L}\\p{M}\\p{N}_])';
const WORD_AFTER = '(?![\\p{L}\\p{M}\\p{N}_])';

/** Shorter terms would catch ordinary words: a one-letter "name" would replace every "a". */
const MIN_TERM_LETTERS = 2;

/**
 * The replacement for each term: full names and first names by the interviewer's initials, the company by the
 * placeholder. A first name two interviewers share ("Dana Lee", "Dana Kim") stands for neither, so it becomes only
 * its own initial. Longest first, so "Dana Lee" is replaced whole before "Dana" could be.
 */
function replacements(redaction: Redaction): Array<[term: string, replacement: string]> {
  const byKey = new Map<string, [string, string]>();
  const add = (term: string, replacement: string) => {
    const clean = term.normalize('NFC').trim().replace(/\s+/g, ' ');
    if ([...clean.replace(/[^\p{L}\p{N}]/gu, '')].length < MIN_TERM_LETTERS) return;
    const key = clean.toLocaleLowerCase();
    if (!byKey.has(key)) byKey.set(key, [clean, replacement]);
  };
  const company = redaction.company?.trim();
  if (company) add(company, t('coachCompanyPlaceholder'));
  const names = redaction.interviewers.map((name) => name.normalize('NFC').trim()).filter(Boolean);
  for (const name of names) add(name, initials(name));
  const firstNames = names.map((name) => name.split(/\s+/)[0] ?? '');
  for (const [index, first] of firstNames.entries()) {
    const shared = firstNames.filter((other) => other.toLocaleLowerCase() === first.toLocaleLowerCase()).length > 1;
    add(first, shared ? initials(first) : initials(names[index] ?? first));
  }
  return [...byKey.values()].sort(([a], [b]) => b.length - a.length);
}

/** A function replacing every term of the redaction in a text, in one pass (a replacement is never matched again). */
export function redactor(redaction: Redaction): (text: string) => string {
  const terms = replacements(redaction);
  if (!terms.length) return (text) => text;
  const pattern = new RegExp(
    `${WORD_BEFORE}(?:${terms.map(([term]) => `(${termPattern(term)})`).join('|')})${WORD_AFTER}`,
    'giu',
  );
  return (text) =>
    text.normalize('NFC').replace(pattern, (match, ...groups: unknown[]) => {
      const index = groups.findIndex((group, i) => i < terms.length && group !== undefined);
      return terms[index]?.[1] ?? match;
    });
}

export interface CoachOptions extends Pick<MarkdownOptions, 'competencyLabel' | 'formatDate'> {
  stories?: readonly Story[];
  hideCompany: boolean;
}

function redactionOf(company: string, interviewers: readonly string[], hideCompany: boolean): Redaction {
  return { interviewers, ...(hideCompany ? { company } : {}) };
}

/** Story titles are the user's own, but may name the company ("Migration at Acme"). */
function redactStories(stories: readonly Story[] | undefined, redact: (text: string) => string) {
  return stories?.map((story) => ({ ...story, title: redact(story.title) }));
}

/** A journal entry for a coach. Its interviewers are those of the plan it belongs to. */
export function coachEntryMarkdown(
  entry: JournalEntry,
  interviewers: readonly string[],
  options: CoachOptions,
): string {
  const redact = redactor(redactionOf(entry.company, interviewers, options.hideCompany));
  const redacted: JournalEntry = {
    ...entry,
    company: redact(entry.company),
    role: redact(entry.role),
    round: redact(entry.round),
    questions: entry.questions.map((question) => ({ ...question, text: redact(question.text) })),
    ratings: entry.ratings.map((rating) => ({ ...rating, evidence: redact(rating.evidence) })),
    wentWell: redact(entry.wentWell),
    improve: redact(entry.improve),
    reflections: redact(entry.reflections),
    signals: redact(entry.signals),
    followUps: entry.followUps.map((followUp) => ({ ...followUp, text: redact(followUp.text) })),
    compensationNotes: redact(entry.compensationNotes),
    checklist: entry.checklist.map((item) => ({ ...item, label: redact(item.label) })),
  };
  const stories = redactStories(options.stories, redact);
  return journalEntryMarkdown(redacted, { ...options, ...(stories ? { stories } : {}) });
}

/** A plan for a coach (its meeting link is never in it: see `planMarkdown`). */
export function coachPlanMarkdown(plan: Plan, options: CoachOptions): string {
  const redact = redactor(redactionOf(plan.company, plan.interviewers, options.hideCompany));
  const redacted: Plan = {
    ...plan,
    company: redact(plan.company),
    role: redact(plan.role),
    round: redact(plan.round),
    interviewers: plan.interviewers.map(redact),
    questionsToAsk: plan.questionsToAsk.map(redact),
    pitch: redact(plan.pitch),
    notes: redact(plan.notes),
  };
  const stories = redactStories(options.stories, redact);
  return planMarkdown(redacted, { ...options, ...(stories ? { stories } : {}) });
}
