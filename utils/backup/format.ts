import type { Call, Id, JournalEntry, Offer, Plan, PracticeSession, SettingRow, Story, Timestamp } from '@/utils/model';
import type { BackupError } from './validate';

/**
 * The backup file: every table the user owns, as JSON. The `drafts` table (unsaved form state) is left out: it
 * belongs to the browser it was typed in. Journal entries drafted from calls (`draft: 1`) are user data and are
 * kept.
 */

export const BACKUP_FORMAT = 'starboard-backup';
/**
 * 2: adds `offers` (issue #14). A version 1 file (no offers) still imports, unchanged, with no offers: the
 * validator reads it with the version 1 schema and upgrades it (upgradeBackupV1, utils/backup/validate.ts).
 */
export const BACKUP_VERSION = 2;

export const BACKUP_TABLES = ['stories', 'interviews', 'calls', 'journal', 'practice', 'settings', 'offers'] as const;
export type BackupTable = (typeof BACKUP_TABLES)[number];

/**
 * Files made before schema v3 carry each entry's search words (`terms`); they still import, and the words are
 * dropped (the search index is built from the text). No file is written with them any more.
 */
export type BackupJournalEntry = JournalEntry & { terms?: string[] };

export interface BackupTables {
  stories: Story[];
  interviews: Plan[];
  calls: Call[];
  journal: BackupJournalEntry[];
  practice: PracticeSession[];
  settings: SettingRow[];
  offers: Offer[];
}

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  exportedAt: Timestamp;
  tables: BackupTables;
}

/**
 * Limits of an importable file. Forms should use the same caps as their `maxLength`, or a user's own backup
 * could fail to restore.
 */
export const BACKUP_LIMITS = {
  /** Checked on the byte size before the file is read or parsed. */
  fileBytes: 25 * 1024 * 1024,
  /** Ids, keys, competency labels. */
  idChars: 200,
  /** Company, role, round, domain, interviewer names. */
  shortChars: 200,
  /** Titles, checklist labels, URLs. */
  lineChars: 2_000,
  /** Any free text: story parts, notes, reflections, questions. */
  textChars: 20_000,
  rowsPerTable: 100_000,
  /** Events of one call. */
  events: 10_000,
  /** Most lists inside one row (questions, follow-ups, competencies, pinned stories…). */
  listItems: 500,
  /** Journal `terms` when present in an older file (they are dropped on import). */
  terms: 10_000,
  /** Setting values are free-form JSON: how deep and how wide they may be. */
  settingDepth: 8,
  settingKeys: 200,
  /** An offer's amounts (any currency, whole or not): a cap so a typo of ten extra zeros is refused, not compared. */
  amount: 1_000_000_000_000,
  /** An offer's vesting period, in years, and its cliff, in months. */
  vestingYears: 20,
  cliffMonths: 240,
} as const;

/** Compact on purpose: the import cap is on bytes, and indentation would use a fifth of it on nothing. */
export function serializeBackup(backup: Backup): string {
  return JSON.stringify(backup);
}

/** `starboard-backup-2026-11-21.json`, in local time, so the name matches the day the user made it. */
export function backupFileName(at: Timestamp): string {
  const date = new Date(at);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `starboard-backup-${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}.json`;
}

/** UTF-8 size of a string without encoding it (a 50 MB file must not cost another 50 MB to measure). */
export function utf8ByteLength(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

export type ExistingIds = { [T in BackupTable]?: Iterable<Id> };

export interface TablePreview {
  /** Rows in the file. */
  incoming: number;
  /** Rows in the file whose id (key, for settings) already exists: merge overwrites them, replace drops the rest. */
  conflicts: number;
}

export interface ImportPreview {
  tables: Record<BackupTable, TablePreview>;
  incoming: number;
  conflicts: number;
}

export function backupRowId(table: BackupTable, row: BackupTables[BackupTable][number]): Id {
  return table === 'settings' ? (row as SettingRow).key : (row as { id: Id }).id;
}

/** What an import would do, for the confirmation step, given the ids already stored. */
export function previewImport(backup: Backup, existing: ExistingIds): ImportPreview {
  const tables = {} as Record<BackupTable, TablePreview>;
  let incoming = 0;
  let conflicts = 0;
  for (const table of BACKUP_TABLES) {
    const present = new Set(existing[table] ?? []);
    const rows: ReadonlyArray<BackupTables[BackupTable][number]> = backup.tables[table];
    const tableConflicts = rows.filter((row) => present.has(backupRowId(table, row))).length;
    tables[table] = { incoming: rows.length, conflicts: tableConflicts };
    incoming += rows.length;
    conflicts += tableConflicts;
  }
  return { tables, incoming, conflicts };
}

/** The error for a file of this many bytes, or null if it may be read. Check `File.size` with it before reading. */
export function checkBackupSize(bytes: number): BackupError | null {
  if (bytes <= BACKUP_LIMITS.fileBytes) return null;
  const mb = (n: number) => String(Math.ceil(n / (1024 * 1024)));
  return { messageKey: 'backupErrorTooLarge', substitutions: [mb(bytes), mb(BACKUP_LIMITS.fileBytes)] };
}

export type ImportMode = 'merge' | 'replace';

export type ImportCounts = Record<BackupTable, number>;
