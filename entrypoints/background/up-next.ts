import type { Id, Timestamp } from '@/utils/model';
import type { UpNextCommands, UpNextQueries } from '@/utils/up-next/protocol';
import type { StarboardDb } from './db';
import type { FeatureHandlers } from './router';

/** One pass over the practice log in time order, so each story keeps its latest session. */
export async function lastPractised(db: StarboardDb): Promise<Record<Id, Timestamp>> {
  const latest: Record<Id, Timestamp> = {};
  await db.practice.orderBy('at').each((session) => {
    latest[session.storyId] = session.at;
  });
  return latest;
}

export function upNextFeature(db: StarboardDb): FeatureHandlers<UpNextQueries, UpNextCommands> {
  return {
    queries: { 'upNext.lastPractised': () => lastPractised(db) },
    commands: {},
  };
}
