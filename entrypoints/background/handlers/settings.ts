import type { StarboardDb } from '../db';
import type { CommandHandlers, QueryHandlers } from '../router';
import { getSettings, updateSettings } from '../services/settings';

export function settingsHandlers(db: StarboardDb) {
  const queries: Pick<QueryHandlers, 'settings.get'> = {
    'settings.get': () => getSettings(db),
  };
  const commands: Pick<CommandHandlers, 'settings.update'> = {
    'settings.update': (patch) => updateSettings(db, patch),
  };
  return { queries, commands };
}
