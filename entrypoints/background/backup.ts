import { existingIds, exportBackup, importBackup } from '@/utils/backup/apply';
import { backupFileName, previewImport, serializeBackup, utf8ByteLength } from '@/utils/backup/format';
import type { BackupImportResult, BackupPreviewResult, ImportMode } from '@/utils/backup/protocol';
import { parseBackup } from '@/utils/backup/validate';
import type { StarboardDb } from './db';
import type { CommandHandlers, QueryHandlers } from './router';

export async function exportBackupFile(db: StarboardDb, now = Date.now()) {
  const text = serializeBackup(await exportBackup(db, now));
  return { fileName: backupFileName(now), text, bytes: utf8ByteLength(text) };
}

/** Anything but a string (a page bug, a forged message) is a file that cannot be read. */
function textOf(input: unknown): string | null {
  return typeof input === 'string' ? input : null;
}

export async function previewBackupFile(db: StarboardDb, input: unknown): Promise<BackupPreviewResult> {
  const text = textOf(input);
  if (text === null) return { ok: false, error: { messageKey: 'backupErrorUnreadable' } };
  const parsed = parseBackup(text);
  if (!parsed.ok) return parsed;
  return { ok: true, preview: previewImport(parsed.backup, await existingIds(db)) };
}

export async function importBackupFile(db: StarboardDb, input: unknown, mode: unknown): Promise<BackupImportResult> {
  const text = textOf(input);
  if (text === null) return { ok: false, error: { messageKey: 'backupErrorUnreadable' } };
  if (mode !== 'merge' && mode !== 'replace') return { ok: false, error: { messageKey: 'backupErrorUnreadable' } };
  const result = await importBackup(db, text, mode satisfies ImportMode);
  if (!result.ok) {
    if (result.cause) console.error('Starboard: backup import failed, nothing was written', result.cause);
    // The cause (a DOMException) does not survive messaging; the page needs only the message.
    return { ok: false, error: result.error };
  }
  return { ok: true, counts: result.counts };
}

export function backupHandlers(db: StarboardDb) {
  const queries: Pick<QueryHandlers, never> = {};
  const commands: Pick<CommandHandlers, 'backup.export' | 'backup.preview' | 'backup.import'> = {
    'backup.export': () => exportBackupFile(db),
    'backup.preview': (text) => previewBackupFile(db, text),
    'backup.import': (input) => importBackupFile(db, input?.text, input?.mode),
  };
  return { queries, commands };
}
