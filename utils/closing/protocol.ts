import type { Id } from '../model';

export interface ReminderCommands {
  /**
   * The panel has the closing checklist on screen: the reminder is recorded once for the call (a 'reminder-shown'
   * event, if it is due and not yet recorded), and the badges that stood in for a hidden panel are cleared.
   */
  'reminders.seen'(input: { callId: Id }): { recorded: boolean };
}
