import { insightsOf, topStoryIds } from '@/utils/insights/aggregates';
import type { InsightsQueries } from '@/utils/insights/protocol';
import type { JournalInsights } from '@/utils/journal/protocol';
import type { Id } from '@/utils/model';
import type { StarboardDb } from './db';
import { journalDerived, observeJournal } from './journal/derived';
import type { FeatureHandlers } from './router';

/** The charts from the running aggregates (entrypoints/background/journal/derived.ts): the journal is not scanned. */
export async function loadInsights(db: StarboardDb): Promise<JournalInsights> {
  // Read first, before any other await: under a live query this makes every journal write re-run Insights.
  await observeJournal(db);
  const derived = journalDerived(db);
  await derived.settled();
  const aggregates = await derived.insights();
  const stories = await db.stories.bulkGet(topStoryIds(aggregates));
  const titles = new Map<Id, string>();
  for (const story of stories) if (story) titles.set(story.id, story.title);
  return insightsOf(aggregates, titles);
}

export function insightsFeature(db: StarboardDb): FeatureHandlers<InsightsQueries, Record<never, never>> {
  return { queries: { 'insights.summary': () => loadInsights(db) }, commands: {} };
}
