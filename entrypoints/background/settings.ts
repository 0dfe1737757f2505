import type { SettingsCommands, SettingsQueries } from '@/utils/settings/protocol';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/settings/settings';
import type { StarboardDb } from './db';
import type { CommandsOf, FeatureHandlers, QueriesOf } from './router';

export async function getSettings(db: StarboardDb): Promise<Settings> {
  const rows = await db.settings.toArray();
  // Object.hasOwn, not `in`: `toString` or `__proto__` are "in" every object and are not settings.
  const stored = Object.fromEntries(
    rows.filter((r) => Object.hasOwn(DEFAULT_SETTINGS, r.key)).map((r) => [r.key, r.value]),
  );
  return { ...DEFAULT_SETTINGS, ...stored } as Settings;
}

export async function updateSettings(db: StarboardDb, patch: Partial<Settings>): Promise<Settings> {
  const known = Object.entries(patch).filter(
    ([key, value]) => Object.hasOwn(DEFAULT_SETTINGS, key) && value !== undefined,
  );
  await db.settings.bulkPut(known.map(([key, value]) => ({ key, value })));
  return getSettings(db);
}

export function settingsFeature(db: StarboardDb): FeatureHandlers<SettingsQueries, SettingsCommands> {
  const queries: QueriesOf<SettingsQueries> = {
    'settings.get': () => getSettings(db),
  };
  const commands: CommandsOf<SettingsCommands> = {
    'settings.update': (patch) => updateSettings(db, patch),
  };
  return { queries, commands };
}
