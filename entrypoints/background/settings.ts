import {
  checkChecklistEdit,
  defaultChecklistItems,
  mergeChecklistEdit,
  trimmedLabels,
} from '@/utils/closing/checklist';
import { t } from '@/utils/i18n';
import type { ChecklistItem } from '@/utils/model';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/settings/settings';
import type { StarboardDb } from './db';
import type { CommandHandlers, QueryHandlers } from './router';

export async function getSettings(db: StarboardDb): Promise<Settings> {
  const rows = await db.settings.toArray();
  const stored = Object.fromEntries(rows.filter((r) => r.key in DEFAULT_SETTINGS).map((r) => [r.key, r.value]));
  return { ...DEFAULT_SETTINGS, ...stored } as Settings;
}

export async function updateSettings(db: StarboardDb, patch: Partial<Settings>): Promise<Settings> {
  const known = Object.entries(patch).filter(([key, value]) => key in DEFAULT_SETTINGS && value !== undefined);
  await db.settings.bulkPut(known.map(([key, value]) => ({ key, value })));
  return getSettings(db);
}

/**
 * One edit of the closing-checklist template applied onto the template as it is now, so two dashboard tabs editing
 * it at once keep both edits (as `interviews.editChecklist` does for a plan's own list).
 */
export async function editChecklistTemplate(
  db: StarboardDb,
  input: { base: ChecklistItem[]; items: ChecklistItem[] },
): Promise<Settings> {
  const { base, items } = input ?? {};
  checkChecklistEdit(base, items);
  return db.transaction('rw', db.settings, async () => {
    const current = (await getSettings(db)).checklistTemplate ?? defaultChecklistItems(t);
    const checklistTemplate = trimmedLabels(mergeChecklistEdit(base as ChecklistItem[], items, current));
    await db.settings.put({ key: 'checklistTemplate', value: checklistTemplate });
    return getSettings(db);
  });
}

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
