import type { Call, CallEvent, CallState, Id, Interview, Platform, Story } from '../model';
import type { Settings } from '../settings';

/** What a form may send: ids and timestamps are the background's to set. */
export type StoryInput = Partial<Omit<Story, 'createdAt' | 'updatedAt'>> & { id?: Id };
export type InterviewInput = Partial<Omit<Interview, 'createdAt' | 'updatedAt'>> & { id?: Id };

/** What a call-page loader reports: no private data goes in or comes back. */
export interface CallReport {
  platform: Platform;
  state: CallState;
}

/** The call shown beside a tab, with the plan it is bound to and that plan's pinned stories in order. */
export interface CallView {
  call: Call;
  interview: Interview | null;
  pinnedStories: Story[];
}

/**
 * Reads. Each can be called once or subscribed to (utils/api/live.ts): a subscription is pushed a fresh result
 * whenever the data it read changes.
 */
export interface Queries {
  'stories.list'(query: { includeArchived?: boolean }): Story[];
  'stories.get'(id: Id): Story | null;
  'interviews.list'(): Interview[];
  'interviews.get'(id: Id): Interview | null;
  /** The live call in the asking tab (the in-page panel) or in the given tab (the native side panel). */
  'calls.current'(query: { tabId?: number }): CallView | null;
  'settings.get'(): Settings;
  'drafts.get'(key: string): unknown;
}

/** Writes and actions. */
export interface Commands {
  'stories.save'(story: StoryInput): Story;
  /** Returns the deleted story, so the dashboard can offer undo through `stories.restore`. */
  'stories.delete'(id: Id): Story | null;
  'stories.restore'(story: Story): Story;
  'samples.remove'(): { stories: number; interviews: number };
  'samples.seed'(): { stories: number; interviews: number };
  'interviews.save'(interview: InterviewInput): Interview;
  'interviews.delete'(id: Id): Interview | null;
  /** Manual start: the rehearsal room, the generic adapter ("Use Starboard on this site"), or the side panel. */
  'calls.start'(input: { platform: Platform; tabId?: number; tabUrl?: string }): Call;
  /** Returns the call if this request ended it, null if it had already ended. */
  'calls.end'(input: { callId: Id }): Call | null;
  'calls.addEvent'(input: { callId: Id; event: CallEvent }): Call;
  'calls.bindInterview'(input: { callId: Id; interviewId: Id | null }): Call;
  'settings.update'(patch: Partial<Settings>): Settings;
  'drafts.put'(input: { key: string; value: unknown }): void;
  'drafts.delete'(key: string): void;

  // The only messages a call-page content script may send.
  /** Lifecycle from a platform adapter; answers with nothing private. */
  'call.report'(report: CallReport): { ok: true };
}

export type Protocol = Queries & Commands;
export type QueryName = keyof Queries;
export type CommandName = keyof Commands;
export type MessageName = keyof Protocol;
export type DataOf<K extends MessageName> = Parameters<Protocol[K]>[0];
export type ResultOf<K extends MessageName> = ReturnType<Protocol[K]>;

/** Messages a call-page content script is allowed to send. Everything else is for extension pages only. */
export const CONTENT_SCRIPT_MESSAGES: ReadonlySet<MessageName> = new Set<MessageName>(['call.report']);

/** The port name live subscriptions travel on. */
export const LIVE_PORT = 'starboard-live';

export type LiveClientMessage =
  | { type: 'subscribe'; id: number; name: QueryName; data: unknown; tabId?: number }
  | { type: 'unsubscribe'; id: number };

export type LiveServerMessage =
  | { type: 'value'; id: number; value: unknown }
  | { type: 'error'; id: number; message: string };
