import { InsightsAccumulator } from '@/utils/insights/insights';
import type { InsightsQueries } from '@/utils/insights/protocol';
import type { JournalInsights } from '@/utils/journal/protocol';
import type { Id } from '@/utils/model';
import type { StarboardDb } from './db';
import type { FeatureHandlers } from './router';

export async function loadInsights(db: StarboardDb): Promise<JournalInsights> {
  const accumulator = new InsightsAccumulator();
  // A cursor walk: the entries pass through one at a time and only the aggregates stay in memory.
  await db.journal.each((entry) => accumulator.add(entry));
  const ids = accumulator.topStoryIds();
  const stories = await db.stories.bulkGet(ids);
  const titles = new Map<Id, string>();
  for (const story of stories) if (story) titles.set(story.id, story.title);
  return accumulator.result(titles);
}

export function insightsFeature(db: StarboardDb): FeatureHandlers<InsightsQueries, Record<never, never>> {
  return { queries: { 'insights.summary': () => loadInsights(db) }, commands: {} };
}
