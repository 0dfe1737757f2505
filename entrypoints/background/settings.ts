import type { StarboardDb } from './db';
import type { CommandHandlers, QueryHandlers } from './router';
import { editChecklistTemplate, getSettings, updateSettings } from './S-settings';

export function settingsHandlers(db: StarboardDb) {
  const queries: Pick<QueryHandlers, 'settings.get'> = {
    'settings.get': () => getSettings(db),
  };
  const commands: Pick<CommandHandlers, 'settings.update' | 'settings.editChecklistTemplate'> = {
    'settings.update': (patch) => updateSettings(db, patch),
    'settings.editChecklistTemplate': (edit) => editChecklistTemplate(db, edit),
  };
  return { queries, commands };
}
