import Dexie from 'dexie';
import { StarboardDb } from '@/entrypoints/background/db';
import { searchJournal } from '@/entrypoints/background/journal';
import { findPlanForUrl } from '@/entrypoints/background/plans';
import { normaliseMeetingUrl } from '@/utils/platforms/meeting-url';
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
      // v2 adds the binding key beside a plan's link (a v1 row held the key itself in meetingUrl).
      // v3 drops journal `terms` on purpose: the words were derived from the text for the `*terms` index, which
      // the in-memory search index replaced; every field the user wrote stays.
      const expected = (rows as Array<Record<string, unknown>>).map((row) => {
        if (table === 'interviews') return { ...row, meetingKey: normaliseMeetingUrl(String(row.meetingUrl)) };
        if (table === 'journal') {
          const { terms: _terms, ...entry } = row;
          return entry;
        }
        return row;
      });
      expect(sorted(await current.table(table).toArray())).toEqual(sorted(expected));
    }
    // No table of the first release may disappear in a later version.
    const currentTables = current.tables.map((t) => t.name);
    for (const table of Object.keys(fixture.tables)) expect(currentTables).toContain(table);
    // v4 adds offers, empty: no earlier row was one.
    expect(await current.offers.count()).toBe(0);
    // A v1 plan still binds its call after the upgrade.
    const [plan] = fixture.tables.interviews as Array<{ id: string; meetingUrl: string }>;
    if (plan?.meetingUrl.startsWith('meet:')) {
      const url = `https://meet.google.com/${plan.meetingUrl.slice('meet:'.length)}`;
      expect((await findPlanForUrl(current, url))?.id).toBe(plan.id);
    }
    // The v1 journal is searchable through the new index (its rows carried `terms`; the index ignores them).
    const [entry] = fixture.tables.journal as Array<{ id: string; company: string }>;
    if (entry?.company) {
      const found = await searchJournal(current, { text: entry.company, offset: 0, limit: 50 });
      expect(found.entries.map((e) => e.id)).toContain(entry.id);
    }
    current.close();
  });
});
