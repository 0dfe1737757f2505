import type { ExportedFile, JournalExportFormat } from '@/utils/journal/protocol';
import type { Id, ProgressRow } from '@/utils/model';
import type { ImportCounts, ImportMode, ImportPreview } from './format';
import type { BackupError } from './validate';

export type { ImportCounts, ImportMode, ImportPreview } from './format';
export type { BackupError } from './validate';

export type BackupPreviewResult = { ok: true; preview: ImportPreview } | { ok: false; error: BackupError };
export type BackupImportResult = { ok: true; counts: ImportCounts } | { ok: false; error: BackupError };

export interface BackupQueries {
  /** How far the running (or last) restore or export has got, or null; for the page's progress bar. */
  'backup.progress'(kind: 'restore' | 'export'): ProgressRow | null;
  /**
   * The same from the background's memory, without touching IndexedDB: asked every few hundred milliseconds by the
   * page that started a restore, since the browser may delay the progress rows' writes behind the restore's own.
   */
  'backup.progressNow'(kind: 'restore' | 'export'): ProgressRow | null;
}

export interface BackupCommands {
  /** One journal entry (`id`) or the whole journal as a Markdown or CSV file's text, made in the background. */
  'backup.exportJournal'(input: { format: JournalExportFormat; id?: Id }): ExportedFile;
  /** Everything the user owns, as the backup file's text. `bytes` lets the page warn when it is over the import cap. */
  'backup.export'(): { fileName: string; text: string; bytes: number };
  /** Validates the file's text and says what an import would do; writes nothing. */
  'backup.preview'(text: string): BackupPreviewResult;
  /** Validates, then writes all of it in one transaction or nothing. */
  'backup.import'(input: { text: string; mode: ImportMode }): BackupImportResult;
}
