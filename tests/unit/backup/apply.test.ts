import { applyBackup, existingIds, exportBackup, importBackup } from '@/entrypoints/background/backup/apply';
import type { StarboardDb } from '@/entrypoints/background/db';
import { searchJournal } from '@/entrypoints/background/journal';
import { type Backup, previewImport, serializeBackup } from '@/utils/backup/format';
import { parseBackup } from '@/utils/backup/validate';
import { makeBackup, makeCall, makeEntry, makePlan, makeStory, openTestDb, snapshot } from './fixtures';

/** Data already in the browser before an import. */
async function populate(db: StarboardDb) {
  await db.stories.bulkAdd([makeStory({ title: 'Local version' }), makeStory({ id: 'story-local' })]);
  await db.interviews.add(makePlan({ id: 'interview-local' }));
  await db.calls.add(makeCall({ id: 'call-local' }));
  await db.journal.add(makeEntry({ id: 'entry-local', company: 'Localcorp' }));
  await db.settings.add({ key: 'reminderMinutes', value: 3 });
  await db.drafts.add({ key: 'story-form', value: { title: 'half typed' }, updatedAt: 1 });
}

let db: StarboardDb;

beforeEach(async () => {
  db = await openTestDb();
  await populate(db);
});

afterEach(() => db.close());

describe('applyBackup', () => {
  it('merges: puts the file’s rows over the same ids and keeps the others', async () => {
    const counts = await applyBackup(db, makeBackup(), 'merge');
    expect(counts).toEqual({ stories: 2, interviews: 1, calls: 1, journal: 1, practice: 1, settings: 4, offers: 1 });
    expect((await db.stories.get('story-checkout'))?.title).toBe('Rescued the checkout migration');
    expect(await db.stories.get('story-local')).toBeDefined();
    expect(await db.journal.get('entry-local')).toBeDefined();
    expect(await db.settings.get('reminderMinutes')).toEqual({ key: 'reminderMinutes', value: 10 });
    expect(await db.stories.count()).toBe(3);
  });

  it('replaces: clears every table, then adds the file’s rows; unsaved form drafts stay', async () => {
    await applyBackup(db, makeBackup(), 'replace');
    expect(await db.stories.toCollection().primaryKeys()).toEqual(['story-checkout', 'story-conflict']);
    expect(await db.journal.toCollection().primaryKeys()).toEqual(['entry-acme']);
    expect(await db.interviews.get('interview-local')).toBeUndefined();
    expect(await db.drafts.get('story-form')).toBeDefined();
  });

  it("drops an older file's journal terms: search words come from the text, never from the file", async () => {
    const backup = makeBackup();
    const [entry] = backup.tables.journal;
    if (!entry) throw new Error('fixture has an entry');
    entry.terms = ['everything', 'matches', 'me'];
    await applyBackup(db, backup, 'merge');
    const stored = await db.journal.get(entry.id);
    expect(stored && 'terms' in stored).toBe(false);
    expect((await searchJournal(db, { text: 'everything', offset: 0, limit: 10 })).total).toBe(0);
    expect((await searchJournal(db, { text: 'robotics', offset: 0, limit: 10 })).entries.map((e) => e.id)).toContain(
      entry.id,
    );
  });

  it('drops call tab ids, which mean nothing in this session', async () => {
    const backup = makeBackup();
    backup.tables.calls = [makeCall({ tabId: 7 })];
    await applyBackup(db, backup, 'replace');
    expect(await db.calls.where('tabId').equals(7).count()).toBe(0);
    expect('tabId' in ((await db.calls.get('call-acme')) ?? {})).toBe(false);
  });

  it('rolls everything back when bulkAdd hits a duplicate key mid-way (replace)', async () => {
    const before = await snapshot(db);
    const backup = makeBackup();
    // Not something parseBackup lets through; applied directly to force a ConstraintError in the 4th table,
    // after three tables were already cleared and filled.
    const [entry] = backup.tables.journal;
    if (!entry) throw new Error('fixture has an entry');
    backup.tables.journal.push({ ...entry });
    await expect(applyBackup(db, backup, 'replace')).rejects.toThrow();
    expect(await snapshot(db)).toBe(before);
  });

  it('rolls everything back when a write fails mid-way (merge)', async () => {
    const before = await snapshot(db);
    const backup = makeBackup();
    // An invalid primary key: IndexedDB refuses the row with a DataError after earlier tables were written.
    backup.tables.practice.push({ ...makeBackup().tables.practice[0]!, id: undefined as unknown as string });
    await expect(applyBackup(db, backup, 'merge')).rejects.toThrow();
    expect(await snapshot(db)).toBe(before);
  });

  it('rolls everything back when the last table fails', async () => {
    const before = await snapshot(db);
    vi.spyOn(db.settings, 'bulkAdd').mockRejectedValue(new Error('quota exceeded'));
    await expect(applyBackup(db, makeBackup(), 'replace')).rejects.toThrow('quota exceeded');
    expect(await snapshot(db)).toBe(before);
  });
});

describe('importBackup', () => {
  it('writes nothing for an invalid file', async () => {
    const before = await snapshot(db);
    const text = serializeBackup(makeBackup()).replace('"outcome":"advanced"', '"outcome":"hired"');
    const result = await importBackup(db, text, 'replace');
    expect(result).toMatchObject({ ok: false, error: { messageKey: 'backupErrorInvalidValue' } });
    expect(await snapshot(db)).toBe(before);
  });

  it('reports a failed write with its own message and leaves the data as it was', async () => {
    const before = await snapshot(db);
    vi.spyOn(db.journal, 'bulkPut').mockRejectedValue(new Error('disk full'));
    const result = await importBackup(db, serializeBackup(makeBackup()), 'merge');
    expect(result).toMatchObject({ ok: false, error: { messageKey: 'backupErrorWriteFailed' } });
    expect(await snapshot(db)).toBe(before);
  });
});

describe('exportBackup', () => {
  it('exports every user table except form drafts, without tab ids', async () => {
    const backup = await exportBackup(db, 1234);
    expect(backup.format).toBe('starboard-backup');
    expect(backup.version).toBe(2);
    expect(backup.exportedAt).toBe(1234);
    expect(Object.keys(backup.tables).sort()).toEqual(
      ['calls', 'interviews', 'journal', 'offers', 'practice', 'settings', 'stories'].sort(),
    );
    expect(backup.tables.journal.every((entry) => !('terms' in entry))).toBe(true);
    expect(backup.tables.calls.every((call) => !('tabId' in call))).toBe(true);
    expect(JSON.stringify(backup)).not.toContain('half typed');
  });

  it('round-trips: export, parse, replace into an empty database gives the same data', async () => {
    await applyBackup(db, makeBackup(), 'merge');
    const exported = await exportBackup(db, 99);
    const parsed = parseBackup(serializeBackup(exported));
    if (!parsed.ok) throw new Error(`export did not validate: ${JSON.stringify(parsed.error)}`);

    const copy = await openTestDb();
    await applyBackup(copy, parsed.backup, 'replace');
    const again: Backup = await exportBackup(copy, 99);
    expect(again).toEqual(exported);
    expect(await copy.journal.toArray()).toEqual(await db.journal.toArray());
    copy.close();
  });

  it('gives the ids previewImport needs', async () => {
    const preview = previewImport(makeBackup(), await existingIds(db));
    expect(preview.tables.stories).toEqual({ incoming: 2, conflicts: 1 });
    expect(preview.tables.settings).toEqual({ incoming: 4, conflicts: 1 });
    expect(preview.tables.journal).toEqual({ incoming: 1, conflicts: 0 });
  });
});
