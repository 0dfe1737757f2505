import { callChecklistResults } from '@/entrypoints/background/closing';
import type { StarboardDb } from '@/entrypoints/background/db';
import { relayToLoader } from '@/entrypoints/background/frame';
import type { CallEvents } from '@/entrypoints/background/router';
import { draftFromCall } from '@/utils/journal/draft';
import type { Call, ChecklistResult, JournalEntry, Timestamp } from '@/utils/model';
import { journalDerived } from './derived';
import { type BadgeSetter, followPendingDrafts, toolbarBadge } from './draft-badge';

/**
 * A call this short with nothing recorded in it was a mis-join or a quick test of the link, not an interview: it
 * gets no draft. A short call in which a story was told or a question captured still does.
 */
export const MIN_DRAFT_CALL_MS = 60_000;

const MEANINGFUL_EVENTS: ReadonlySet<Call['events'][number]['type']> = new Set([
  'story-told',
  'question-captured',
  'checklist-ticked',
]);

export function deservesDraft(call: Call): boolean {
  // Rehearsals are practice, kept by the rehearsal room itself; the journal is for real interviews.
  if (call.platform === 'rehearsal') return false;
  const length = (call.endedAt ?? call.joinedAt) - call.joinedAt;
  return length >= MIN_DRAFT_CALL_MS || call.events.some((event) => MEANINGFUL_EVENTS.has(event.type));
}

/**
 * The closing checklist as the candidate saw it, with what they ticked. When the checklist never came up (no
 * tick, no reminder) nothing is recorded: an all-unticked list would read as "skipped everything" in Insights,
 * which the call does not show.
 */
async function checklistOf(db: StarboardDb, call: Call): Promise<ChecklistResult[]> {
  const used = call.events.some((event) => event.type === 'checklist-ticked' || event.type === 'reminder-shown');
  return used ? callChecklistResults(db, call) : [];
}

/** Creates the call's journal draft once; returns it, or null when the call gets none or already has one. */
export async function createDraftForCall(
  db: StarboardDb,
  call: Call,
  now: Timestamp = Date.now(),
): Promise<JournalEntry | null> {
  if (!deservesDraft(call)) return null;
  const write = db.transaction('rw', [db.journal, db.interviews, db.stories, db.settings], async () => {
    if ((await db.journal.where('callId').equals(call.id).count()) > 0) return null;
    const interview = call.interviewId ? ((await db.interviews.get(call.interviewId)) ?? null) : null;
    const told = call.events.flatMap((event) => (event.type === 'story-told' ? [event.storyId] : []));
    const stories = (await db.stories.bulkGet(told)).filter((story) => story !== undefined);
    const checklist = await checklistOf(db, call);
    const entry = draftFromCall({ call, interview, stories, checklist, now, id: crypto.randomUUID() });
    await db.journal.add(entry);
    // The interview took place: its plan is done (a cancelled or already done plan is left as the user set it).
    if (interview?.status === 'planned') await db.interviews.put({ ...interview, status: 'done', updatedAt: now });
    // Told in this call: the library's "last told" follows, even before the draft is reviewed.
    const toldAt = new Map<string, number>();
    for (const event of call.events) if (event.type === 'story-told') toldAt.set(event.storyId, event.at);
    const updated = stories.flatMap((story) => {
      const at = toldAt.get(story.id)!;
      return (story.lastToldAt ?? -Infinity) < at ? [{ ...story, lastToldAt: at }] : [];
    });
    if (updated.length > 0) await db.stories.bulkPut(updated);
    return entry;
  });
  return journalDerived(db).track(write, (entry) => (entry ? [{ before: null, after: entry }] : []));
}

/**
 * When a call ends (the adapter says so, the tab closes, or it navigates away), its journal draft is made, its plan
 * turns done and the call tab's slim tab says a draft is ready; the toolbar badge counts the drafts waiting for review.
 */
export function installJournalDrafts(db: StarboardDb, calls: CallEvents, setBadge: BadgeSetter = toolbarBadge) {
  calls.onEnded(async (call) => {
    try {
      const entry = await createDraftForCall(db, call);
      // A collapsed panel hides the draft: its slim tab says one is ready (a fixed label; nothing of the draft).
      if (entry && call.tabId !== undefined)
        await relayToLoader(call.tabId, { type: 'starboard/label', label: 'draft' });
    } catch (error) {
      // One listener's failure must not stop the others (reminders) from hearing that the call ended.
      console.error('Starboard: could not draft a journal entry for the call', error);
    }
  });
  // The badge is not kept across browser restarts: following the count draws it again when the worker starts.
  return followPendingDrafts(db, setBadge);
}
