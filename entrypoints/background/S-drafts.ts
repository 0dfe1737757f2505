import type { StarboardDb } from './db';

export async function getDraft(db: StarboardDb, key: string): Promise<unknown> {
  return (await db.drafts.get(key))?.value ?? null;
}

export async function putDraft(db: StarboardDb, key: string, value: unknown): Promise<void> {
  await db.drafts.put({ key, value, updatedAt: Date.now() });
}

export async function deleteDraft(db: StarboardDb, key: string): Promise<void> {
  await db.drafts.delete(key);
}
