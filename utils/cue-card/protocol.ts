import type { CallView } from '@/utils/calls/protocol';
import type { JournalEntry, Plan, Story } from '@/utils/model';
import type { Settings } from '@/utils/settings/settings';

/** Everything the panel draws from, in one answer: the panel's first paint waits for one message, not five. */
export interface PanelSnapshot {
  /** The tab's call and its plan, or null outside a call. */
  view: CallView | null;
  /** The library without archived stories (what `stories.list` answers). */
  stories: Story[];
  plans: Plan[];
  settings: Settings;
  /** The journal draft of the tab's call once it has ended, else null. */
  draft: JournalEntry | null;
}

export interface CueCardQueries {
  /**
   * The panel's data as one live query: the same answers as `calls.current`, `stories.list`, `plans.list`,
   * `settings.get` and `journal.forCall`, read together and pushed again when any of them changes.
   */
  'cueCard.panel'(query: { tabId?: number }): PanelSnapshot;
}

export type CueCardCommands = Record<never, never>;
