import type { StarboardDb } from './db';
import { syncPlatforms } from './platform-scripts';
import type { CommandHandlers } from './router';

export function platformHandlers(db: StarboardDb) {
  const queries = {};
  const commands: Pick<CommandHandlers, 'platforms.sync'> = {
    'platforms.sync': () => syncPlatforms(db),
  };
  return { queries, commands };
}
