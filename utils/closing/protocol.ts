import type { ChecklistItem, Id, Plan } from '@/utils/model';
import type { Settings } from '@/utils/settings/settings';

/** How long the checklist must stay on screen, without a break, to count as seen (by the panel and its frame). */
export const SEEN_DWELL_MS = 1_000;

export interface ClosingCommands {
  /**
   * The panel has had the closing checklist on screen for a second: if it really was (a framed panel's frame is
   * asked: expanded, not hidden for sharing, tab visible, for that long), the reminder is recorded once for the call
   * (a 'reminder-shown' event, if it is due and not yet recorded) and the badges that stood in are cleared. `seen`:
   * the reminder is recorded and this panel was on screen, so it may stop asking.
   */
  'closing.seen'(input: { callId: Id }): { recorded: boolean; seen: boolean };
  /**
   * Saves a plan's own checklist from an edit that started from `base`, keeping what changed elsewhere meanwhile
   * (another call tab editing the same plan): see mergeChecklistEdit in utils/closing/checklist.ts.
   */
  'closing.editPlanChecklist'(input: { id: Id; base: ChecklistItem[]; items: ChecklistItem[] }): Plan;
  /** A template edit merged onto the stored template (`base` is the list the editor started from). */
  'closing.editTemplate'(input: { base: ChecklistItem[]; items: ChecklistItem[] }): Settings;
}
