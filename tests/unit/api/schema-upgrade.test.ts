import Dexie from 'dexie';
import { StarboardDb } from '@/entrypoints/background/db';
import fixture from '../../fixtures/db-v1.json';

// A database as the first release wrote it (tests/fixtures/db-v1.json: its schema and rows, made by the v1 code),
// opened by the current code: every row of every table must come back intact, whatever versions were added since.
describe('schema upgrades', () => {
  it('opens a version 1 database with every field intact', async () => {
    const name = `starboard-v1-${Math.random().toString(36).slice(2)}`;
    const v1 = new Dexie(name);
    v1.version(fixture.version).stores(fixture.stores);
    await v1.open();
    await v1.transaction('rw', v1.tables, async () => {
      for (const [table, rows] of Object.entries(fixture.tables)) await v1.table(table).bulkAdd(rows as object[]);
    });
    v1.close();

    const current = new StarboardDb(name);
    await current.open();
    expect(current.verno).toBeGreaterThanOrEqual(1);
    for (const [table, rows] of Object.entries(fixture.tables)) {
      const key = current.table(table).schema.primKey.keyPath as string;
      const sorted = (list: Array<Record<string, unknown>>) =>
        [...list].sort((a, b) => String(a[key]).localeCompare(String(b[key])));
      expect(sorted(await current.table(table).toArray())).toEqual(sorted(rows as Array<Record<string, unknown>>));
    }
    // No table of the first release may disappear in a later version.
    const currentTables = current.tables.map((t) => t.name);
    for (const table of Object.keys(fixture.tables)) expect(currentTables).toContain(table);
    current.close();
  });
});
