import { applyBackup } from '@/entrypoints/background/backup/apply';
import type { StarboardDb } from '@/entrypoints/background/db';
import { loadInsights } from '@/entrypoints/background/insights';
import { createManualEntry, deleteEntry, saveEntry, searchJournal } from '@/entrypoints/background/journal';
import { JournalDerived, journalDerived } from '@/entrypoints/background/journal/derived';
import { journalInsights } from '@/utils/insights/insights';
import { JournalSearchIndex } from '@/utils/journal/search-index';
import type { JournalEntry } from '@/utils/model';
import { makeBackup, makeEntry, openTestDb } from '../backup/fixtures';

// The background's derived journal state (entrypoints/background/journal/derived.ts): the search index and the
// Insights aggregates follow every write, are persisted with a checksum, and are rebuilt when it does not match.

const ids = async (db: StarboardDb, text: string) =>
  (await searchJournal(db, { text, offset: 0, limit: 50 })).entries.map((entry) => entry.id);

const inputOf = ({ createdAt: _c, updatedAt: _u, draft: _d, ...input }: JournalEntry) => input;

let db: StarboardDb;
beforeEach(async () => {
  db = await openTestDb();
  await db.journal.bulkAdd([
    makeEntry({ id: 'a', company: 'Initech', wentWell: 'Kubernetes deployment story', updatedAt: 1 }),
    makeEntry({ id: 'b', company: 'Globex', wentWell: 'Payments migration', updatedAt: 2 }),
  ]);
});
afterEach(() => db.close());

describe('journal search through the derived index', () => {
  it('builds lazily, finds prefixes and typos, and follows saves, deletes and new entries after commit', async () => {
    expect(await ids(db, 'deploym')).toEqual(['a']);
    expect(await ids(db, 'kubernets')).toEqual(['a']);
    const [b] = await db.journal.bulkGet(['b']);
    await saveEntry(db, { ...inputOf(b!), wentWell: 'Kubernetes on call rotation' }, true, 10);
    expect((await ids(db, 'kubernetes')).sort()).toEqual(['a', 'b']);
    expect(await ids(db, 'payments')).toEqual([]);
    await deleteEntry(db, 'a');
    expect(await ids(db, 'kubernetes')).toEqual(['b']);
    const manual = await createManualEntry(db, { company: 'Hooli' }, 20);
    expect(await ids(db, 'hooli')).toEqual([manual.id]);
    // Filters combine with the words; an empty search lists newest first.
    expect((await searchJournal(db, { text: 'kubernetes', company: 'Initech', offset: 0, limit: 9 })).total).toBe(0);
    expect((await searchJournal(db, { offset: 0, limit: 9 })).total).toBe(2);
  });

  it('loads the persisted index when its checksum matches, and rebuilds when the journal changed behind it', async () => {
    await ids(db, 'x');
    await journalDerived(db).persist();
    expect(await db.searchIndex.get('journal')).toBeDefined();

    const build = vi.spyOn(JournalSearchIndex, 'build');
    const fresh = new JournalDerived(db);
    expect((await fresh.searchIndex()).search('payments').ids).toEqual(['b']);
    expect(build).not.toHaveBeenCalled();

    // A write that bypassed the holder (another build of the extension, a bug): the checksum no longer matches.
    await db.journal.put(makeEntry({ id: 'c', company: 'Umbrella', updatedAt: 3 }));
    const again = new JournalDerived(db);
    expect((await again.searchIndex()).search('umbrella').ids).toEqual(['c']);
    expect(build).toHaveBeenCalledTimes(1);
    build.mockRestore();
  });

  it('rebuilds after a restore, with its progress counted to the end', async () => {
    expect(await ids(db, 'initech')).toEqual(['a']);
    await applyBackup(db, makeBackup(), 'replace');
    expect(await ids(db, 'initech')).toEqual([]);
    expect(await ids(db, 'robotics')).toEqual(['entry-acme']);
    expect(await db.progress.get('restore')).toMatchObject({ done: expect.any(Number) });
    const restore = (await db.progress.get('restore'))!;
    expect(restore.done).toBe(restore.total);
    const index = (await db.progress.get('index'))!;
    expect(index).toMatchObject({ done: 1, total: 1 });
  });

  it('a failed restore leaves the index answering as before', async () => {
    expect(await ids(db, 'initech')).toEqual(['a']);
    const failing = vi.spyOn(db.journal, 'bulkPut').mockRejectedValue(new Error('injected'));
    await expect(applyBackup(db, makeBackup(), 'merge')).rejects.toThrow('injected');
    failing.mockRestore();
    expect(await ids(db, 'initech')).toEqual(['a']);
    expect(await ids(db, 'robotics')).toEqual([]);
  });
});

describe('Insights from the running aggregates', () => {
  it('equals a full recompute after writes, and is persisted with the journal state', async () => {
    await loadInsights(db);
    const [a] = await db.journal.bulkGet(['a']);
    await saveEntry(db, { ...inputOf(a!), outcome: 'offer', round: 'Final' }, true, 30);
    await deleteEntry(db, 'b');
    await createManualEntry(db, { company: 'Hooli', round: 'Screen' }, 40);
    expect(await loadInsights(db)).toEqual(journalInsights(await db.journal.toArray()));

    await journalDerived(db).persist();
    const each = vi.spyOn(db.journal, 'each');
    expect(await new JournalDerived(db).insights()).toEqual((await db.insightsCache.get('journal'))?.aggregates);
    expect(each).not.toHaveBeenCalled();
    each.mockRestore();
  });
});
