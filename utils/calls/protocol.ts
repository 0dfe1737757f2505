import type { Call, CallEvent, CallState, Id, Plan, Platform, Story, Timestamp } from '@/utils/model';

/** What a call-page loader reports: no private data goes in or comes back. */
export interface CallReport {
  platform: Platform;
  state: CallState;
}

/** The call shown beside a tab, with the plan it is bound to and that plan's pinned stories in order. */
export interface CallView {
  call: Call;
  interview: Plan | null;
  pinnedStories: Story[];
}

export interface CallQueries {
  /** The live call in the asking tab (the in-page panel) or in the given tab (the native side panel). */
  'calls.current'(query: { tabId?: number }): CallView | null;
  /** Calls that started or ended at or after `since`, newest first (what the library health check counts). */
  'calls.recent'(query: { since: Timestamp }): Call[];
  /** Every call bound to one of these plans (what the retell warning of a plan reads). */
  'calls.forPlans'(query: { interviewIds: Id[] }): Call[];
  /** Every call, newest first (the Data section's list, where the user deletes calls). */
  'calls.all'(query: Record<string, never>): Call[];
}

export interface CallCommands {
  /** Manual start: the rehearsal room, the generic adapter ("Use Starboard on this site"), or the side panel. */
  /**
   * Starts a call by hand. `interviewId`: the plan the panel shows, bound in the same write unless the tab's meeting
   * link finds a plan of its own (so no moment of the call, nor its start event, is without its plan).
   */
  'calls.start'(input: { platform: Platform; tabId?: number; tabUrl?: string; interviewId?: Id }): Call;
  /** Returns the call if this request ended it, null if it had already ended. */
  'calls.end'(input: { callId: Id }): Call | null;
  'calls.addEvent'(input: { callId: Id; event: CallEvent }): Call;
  'calls.bindPlan'(input: { callId: Id; interviewId: Id | null }): Call;
  /** The length chosen in the panel (presets 30/45/60) for this call only; null goes back to the plan's. */
  'calls.setPlannedMinutes'(input: { callId: Id; minutes: number | null }): Call;
  /** Deletes one call record (its journal entry, if any, stays). */
  'calls.delete'(input: { callId: Id }): { deleted: boolean };

  // One of the only messages a call-page content script may send (CONTENT_SCRIPT_MESSAGES).
  /** Lifecycle from a platform adapter; answers with nothing private. */
  'call.report'(report: CallReport): { ok: true };
  /**
   * Screen sharing started or ended in the call tab (the loader has already hidden its frame): recorded as a
   * share-started / share-ended event on the tab's live call, timestamps only. Answers with nothing private.
   */
  'call.share'(input: { sharing: boolean }): { ok: true };
}
