import type { BackupCommands, BackupQueries } from '@/utils/backup/protocol';
import type { CallCommands, CallQueries } from '@/utils/calls/protocol';
import type { ClosingCommands } from '@/utils/closing/protocol';
import type { CueCardCommands, CueCardQueries } from '@/utils/cue-card/protocol';
import type { FormBackupCommands, FormBackupQueries } from '@/utils/form-backup/protocol';
import type { FrameCommands, FrameQueries } from '@/utils/frame/protocol';
import type { InsightsQueries } from '@/utils/insights/protocol';
import type { JournalCommands, JournalQueries } from '@/utils/journal/protocol';
import type { OfferCommands, OfferQueries } from '@/utils/offers/protocol';
import type { PlanCommands, PlanQueries } from '@/utils/plans/protocol';
import type { PlatformCommands, PlatformQueries } from '@/utils/platforms/protocol';
import type { PracticeCommands, PracticeQueries } from '@/utils/practice/protocol';
import type { SampleCommands } from '@/utils/samples/protocol';
import type { SettingsCommands, SettingsQueries } from '@/utils/settings/protocol';
import type { StoryCommands, StoryQueries } from '@/utils/stories/protocol';

export type { CallReport, CallView } from '@/utils/calls/protocol';
export type { JournalEntryInput, JournalInsights, JournalSummary } from '@/utils/journal/protocol';
export type { PlanInput } from '@/utils/plans/protocol';
export type { PracticeInput } from '@/utils/practice/protocol';
export type { StoryInput } from '@/utils/stories/protocol';

/**
 * The whole API, one interface per feature (utils/<feature>/protocol.ts). A feature adds its interfaces here; the
 * background must then provide a handler for each message or the build fails.
 *
 * Queries are reads: each can be called once or subscribed to (utils/api/live.ts), and a subscription is pushed a
 * fresh result whenever the data it read changes. Commands are writes and actions.
 */
import type { UpNextCommands, UpNextQueries } from '@/utils/up-next/protocol';
export interface Queries
  extends OfferQueries,
    UpNextQueries,
    StoryQueries,
    PlanQueries,
    CallQueries,
    SettingsQueries,
    FormBackupQueries,
    FrameQueries,
    PracticeQueries,
    PlatformQueries,
    JournalQueries,
    InsightsQueries,
    BackupQueries,
    CueCardQueries {}
export interface Commands
  extends OfferCommands,
    UpNextCommands,
    StoryCommands,
    SampleCommands,
    PlanCommands,
    CallCommands,
    ClosingCommands,
    SettingsCommands,
    FormBackupCommands,
    FrameCommands,
    PracticeCommands,
    PlatformCommands,
    JournalCommands,
    BackupCommands,
    CueCardCommands {}

export type Protocol = Queries & Commands;
export type QueryName = keyof Queries;
export type CommandName = keyof Commands;
export type MessageName = keyof Protocol;
export type DataOf<K extends MessageName> = Parameters<Protocol[K]>[0];
export type ResultOf<K extends MessageName> = ReturnType<Protocol[K]>;

/** Messages a call-page content script is allowed to send. Everything else is for extension pages only. */
export const CONTENT_SCRIPT_MESSAGES: ReadonlySet<MessageName> = new Set<MessageName>([
  'call.report',
  'call.share',
  'frame.mount',
]);

/** The port name live subscriptions travel on. */
export const LIVE_PORT = 'starboard-live';

export type LiveClientMessage =
  | { type: 'subscribe'; id: number; name: QueryName; data: unknown; tabId?: number }
  | { type: 'unsubscribe'; id: number };

export type LiveServerMessage =
  | { type: 'value'; id: number; value: unknown }
  | { type: 'error'; id: number; message: string };
