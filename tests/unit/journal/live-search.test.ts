import { liveQuery } from 'dexie';
import { describe, it } from 'vitest';
import { loadInsights } from '@/entrypoints/background/insights';
import { createManualEntry, searchJournal } from '@/entrypoints/background/journal';
import { freshDb } from '../db-helpers';

/** The values a live query pushes, and a way to wait for the next one that passes a test. */
function watch<T>(query: () => Promise<T>) {
  const seen: T[] = [];
  const waiters: Array<() => void> = [];
  const subscription = liveQuery(query).subscribe({
    next: (value) => {
      seen.push(value);
      for (const wake of waiters.splice(0)) wake();
    },
  });
  const until = async (test: (value: T) => boolean) => {
    const deadline = Date.now() + 3000;
    while (!seen.some(test)) {
      if (Date.now() > deadline) throw new Error(`no matching value in ${seen.length} pushes`);
      await new Promise<void>((resolve) => {
        waiters.push(resolve);
        setTimeout(resolve, 50);
      });
    }
  };
  return { seen, until, stop: () => subscription.unsubscribe() };
}

// Search and Insights answer from state kept outside Dexie (the index, the aggregates): a live query over them
// re-runs on a journal write only because each reads the journal first (observeJournal). Writes here go to rows other
// than the one that read returns, and to an empty journal, where the read returns nothing at all.
describe('live journal queries re-run on every journal write', () => {
  it('a search over an empty journal sees the first entry, then a later one', async () => {
    const db = freshDb();
    const live = watch(() => searchJournal(db, { text: 'Northwind', offset: 0, limit: 25 }));
    await live.until((result) => result.total === 0);
    await createManualEntry(db, { company: 'Northwind Labs', round: 'Screen' });
    await live.until((result) => result.total === 1);
    await createManualEntry(db, { company: 'Contoso', round: 'Onsite' });
    await createManualEntry(db, { company: 'Northwind Labs', round: 'Final' });
    await live.until((result) => result.total === 2);
    live.stop();
  });

  it('Insights follow an entry added after they were first shown', async () => {
    const db = freshDb();
    await createManualEntry(db, { company: 'Contoso', round: 'Onsite' });
    const live = watch(() => loadInsights(db));
    await live.until(() => true);
    const first = JSON.stringify(live.seen[0]);
    await createManualEntry(db, { company: 'Northwind Labs', round: 'Final' });
    await live.until((insights) => JSON.stringify(insights) !== first);
    live.stop();
  });
});
