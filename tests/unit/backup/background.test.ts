import { createHandlers } from '@/entrypoints/background/features';
import { CallEvents, createDispatcher } from '@/entrypoints/background/router';
import { BACKUP_LIMITS, serializeBackup } from '@/utils/backup/format';
import { dashboardSender, EXTENSION_ID, EXTENSION_ORIGIN, freshDb } from '../db-helpers';
import { makeBackup, snapshot } from './fixtures';

function setup() {
  const db = freshDb();
  const dispatch = createDispatcher(createHandlers(db, new CallEvents()), EXTENSION_ID, EXTENSION_ORIGIN);
  const ask = <K extends Parameters<typeof dispatch>[0]>(name: K, data: Parameters<typeof dispatch<K>>[1]) =>
    dispatch(name, data, dashboardSender);
  return { db, ask };
}

async function withData() {
  const { db, ask } = setup();
  await ask('stories.save', { title: 'Mine' });
  const entry = await ask('journal.createManual', { company: 'Initech' });
  await ask('formBackup.put', { key: `journal:${entry.id}`, value: { typed: 'kept' } });
  return { db, ask };
}

const BAD_FILES: Array<[string, string, string]> = [
  ['not JSON', '{"format": "other-app", ', 'backupErrorNotJson'],
  ['not a backup', '[1, 2, 3]', 'backupErrorNotBackup'],
  ['a newer format version', JSON.stringify({ ...makeBackup(), version: 99 }), 'backupErrorUnsupportedVersion'],
  [
    'a __proto__ key',
    serializeBackup(makeBackup()).replace('"tables":{', '"tables":{"__proto__":{"polluted":true},'),
    'backupErrorForbiddenKey',
  ],
  [
    'a wrong type',
    JSON.stringify({ ...makeBackup(), tables: { ...makeBackup().tables, journal: [{ id: 7 }] } }),
    'backupErrorInvalidValue',
  ],
  [
    'a huge string',
    (() => {
      const backup = makeBackup();
      backup.tables.journal[0]!.wentWell = 'x'.repeat(BACKUP_LIMITS.textChars + 1);
      return serializeBackup(backup);
    })(),
    'backupErrorTextTooLong',
  ],
  ['a file over the size cap', ' '.repeat(BACKUP_LIMITS.fileBytes + 1), 'backupErrorTooLarge'],
];

describe('backup handlers', () => {
  for (const [name, text, messageKey] of BAD_FILES) {
    it(`rejects ${name} in preview and import, and changes nothing`, async () => {
      const { db, ask } = await withData();
      const before = await snapshot(db);
      const preview = await ask('backup.preview', text);
      expect(preview).toMatchObject({ ok: false, error: { messageKey } });
      for (const mode of ['merge', 'replace'] as const) {
        expect(await ask('backup.import', { text, mode })).toMatchObject({ ok: false, error: { messageKey } });
      }
      expect(await snapshot(db)).toBe(before);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });
  }

  it('refuses input that is not text, or an unknown mode', async () => {
    const { db, ask } = await withData();
    const before = await snapshot(db);
    expect(await ask('backup.preview', { evil: 1 } as never)).toMatchObject({ ok: false });
    const text = serializeBackup(makeBackup());
    expect(await ask('backup.import', { text, mode: 'overwrite' as never })).toMatchObject({ ok: false });
    expect(await snapshot(db)).toBe(before);
  });

  it('previews, then merges, a valid file', async () => {
    const { db, ask } = await withData();
    const text = serializeBackup(makeBackup());
    const preview = await ask('backup.preview', text);
    expect(preview).toMatchObject({ ok: true, preview: { incoming: 11, conflicts: 0 } });
    expect(await ask('backup.import', { text, mode: 'merge' })).toEqual({
      ok: true,
      counts: { stories: 2, interviews: 1, calls: 1, journal: 1, practice: 1, settings: 4, offers: 1 },
    });
    expect(await db.journal.count()).toBe(2);
    expect(await ask('backup.preview', text)).toMatchObject({ ok: true, preview: { conflicts: 11 } });
  });

  it('round-trips: export, replace with an empty backup, restore', async () => {
    const { db, ask } = await withData();
    const exported = await ask('backup.export', undefined);
    expect(exported.fileName).toMatch(/^starboard-backup-\d{4}-\d{2}-\d{2}\.json$/);
    expect(exported.bytes).toBe(new TextEncoder().encode(exported.text).length);
    const empty = serializeBackup({
      ...makeBackup(),
      tables: { stories: [], interviews: [], calls: [], journal: [], practice: [], settings: [], offers: [] },
    });
    expect(await ask('backup.import', { text: empty, mode: 'replace' })).toMatchObject({ ok: true });
    expect(await db.journal.count()).toBe(0);
    expect(await ask('backup.import', { text: exported.text, mode: 'replace' })).toMatchObject({ ok: true });
    const [entry] = (await ask('journal.search', { text: 'initech', offset: 0, limit: 5 })).entries;
    expect(entry?.company).toBe('Initech');
    expect((await ask('stories.list', {})).map((story) => story.title)).toEqual(['Mine']);
  });
});

describe('the generated data the e2e tests and benchmarks import', () => {
  it('is a valid backup that imports', async () => {
    const { makeJournalBackup } = await import('../../harness/journal-data.mjs');
    const text = JSON.stringify(makeJournalBackup({ entries: 300, stories: 30 }));
    const { db, ask } = setup();
    expect(await ask('backup.import', { text, mode: 'replace' })).toMatchObject({
      ok: true,
      counts: { journal: 300, stories: 30 },
    });
    expect(await db.journal.count()).toBe(300);
  });
});
