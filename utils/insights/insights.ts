import {
  aggregatesOf,
  apply,
  emptyAggregates,
  type InsightsAggregates,
  insightsOf,
  topStoryIds,
} from '@/utils/insights/aggregates';
import type { JournalInsights } from '@/utils/journal/protocol';
import type { Id, JournalEntry } from '@/utils/model';

/**
 * The Insights charts from a walk over the journal: the background can stream entries through a cursor instead of
 * holding them. The counting itself is utils/insights/aggregates.ts, which the background can also keep up to date
 * on every write; a full scan and the running aggregates therefore cannot disagree.
 */

export { checklistBucket, INSIGHT_LIMITS, monthOf, monthsBetween } from '@/utils/insights/aggregates';

export class InsightsAccumulator {
  private readonly aggregates: InsightsAggregates = emptyAggregates();

  add(entry: JournalEntry): void {
    apply(this.aggregates, null, entry);
  }

  /** `titles`: the titles of the stories that are still in the library (see `topStoryIds`). */
  result(titles: ReadonlyMap<Id, string> = new Map()): JournalInsights {
    return insightsOf(this.aggregates, titles);
  }

  /** The stories the charts will name, so the caller looks up only their titles. */
  topStoryIds(): Id[] {
    return topStoryIds(this.aggregates);
  }
}

export function journalInsights(
  entries: Iterable<JournalEntry>,
  titles: ReadonlyMap<Id, string> = new Map(),
): JournalInsights {
  return insightsOf(aggregatesOf(entries), titles);
}
