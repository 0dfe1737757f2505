import type { StarboardDb } from '../db';
import type { CommandHandlers } from '../router';
import { reminderSeen } from './reminders';

export function reminderHandlers(db: StarboardDb) {
  const commands: Pick<CommandHandlers, 'reminders.seen'> = {
    'reminders.seen': ({ callId }) => reminderSeen(db, callId),
  };
  return { commands };
}
