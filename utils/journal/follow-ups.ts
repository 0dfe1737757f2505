import { t } from '@/utils/i18n';
import type { FollowUp, Id, JournalEntry, Timestamp } from '@/utils/model';
import { cleanList } from '@/utils/plans/plans';

const HOUR = 60 * 60_000;
/** Interviewers file their scorecards within a day: a thank-you that lands later is read after the decision. */
export const THANK_YOU_WITHIN_MS = 24 * HOUR;
/**
 * When nobody said when they would be back in touch, a week is the usual wait before asking; the candidate moves
 * the date in the journal form to the one they heard.
 */
export const NEXT_STEPS_AFTER_MS = 7 * 24 * HOUR;

/**
 * The follow-ups a call's journal draft proposes: a thank-you note per interviewer named in the plan (one for "the
 * interviewer" when the plan names none), due a day after the call ended, and a nudge about next steps.
 */
export function proposedFollowUps({
  interviewers,
  endedAt,
}: {
  interviewers: readonly string[];
  endedAt: Timestamp;
}): FollowUp[] {
  const names = [...new Set(cleanList(interviewers))];
  const thanks = names.length
    ? names.map((name) => ({ text: t('followUpThankYouTo', name), due: endedAt + THANK_YOU_WITHIN_MS, done: false }))
    : [{ text: t('journalFollowUpThankYou'), due: endedAt + THANK_YOU_WITHIN_MS, done: false }];
  return [...thanks, { text: t('followUpNextSteps'), due: endedAt + NEXT_STEPS_AFTER_MS, done: false }];
}

/** One open follow-up as Up next lists it, with the entry it belongs to (and its place there, to tick it). */
export interface OpenFollowUp {
  entryId: Id;
  index: number;
  company: string;
  round: string;
  text: string;
  due?: Timestamp;
  /** The entry is a draft not reviewed yet. */
  draft: 0 | 1;
}

export type FollowUpState = 'overdue' | 'due' | 'later' | 'undated';

/** Due means "today or within the next 24 hours": what the candidate has to do before tomorrow. */
export function followUpState(followUp: Pick<OpenFollowUp, 'due'>, now: Timestamp): FollowUpState {
  if (followUp.due === undefined) return 'undated';
  if (followUp.due < now) return 'overdue';
  return followUp.due - now <= 24 * HOUR ? 'due' : 'later';
}

/** Every follow-up not done yet, soonest first; undated ones last. */
export function openFollowUps(entries: Iterable<JournalEntry>): OpenFollowUp[] {
  const open: OpenFollowUp[] = [];
  for (const entry of entries) {
    entry.followUps.forEach((followUp, index) => {
      if (followUp.done || followUp.text.trim() === '') return;
      const item: OpenFollowUp = {
        entryId: entry.id,
        index,
        company: entry.company,
        round: entry.round,
        text: followUp.text,
        draft: entry.draft,
      };
      if (followUp.due !== undefined) item.due = followUp.due;
      open.push(item);
    });
  }
  return open.sort((a, b) => (a.due ?? Infinity) - (b.due ?? Infinity) || a.index - b.index);
}
