import {
  BACKUP_FORMAT,
  BACKUP_TABLES,
  BACKUP_VERSION,
  type Backup,
  type ExistingIds,
  type ImportCounts,
  type ImportMode,
} from '@/utils/backup/format';
import type { StarboardDb } from '../db';

export type { ImportCounts, ImportMode } from '@/utils/backup/format';

import { type BackupError, parseBackup } from '@/utils/backup/validate';
import { journalTerms } from '@/utils/journal/terms';
import type { Call, JournalEntry, Timestamp } from '@/utils/model';

function tablesOf(db: StarboardDb) {
  return [db.stories, db.interviews, db.calls, db.journal, db.practice, db.settings];
}

/** A tab id is only meaningful in the session that made it; restored, it could bind an old call to a new tab. */
function withoutTab(call: Call): Call {
  const { tabId: _tabId, ...rest } = call;
  return rest;
}

/**
 * Writes a validated backup in one read-write transaction over every table, so an import is all or nothing: any
 * failure (a constraint error, a quota error, a bug) aborts the transaction and leaves the database as it was.
 *
 * - merge: rows of the file are put over rows with the same id; every other row stays.
 * - replace: the tables are cleared, then the file's rows are added (add, not put: a duplicate id is an error,
 *   not a silent overwrite).
 *
 * Journal `terms` are recomputed: the index is ours to build, and a file could carry terms that do not match the
 * text (stale, or crafted to make an entry show up for every search).
 */
export async function applyBackup(db: StarboardDb, backup: Backup, mode: ImportMode): Promise<ImportCounts> {
  const { tables } = backup;
  const journal: JournalEntry[] = tables.journal.map((entry) => {
    const restored: JournalEntry = { ...entry, terms: [] };
    restored.terms = journalTerms(restored);
    return restored;
  });
  const calls = tables.calls.map(withoutTab);

  await db.transaction('rw', tablesOf(db), async () => {
    if (mode === 'replace') {
      for (const table of tablesOf(db)) await table.clear();
      await db.stories.bulkAdd(tables.stories);
      await db.interviews.bulkAdd(tables.interviews);
      await db.calls.bulkAdd(calls);
      await db.journal.bulkAdd(journal);
      await db.practice.bulkAdd(tables.practice);
      await db.settings.bulkAdd(tables.settings);
    } else {
      await db.stories.bulkPut(tables.stories);
      await db.interviews.bulkPut(tables.interviews);
      await db.calls.bulkPut(calls);
      await db.journal.bulkPut(journal);
      await db.practice.bulkPut(tables.practice);
      await db.settings.bulkPut(tables.settings);
    }
  });

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
  }));
}

/**
 * Everything the user owns, read in one transaction so the file is a consistent snapshot. Derived or
 * session-bound fields (journal `terms`, call `tabId`) are left out.
 */
export async function exportBackup(db: StarboardDb, now: Timestamp = Date.now()): Promise<Backup> {
  return db.transaction('r', tablesOf(db), async () => ({
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: now,
    tables: {
      stories: await db.stories.toArray(),
      interviews: await db.interviews.toArray(),
      calls: (await db.calls.toArray()).map(withoutTab),
      journal: (await db.journal.toArray()).map(({ terms: _terms, ...entry }) => entry),
      practice: await db.practice.toArray(),
      settings: await db.settings.toArray(),
    },
  }));
}
