import type { UpNextCommands, UpNextQueries, UpNextSummary } from '@/utils/up-next/protocol';
import type { StarboardDb } from './db';
import type { FeatureHandlers } from './router';

// Handlers written directly over Dexie. A feature with rows of its own adds a table in db.ts through a new
// version with upgrade(), and its rows to the backup format (utils/backup).
export async function upNextSummary(_db: StarboardDb): Promise<UpNextSummary> {
  return { count: 0 };
}

export function upNextFeature(db: StarboardDb): FeatureHandlers<UpNextQueries, UpNextCommands> {
  return {
    queries: { 'upNext.summary': () => upNextSummary(db) },
    commands: {},
  };
}
