import type { StarboardDb } from './db';
import type { CommandHandlers, QueryHandlers } from './router';

export async function getDraft(db: StarboardDb, key: string): Promise<unknown> {
  return (await db.drafts.get(key))?.value ?? null;
}

export async function putDraft(db: StarboardDb, key: string, value: unknown): Promise<void> {
  await db.drafts.put({ key, value, updatedAt: Date.now() });
}

export async function deleteDraft(db: StarboardDb, key: string): Promise<void> {
  await db.drafts.delete(key);
}

export function draftHandlers(db: StarboardDb) {
  const queries: Pick<QueryHandlers, 'drafts.get'> = {
    'drafts.get': (key) => getDraft(db, key),
  };
  const commands: Pick<CommandHandlers, 'drafts.put' | 'drafts.delete'> = {
    'drafts.put': ({ key, value }) => putDraft(db, key, value),
    'drafts.delete': (key) => deleteDraft(db, key),
  };
  return { queries, commands };
}
