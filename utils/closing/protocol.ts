import type { ChecklistItem, Id, Plan } from '../model';
import type { Settings } from '../settings/settings';

export interface ClosingCommands {
  /**
   * The panel has the closing checklist on screen: the reminder is recorded once for the call (a 'reminder-shown'
   * event, if it is due and not yet recorded), and the badges that stood in for a hidden panel are cleared.
   */
  'closing.seen'(input: { callId: Id }): { recorded: boolean };
  /**
   * Saves a plan's own checklist from an edit that started from `base`, keeping what changed elsewhere meanwhile
   * (another call tab editing the same plan): see mergeChecklistEdit in utils/closing/checklist.ts.
   */
  'closing.editPlanChecklist'(input: { id: Id; base: ChecklistItem[]; items: ChecklistItem[] }): Plan;
  /** A template edit merged onto the stored template (`base` is the list the editor started from). */
  'closing.editTemplate'(input: { base: ChecklistItem[]; items: ChecklistItem[] }): Settings;
}
