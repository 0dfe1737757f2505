import { applyBackup, exportBackup } from '@/entrypoints/background/backup/apply';
import { BACKUP_LIMITS, BACKUP_VERSION, serializeBackup } from '@/utils/backup/format';
import { parseBackup, rowLimitError } from '@/utils/backup/validate';
import { makeBackup, makeOffer, openTestDb, snapshot } from './fixtures';

/** A file as version 1 wrote it: the same tables, without offers. */
function versionOneText(): string {
  const { offers: _offers, ...tables } = makeBackup().tables;
  return JSON.stringify({ ...makeBackup(), version: 1, tables });
}

describe('backup format 2: offers', () => {
  it('is the version written', () => {
    expect(BACKUP_VERSION).toBe(2);
    expect(JSON.parse(serializeBackup(makeBackup())).tables.offers).toHaveLength(1);
  });

  it('imports a version 1 file unchanged, with no offers', async () => {
    const parsed = parseBackup(versionOneText());
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
    expect(parsed.backup.version).toBe(2);
    expect(parsed.backup.tables.offers).toEqual([]);
    const { offers: _offers, ...expected } = makeBackup().tables;
    const { offers: _none, ...rest } = parsed.backup.tables;
    expect(rest).toEqual(expected);

    const db = await openTestDb();
    await applyBackup(db, parsed.backup, 'replace');
    expect(await db.journal.count()).toBe(1);
    expect(await db.offers.count()).toBe(0);
    db.close();
  });

  it('merging a version 1 file keeps the offers already stored', async () => {
    const db = await openTestDb();
    await db.offers.put(makeOffer({ id: 'mine' }));
    const parsed = parseBackup(versionOneText());
    if (!parsed.ok) throw new Error('v1 file refused');
    await applyBackup(db, parsed.backup, 'merge');
    expect(await db.offers.toCollection().primaryKeys()).toEqual(['mine']);
    db.close();
  });

  it('refuses a version 1 file that carries offers, and a version 2 file without them', () => {
    const v1WithOffers = JSON.stringify({ ...makeBackup(), version: 1 });
    expect(parseBackup(v1WithOffers)).toMatchObject({ ok: false, error: { messageKey: 'backupErrorUnknownField' } });
    const { offers: _offers, ...tables } = makeBackup().tables;
    const v2WithoutOffers = JSON.stringify({ ...makeBackup(), tables });
    expect(parseBackup(v2WithoutOffers)).toMatchObject({ ok: false, error: { messageKey: 'backupErrorMissingField' } });
  });

  it('round-trips offers: export, restore into an empty database, the same rows', async () => {
    const db = await openTestDb();
    await applyBackup(db, makeBackup(), 'replace');
    const text = serializeBackup(await exportBackup(db, 5));
    const parsed = parseBackup(text);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
    expect(parsed.backup.tables.offers).toEqual([makeOffer()]);
    const copy = await openTestDb();
    await applyBackup(copy, parsed.backup, 'replace');
    expect(await snapshot(copy)).toBe(await snapshot(db));
    db.close();
    copy.close();
  });

  it('a bad offer fails the whole import, and nothing changes', async () => {
    const db = await openTestDb();
    await applyBackup(db, makeBackup(), 'replace');
    const before = await snapshot(db);
    const backup = makeBackup();
    backup.tables.offers = [makeOffer({ id: 'new' }), makeOffer({ id: 'bad', currency: 'euro' })];
    backup.tables.journal = [];
    const parsed = parseBackup(serializeBackup(backup));
    expect(parsed).toMatchObject({ ok: false, error: { path: 'tables.offers[1].currency' } });
    expect(await snapshot(db)).toBe(before);
    db.close();
  });

  it('the row validator covers every offer field', () => {
    expect(rowLimitError('offers', makeOffer())).toBeNull();
    expect(rowLimitError('offers', makeOffer({ notes: 'x'.repeat(BACKUP_LIMITS.textChars + 1) }))).toMatchObject({
      messageKey: 'backupErrorTextTooLong',
      path: 'notes',
    });
    expect(rowLimitError('offers', makeOffer({ vestingYears: BACKUP_LIMITS.vestingYears + 1 }))?.path).toBe(
      'vestingYears',
    );
    expect(rowLimitError('offers', makeOffer({ cliffMonths: -1 }))?.path).toBe('cliffMonths');
    expect(rowLimitError('offers', makeOffer({ deadline: Number.NaN }))?.path).toBe('deadline');
    expect(rowLimitError('offers', { ...makeOffer(), salary: 1 })).toMatchObject({
      messageKey: 'backupErrorUnknownField',
    });
  });
});
