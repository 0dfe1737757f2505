import { planCaption } from '@/utils/cue-card/cue-card';
import { durationText, type PluralKeys, t, tp } from '@/utils/i18n';
import type { JournalEntry } from '@/utils/model';

const STORIES_TOLD: PluralKeys = { one: 'journalSummaryStoriesOne', other: 'journalSummaryStoriesOther' };
const QUESTIONS: PluralKeys = { one: 'journalSummaryQuestionsOne', other: 'journalSummaryQuestionsOther' };

/**
 * The two lines at the top of a call's journal draft: what the call was ("Acme · Staff engineer · Onsite 2", or
 * "Call ended" for a call without a plan), then what happened in it ("32 min · 3 stories told · 2 questions"), so the
 * candidate sees at a glance what the form below was drafted from. A length the draft does not know is left out.
 */
export function draftSummary(
  entry: Pick<JournalEntry, 'company' | 'role' | 'round' | 'durationMinutes' | 'storiesUsed' | 'questions'>,
): [title: string, counts: string] {
  const stories = new Set(entry.storiesUsed).size;
  const counts = [
    ...(entry.durationMinutes === undefined ? [] : [durationText(entry.durationMinutes)]),
    tp(STORIES_TOLD, stories),
    tp(QUESTIONS, entry.questions.length),
  ];
  return [planCaption(entry) || t('panelCallEnded'), counts.join(' · ')];
}
