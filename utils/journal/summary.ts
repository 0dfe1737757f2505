import { durationText, type PluralKeys, t, tp } from '@/utils/i18n';
import type { Id, JournalEntry } from '@/utils/model';

const STORIES_TOLD: PluralKeys = { one: 'journalSummaryStoriesOne', other: 'journalSummaryStoriesOther' };
const QUESTIONS: PluralKeys = { one: 'journalSummaryQuestionsOne', other: 'journalSummaryQuestionsOther' };

/**
 * The two lines at the top of a call's journal draft: what happened in it ("32 min · 3 stories told · 2 questions"),
 * then which stories were told, by title, in the order told, so the candidate sees at a glance what the form below
 * was drafted from (the form's own heading already names the company and round). A length the draft does not know
 * is left out; a story deleted since is counted but not named.
 */
export function draftSummary(
  entry: Pick<JournalEntry, 'durationMinutes' | 'storiesUsed' | 'questions'>,
  titleOf: (storyId: Id) => string | undefined,
): [counts: string, told: string] {
  const told = [...new Set(entry.storiesUsed)];
  const counts = [
    ...(entry.durationMinutes === undefined ? [] : [durationText(entry.durationMinutes)]),
    tp(STORIES_TOLD, told.length),
    tp(QUESTIONS, entry.questions.length),
  ].join(' · ');
  const titles = told.map((id) => titleOf(id)?.trim()).filter((title): title is string => Boolean(title));
  if (titles.length > 0) return [counts, t('journalSummaryTold', titles.join(', '))];
  // Told, but every one deleted since: nothing to name, and "none told" would contradict the count.
  return [counts, told.length === 0 ? t('journalSummaryNoneTold') : ''];
}

/** An entry's name where one is shown (the list, the form's heading, the undo of a delete): "company · round". */
export function entryTitle(entry: Pick<JournalEntry, 'company' | 'round'>): string {
  return [entry.company, entry.round]
    .map((part) => part.trim())
    .filter(Boolean)
    .join(' · ');
}
