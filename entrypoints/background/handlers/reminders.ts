import type { StarboardDb } from '../db';
import { reminderSeen } from '../reminders';
import type { CommandHandlers } from '../router';

export function reminderHandlers(db: StarboardDb) {
  const commands: Pick<CommandHandlers, 'reminders.seen'> = {
    'reminders.seen': ({ callId }) => reminderSeen(db, callId),
  };
  return { commands };
}
