import { existingIds, exportBackup, importBackup } from '@/entrypoints/background/backup/apply';
import type { StarboardDb } from '@/entrypoints/background/db';
import { fileSlug } from '@/entrypoints/background/journal';
import { latestProgress } from '@/entrypoints/background/journal/derived';
import { listOffers } from '@/entrypoints/background/offers';
import type { CommandsOf, FeatureHandlers, QueriesOf } from '@/entrypoints/background/router';
import { journalCsv } from '@/utils/backup/export-csv';
import { formatLocalDate, journalEntryMarkdown, journalMarkdown } from '@/utils/backup/export-markdown';
import { backupFileName, previewImport, serializeBackup, utf8ByteLength } from '@/utils/backup/format';
import type {
  BackupCommands,
  BackupImportResult,
  BackupPreviewResult,
  BackupQueries,
  ImportMode,
} from '@/utils/backup/protocol';
import { parseBackup } from '@/utils/backup/validate';
import { t } from '@/utils/i18n';
import type { ExportedFile, JournalExportFormat } from '@/utils/journal/protocol';
import type { Id, JournalEntry } from '@/utils/model';
import { offersMarkdown } from '@/utils/offers/markdown';
import { competencyLabel } from '@/utils/stories/competencies';

/**
 * The backup file, checked by the very parser a restore uses before it is offered: a file the user keeps as their
 * safety net must restore. Rows stored before the write paths checked limits (or by an older build) could break it;
 * then the export is refused with the place to fix instead of handing over a file that would fail on the day it is
 * needed.
 */
export async function exportBackupFile(db: StarboardDb, now = Date.now()) {
  const text = serializeBackup(await exportBackup(db, now));
  const checked = parseBackup(text);
  if (!checked.ok) throw new Error(t('backupExportInvalid', [checked.error.path ?? '(root)']));
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

export function backupFeature(db: StarboardDb): FeatureHandlers<BackupQueries, BackupCommands> {
  const queries: QueriesOf<BackupQueries> = {
    'backup.progress': async (kind) =>
      kind === 'restore' || kind === 'export' ? ((await db.progress.get(kind)) ?? null) : null,
    'backup.progressNow': async (kind) => (kind === 'restore' || kind === 'export' ? latestProgress(kind) : null),
  };
  const commands: CommandsOf<BackupCommands> = {
    'backup.exportJournal': (input) => exportJournal(db, input),
    'backup.export': () => exportBackupFile(db),
    'backup.preview': (text) => previewBackupFile(db, text),
    'backup.import': (input) => importBackupFile(db, input?.text, input?.mode),
  };
  return { queries, commands };
}

/** Two Markdown documents as one, a blank line between (the offers section may be empty). */
function joinMarkdown(journal: string, offers: string): string {
  return offers ? `${journal}\n${offers}` : journal;
}

export async function exportJournal(
  db: StarboardDb,
  input: { format: JournalExportFormat; id?: Id },
  now = Date.now(),
): Promise<ExportedFile> {
  const format = input.format === 'csv' ? 'csv' : 'markdown';
  const { entries, stories, offers } = await db.transaction('r', db.journal, db.stories, db.offers, async () => {
    const entries =
      input.id === undefined
        ? await db.journal.orderBy('date').reverse().toArray()
        : [await db.journal.get(input.id)].filter((entry): entry is JournalEntry => entry !== undefined);
    // The offers go with the Markdown: all of them with the whole journal, an entry's own with that entry.
    const offers =
      input.id === undefined
        ? await listOffers(db)
        : await db.offers.where('journalEntryId').equals(input.id).toArray();
    return { entries, stories: await db.stories.toArray(), offers };
  });
  if (input.id !== undefined && entries.length === 0) throw new Error(`No journal entry ${input.id}`);
  const label = (competency: string) => competencyLabel(competency);
  const options = { stories, competencyLabel: label };
  const single = input.id === undefined ? undefined : entries[0];
  const base = single
    ? `starboard-journal-${fileSlug(single.company)}-${formatLocalDate(single.date)}`
    : `starboard-journal-${formatLocalDate(now)}`;
  if (format === 'csv') {
    return { fileName: `${base}.csv`, mimeType: 'text/csv;charset=utf-8', text: journalCsv(entries, options) };
  }
  const text = single
    ? joinMarkdown(journalEntryMarkdown(single, options), offersMarkdown(offers, { level: 2 }))
    : joinMarkdown(journalMarkdown(entries, { ...options, exportedAt: now }), offersMarkdown(offers, { level: 2 }));
  return { fileName: `${base}.md`, mimeType: 'text/markdown;charset=utf-8', text };
}
