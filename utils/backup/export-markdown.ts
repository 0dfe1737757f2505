import { durationText, type MessageKey, t } from '@/utils/i18n';
import type {
  Competency,
  Id,
  JournalEntry,
  Outcome,
  Plan,
  PlanStatus,
  Platform,
  SelfCall,
  Story,
  Timestamp,
} from '@/utils/model';

/**
 * Markdown export of the journal. Every piece of user text goes through `escapeMarkdownText`, so whatever the
 * user typed (or pasted from an interviewer's email) renders as the same text in any Markdown viewer: no HTML,
 * no links, no emphasis, no headings, no tables.
 */

export const OUTCOME_LABELS: Readonly<Record<Outcome, MessageKey>> = {
  pending: 'journalOutcomePending',
  advanced: 'journalOutcomeAdvanced',
  rejected: 'journalOutcomeRejected',
  offer: 'journalOutcomeOffer',
  withdrawn: 'journalOutcomeWithdrawn',
};

export const SELF_CALL_LABELS: Readonly<Record<SelfCall, MessageKey>> = {
  'strong-no-hire': 'journalSelfCallStrongNoHire',
  'no-hire': 'journalSelfCallNoHire',
  hire: 'journalSelfCallHire',
  'strong-hire': 'journalSelfCallStrongHire',
};

export const PLATFORM_LABELS: Readonly<Record<Platform, MessageKey>> = {
  meet: 'journalPlatformMeet',
  zoom: 'journalPlatformZoom',
  teams: 'journalPlatformTeams',
  generic: 'journalPlatformGeneric',
  rehearsal: 'journalPlatformRehearsal',
};

/** `2026-11-21` in local time: unambiguous in every locale, and sorts as text in a spreadsheet. */
export function formatLocalDate(at: Timestamp): string {
  const date = new Date(at);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

// --- Escaping ------------------------------------------------------------------------------------------------

/**
 * Characters escaped wherever they appear. `<`, `>` and `&` become entities rather than backslash escapes:
 * entities are decoded by every Markdown flavour, including those (original Markdown.pl, some note apps) that do
 * not honour a backslash before `<`. A CR becomes an entity so that it is text, not a line ending, and survives.
 * `$` is escaped because several viewers (GitHub, Obsidian) render `$…$` as math; `#` everywhere because a
 * trailing `#` run closes a heading and would vanish from a company name like "Team #".
 */
const INLINE_ESCAPES: Readonly<Record<string, string>> = {
  '\\': '\\\\',
  '`': '\\`',
  '*': '\\*',
  _: '\\_',
  '[': '\\[',
  ']': '\\]',
  '|': '\\|',
  '~': '\\~',
  $: '\\$',
  '#': '\\#',
  '<': '&lt;',
  '>': '&gt;',
  '&': '&amp;',
  '\r': '&#13;',
};
const INLINE_SPECIAL = /[\\`*_[\]|~$#<>&\r]/g;
const LEADING_SPACE = /^[ \t]+/;
/** Block markers that only matter at the start of a line: list items, setext underlines, thematic breaks. */
const BLOCK_START = /^(?:[+=-]|\d{1,9}[.)])/;

function escapeLine(line: string): string {
  const lead = LEADING_SPACE.exec(line)?.[0] ?? '';
  const body = line.slice(lead.length).replace(INLINE_SPECIAL, (char) => INLINE_ESCAPES[char] ?? char);
  if (lead) {
    // Indentation as entities: four spaces would otherwise start a code block, where escapes are not decoded.
    // A line that starts with an entity cannot start with a block marker, so nothing more is needed.
    return lead.replace(/ /g, '&#32;').replace(/\t/g, '&#9;') + body;
  }
  const marker = BLOCK_START.exec(body)?.[0];
  if (marker === undefined) return body;
  return /^\d/.test(marker) ? `${marker.slice(0, -1)}\\${marker.slice(-1)}${body.slice(marker.length)}` : `\\${body}`;
}

export interface EscapeOptions {
  /**
   * `keep` (default): line breaks stay line breaks, for paragraphs. `html`: each becomes `<br>`, for places
   * that must stay on one line (table cells). Either way the text round-trips through `unescapeMarkdownText`.
   */
  lineBreaks?: 'keep' | 'html';
}

/** User text as inert Markdown: it renders as exactly these characters (see `unescapeMarkdownText`). */
export function escapeMarkdownText(text: string, options: EscapeOptions = {}): string {
  return text
    .split('\n')
    .map(escapeLine)
    .join(options.lineBreaks === 'html' ? '<br>' : '\n');
}

const ENTITIES: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', '#32': ' ', '#9': '\t', '#13': '\r' };

/**
 * The inverse of `escapeMarkdownText`, i.e. the text a viewer displays. A literal `<br>` can only come from the
 * escaper (a user's `<` is always `&lt;`), so it decodes to a line break unambiguously.
 */
export function unescapeMarkdownText(markdown: string): string {
  return markdown.replace(
    /\\([!-/:-@[-`{-~])|&(lt|gt|amp|#32|#9|#13);|<br>/g,
    (match, punctuation: string | undefined, entity: string | undefined) =>
      punctuation ?? (entity === undefined ? (match === '<br>' ? '\n' : match) : (ENTITIES[entity] ?? match)),
  );
}

/** For headings and one-line values: line breaks would end the heading, so they become spaces. */
function escapeOneLine(text: string): string {
  return escapeMarkdownText(text.replace(/\s*\n\s*/g, ' ').trim());
}

/** Continuation lines of a list item are indented to the item's content, so they stay inside it. */
function listItem(marker: string, escaped: string): string {
  const indent = ' '.repeat(marker.length + 1);
  return `${marker} ${escaped.split('\n').join(`\n${indent}`)}`;
}

// --- Documents -----------------------------------------------------------------------------------------------

export interface MarkdownOptions {
  /** Stories the entries refer to, for titles; an id not found shows as a deleted story. */
  stories?: readonly Story[];
  formatDate?: (at: Timestamp) => string;
  /** Display name of a competency id; by default the id itself. */
  competencyLabel?: (competency: Competency) => string;
}

interface Context {
  titles: ReadonlyMap<Id, string>;
  formatDate: (at: Timestamp) => string;
  competencyLabel: (competency: Competency) => string;
}

function context(options: MarkdownOptions): Context {
  return {
    titles: new Map((options.stories ?? []).map((story) => [story.id, story.title])),
    formatDate: options.formatDate ?? formatLocalDate,
    competencyLabel: options.competencyLabel ?? ((competency) => competency),
  };
}

function storyTitle(ctx: Context, id: Id): string {
  return ctx.titles.get(id) ?? t('journalStoryMissing');
}

/** Translations are trusted, but are escaped too: a translator's `*` or `#` must not change the structure. */
function label(key: MessageKey, substitutions?: string | number | Array<string | number>): string {
  return escapeOneLine(t(key, substitutions));
}

function entryTitle(entry: JournalEntry): string {
  const parts = [entry.company, entry.role, entry.round].map((part) => part.trim()).filter(Boolean);
  return parts.length ? escapeOneLine(parts.join(' · ')) : label('journalUntitledEntry');
}

function section(level: number, key: MessageKey, body: string): string {
  return `${'#'.repeat(level)} ${label(key)}\n\n${body}`;
}

function entryMarkdown(entry: JournalEntry, ctx: Context, level: number): string {
  const blocks: string[] = [`${'#'.repeat(level)} ${entryTitle(entry)}`];

  const meta: string[] = [`- **${label('journalFieldDate')}:** ${escapeOneLine(ctx.formatDate(entry.date))}`];
  if (entry.platform) {
    meta.push(`- **${label('journalFieldPlatform')}:** ${label(PLATFORM_LABELS[entry.platform])}`);
  }
  if (entry.durationMinutes !== undefined) {
    meta.push(`- **${label('journalFieldDuration')}:** ${escapeOneLine(durationText(entry.durationMinutes))}`);
  }
  meta.push(`- **${label('journalFieldOutcome')}:** ${label(OUTCOME_LABELS[entry.outcome])}`);
  if (entry.selfCall) meta.push(`- **${label('journalFieldSelfCall')}:** ${label(SELF_CALL_LABELS[entry.selfCall])}`);
  if (entry.draft === 1) meta.push(`- **${label('journalDraftNotice')}**`);
  blocks.push(meta.join('\n'));

  const sub = level + 1;
  if (entry.storiesUsed.length) {
    const items = entry.storiesUsed.map((id) => listItem('-', escapeMarkdownText(storyTitle(ctx, id))));
    blocks.push(section(sub, 'journalFieldStoriesUsed', items.join('\n')));
  }
  if (entry.questions.length) {
    const items = entry.questions.map((question, index) => {
      const story =
        question.storyId === undefined
          ? ''
          : ` — *${label('journalQuestionStory', storyTitle(ctx, question.storyId))}*`;
      return listItem(`${index + 1}.`, escapeMarkdownText(question.text) + story);
    });
    blocks.push(section(sub, 'journalFieldQuestions', items.join('\n')));
  }
  if (entry.ratings.length) {
    const cell = (text: string) => escapeMarkdownText(text, { lineBreaks: 'html' });
    const rows = [
      `| ${label('journalFieldCompetency')} | ${label('journalFieldScore')} | ${label('journalFieldEvidence')} |`,
      '| --- | --- | --- |',
      ...entry.ratings.map(
        (rating) =>
          `| ${cell(ctx.competencyLabel(rating.competency))} | ${label('journalRatingScore', rating.score)} | ${cell(rating.evidence)} |`,
      ),
    ];
    blocks.push(section(sub, 'journalFieldRatings', rows.join('\n')));
  }
  const prose: Array<[MessageKey, string]> = [
    ['journalFieldWentWell', entry.wentWell],
    ['journalFieldImprove', entry.improve],
    ['journalFieldReflections', entry.reflections],
    ['journalFieldSignals', entry.signals],
  ];
  for (const [key, text] of prose) {
    if (text.trim()) blocks.push(section(sub, key, escapeMarkdownText(text)));
  }
  if (entry.followUps.length) {
    const items = entry.followUps.map((followUp) => {
      const due = followUp.due === undefined ? '' : ` (${label('journalFollowUpDue', ctx.formatDate(followUp.due))})`;
      return listItem(`- [${followUp.done ? 'x' : ' '}]`, escapeMarkdownText(followUp.text) + due);
    });
    blocks.push(section(sub, 'journalFieldFollowUps', items.join('\n')));
  }
  if (entry.compensationNotes.trim()) {
    blocks.push(section(sub, 'journalFieldCompensationNotes', escapeMarkdownText(entry.compensationNotes)));
  }
  if (entry.checklist.length) {
    const items = entry.checklist.map((item) =>
      listItem(`- [${item.checked ? 'x' : ' '}]`, escapeMarkdownText(item.label)),
    );
    blocks.push(section(sub, 'journalFieldChecklist', items.join('\n')));
  }
  return `${blocks.join('\n\n')}\n`;
}

/** One journal entry as a Markdown document. */
export function journalEntryMarkdown(entry: JournalEntry, options: MarkdownOptions = {}): string {
  return entryMarkdown(entry, context(options), 1);
}

/** The whole journal as one Markdown document, entries in the order given. */
export function journalMarkdown(
  entries: readonly JournalEntry[],
  options: MarkdownOptions & { exportedAt: Timestamp },
): string {
  const ctx = context(options);
  const header = `# ${label('exportMarkdownTitle')}\n\n${label('exportMarkdownExportedAt', ctx.formatDate(options.exportedAt))}\n`;
  return [header, ...entries.map((entry) => entryMarkdown(entry, ctx, 2))].join('\n');
}

export const PLAN_STATUS_LABELS: Readonly<Record<PlanStatus, MessageKey>> = {
  planned: 'planStatusPlanned',
  done: 'planStatusDone',
  cancelled: 'planStatusCancelled',
};

/**
 * One interview plan as a Markdown document, in the journal entry's shape. The meeting link is left out on purpose:
 * it often carries the meeting's password (Zoom's `pwd`), and this document is made to be shared.
 */
export function planMarkdown(plan: Plan, options: MarkdownOptions = {}): string {
  const ctx = context(options);
  const parts = [plan.company, plan.role, plan.round].map((part) => part.trim()).filter(Boolean);
  const blocks: string[] = [`# ${parts.length ? escapeOneLine(parts.join(' · ')) : label('planUntitled')}`];
  const meta: string[] = [];
  if (plan.scheduledAt !== undefined) {
    meta.push(`- **${label('planFieldScheduledAt')}:** ${escapeOneLine(ctx.formatDate(plan.scheduledAt))}`);
  }
  meta.push(`- **${label('planFieldPlannedMinutes')}:** ${escapeOneLine(durationText(plan.plannedMinutes))}`);
  meta.push(`- **${label('planFieldStatus')}:** ${label(PLAN_STATUS_LABELS[plan.status])}`);
  blocks.push(meta.join('\n'));
  const lists: Array<[MessageKey, readonly string[], boolean]> = [
    ['planFieldInterviewers', plan.interviewers, false],
    ['planFieldPinned', plan.pinnedStoryIds.map((id) => storyTitle(ctx, id)), true],
    ['planFieldQuestionsToAsk', plan.questionsToAsk, true],
  ];
  for (const [key, items, numbered] of lists) {
    const shown = items.filter((item) => item.trim());
    if (!shown.length) continue;
    const lines = shown.map((item, index) => listItem(numbered ? `${index + 1}.` : '-', escapeMarkdownText(item)));
    blocks.push(section(2, key, lines.join('\n')));
  }
  for (const [key, text] of [
    ['planFieldPitch', plan.pitch],
    ['planFieldNotes', plan.notes],
  ] as const) {
    if (text.trim()) blocks.push(section(2, key, escapeMarkdownText(text)));
  }
  return `${blocks.join('\n\n')}\n`;
}
