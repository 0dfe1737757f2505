import type { FormBackupCommands, FormBackupQueries } from '@/utils/form-backup/protocol';
import type { StarboardDb } from './db';
import type { CommandsOf, FeatureHandlers, QueriesOf } from './router';

export async function getDraft(db: StarboardDb, key: string): Promise<unknown> {
  return (await db.drafts.get(key))?.value ?? null;
}

export async function putDraft(db: StarboardDb, key: string, value: unknown): Promise<void> {
  await db.drafts.put({ key, value, updatedAt: Date.now() });
}

export async function deleteDraft(db: StarboardDb, key: string): Promise<void> {
  await db.drafts.delete(key);
}

export function formBackupFeature(db: StarboardDb): FeatureHandlers<FormBackupQueries, FormBackupCommands> {
  const queries: QueriesOf<FormBackupQueries> = {
    'formBackup.get': (key) => getDraft(db, key),
  };
  const commands: CommandsOf<FormBackupCommands> = {
    'formBackup.put': ({ key, value }) => putDraft(db, key, value),
    'formBackup.delete': (key) => deleteDraft(db, key),
  };
  return { queries, commands };
}
