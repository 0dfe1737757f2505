import type { Table } from 'dexie';
import type { StarboardDb } from '@/entrypoints/background/db';
import {
  BACKUP_FORMAT,
  BACKUP_TABLES,
  BACKUP_VERSION,
  type Backup,
  type ExistingIds,
  type ImportCounts,
  type ImportMode,
} from '@/utils/backup/format';

export type { ImportCounts, ImportMode } from '@/utils/backup/format';

import { journalDerived, reportProgress } from '@/entrypoints/background/journal/derived';
import { type BackupError, parseBackup } from '@/utils/backup/validate';
import type { Call, JournalEntry, Timestamp } from '@/utils/model';
import { normaliseMeetingUrl } from '@/utils/platforms/meeting-url';

function tablesOf(db: StarboardDb) {
  return [db.stories, db.interviews, db.calls, db.journal, db.practice, db.settings, db.offers];
}

/** A tab id is only meaningful in the session that made it; restored, it could bind an old call to a new tab. */
function withoutTab(call: Call): Call {
  const { tabId: _tabId, ...rest } = call;
  return rest;
}

/** Rows per bulk write: large enough that IndexedDB's per-call cost vanishes, small enough for a moving progress bar. */
export const WRITE_BATCH = 250;

/**
 * Writes a validated backup in one read-write transaction over every table, so an import is all or nothing: any
 * failure (a constraint error, a quota error, a bug) aborts the transaction and leaves the database as it was.
 * Rows go in batches of `WRITE_BATCH`, and after each the `restore` progress row (rows written / all rows) is
 * updated outside the transaction, for the page's progress bar.
 *
 * - merge: rows of the file are put over rows with the same id; every other row stays.
 * - replace: the tables are cleared, then the file's rows are added (add, not put: a duplicate id is an error,
 *   not a silent overwrite).
 *
 * Journal `terms` of older files are dropped: search words are derived from the text by the search index, which,
 * like the Insights aggregates, is made again from the restored journal after the commit.
 */
export async function applyBackup(db: StarboardDb, backup: Backup, mode: ImportMode): Promise<ImportCounts> {
  const { tables } = backup;
  const journal: JournalEntry[] = tables.journal.map(({ terms: _terms, ...entry }) => entry);
  const calls = tables.calls.map(withoutTab);
  // The binding key is derived, never trusted from the file: older backups have none, an edited one may lie.
  const plans = tables.interviews.map((plan) => ({ ...plan, meetingKey: normaliseMeetingUrl(plan.meetingUrl) }));
  const writes: Array<[Table<object, string>, readonly object[]]> = [
    [db.stories, tables.stories],
    [db.interviews, plans],
    [db.calls, calls],
    [db.journal, journal],
    [db.practice, tables.practice],
    [db.settings, tables.settings],
    [db.offers, tables.offers],
  ];
  const total = writes.reduce((sum, [, rows]) => sum + rows.length, 0);
  const derived = journalDerived(db);

  void reportProgress(db, 'restore', 0, total);
  const write = db.transaction('rw', [...tablesOf(db), db.searchIndex, db.insightsCache], async () => {
    let done = 0;
    if (mode === 'replace') for (const table of tablesOf(db)) await table.clear();
    // Made again from the restored journal; a copy left here would be checked and found stale anyway.
    await db.searchIndex.clear();
    await db.insightsCache.clear();
    for (const [table, rows] of writes) {
      // At least one call per table, even with no rows: every table's write is then part of every import (and a
      // failing table fails the import whatever the file holds, as the all-or-nothing tests inject).
      for (let start = 0; start === 0 || start < rows.length; start += WRITE_BATCH) {
        const batch = rows.slice(start, start + WRITE_BATCH);
        await (mode === 'replace' ? table.bulkAdd(batch) : table.bulkPut(batch));
        done += batch.length;
        // Not awaited: the transaction must not wait on another one (it would commit early with nothing pending).
        void reportProgress(db, 'restore', done, total);
      }
    }
  });
  try {
    // Tracked like any journal write: a search that runs after the commit waits for the reset, never answers stale.
    await derived.track(write, () => {
      derived.reset();
      return [];
    });
  } finally {
    // Done or failed, the bar goes (a failed restore wrote nothing: there is no progress to show).
    await reportProgress(db, 'restore', total, total);
  }
  // Rebuilt now, in the background, with its own progress on the Journal view; searches wait for it.
  void derived.searchIndex().catch((error: unknown) => console.error('Starboard: could not index the journal', error));

  const counts = {} as ImportCounts;
  for (const table of BACKUP_TABLES) counts[table] = tables[table].length;
  return counts;
}

export type ImportResult = { ok: true; counts: ImportCounts } | { ok: false; error: BackupError; cause?: unknown };

/** Parse, validate, then apply: the whole import of a file's text, with nothing written unless all of it is valid. */
export async function importBackup(db: StarboardDb, text: string, mode: ImportMode): Promise<ImportResult> {
  const parsed = parseBackup(text);
  if (!parsed.ok) return parsed;
  try {
    return { ok: true, counts: await applyBackup(db, parsed.backup, mode) };
  } catch (cause) {
    return { ok: false, error: { messageKey: 'backupErrorWriteFailed' }, cause };
  }
}

/** Ids stored per table, for `previewImport`. Reads keys only. */
export async function existingIds(db: StarboardDb): Promise<ExistingIds> {
  return db.transaction('r', tablesOf(db), async () => ({
    stories: await db.stories.toCollection().primaryKeys(),
    interviews: await db.interviews.toCollection().primaryKeys(),
    calls: await db.calls.toCollection().primaryKeys(),
    journal: await db.journal.toCollection().primaryKeys(),
    practice: await db.practice.toCollection().primaryKeys(),
    settings: await db.settings.toCollection().primaryKeys(),
    offers: await db.offers.toCollection().primaryKeys(),
  }));
}

/** Rows per read while exporting, so the page sees the count move. */
export const READ_BATCH = 1_000;

/** A table's rows in primary-key order, batch by batch (inside the caller's transaction). */
async function readAll<T, I>(table: Table<T, string, I>, onRows: (count: number) => void): Promise<T[]> {
  const key = table.schema.primKey.keyPath as string;
  const rows: T[] = [];
  for (;;) {
    const last = rows.at(-1) as Record<string, string> | undefined;
    const collection = last === undefined ? table.toCollection() : table.where(':id').above(last[key]);
    const batch = await collection.limit(READ_BATCH).toArray();
    rows.push(...batch);
    onRows(batch.length);
    if (batch.length < READ_BATCH) return rows;
  }
}

/**
 * Everything the user owns, read in one transaction so the file is a consistent snapshot, with the `export`
 * progress row (rows read / all rows) kept up to date. Session-bound fields (call `tabId`) are left out.
 */
export async function exportBackup(db: StarboardDb, now: Timestamp = Date.now()): Promise<Backup> {
  return db.transaction('r', tablesOf(db), async () => {
    const counts = await Promise.all(tablesOf(db).map((table) => table.count()));
    const total = counts.reduce((sum, count) => sum + count, 0);
    let done = 0;
    const read = <T, I>(table: Table<T, string, I>) =>
      readAll(table, (count) => {
        done += count;
        void reportProgress(db, 'export', done, total);
      });
    try {
      return {
        format: BACKUP_FORMAT,
        version: BACKUP_VERSION,
        exportedAt: now,
        tables: {
          stories: await read(db.stories),
          interviews: await read(db.interviews),
          calls: (await read(db.calls)).map(withoutTab),
          journal: await read(db.journal),
          practice: await read(db.practice),
          settings: await read(db.settings),
          offers: await read(db.offers),
        },
      };
    } finally {
      void reportProgress(db, 'export', total, total);
    }
  });
}
