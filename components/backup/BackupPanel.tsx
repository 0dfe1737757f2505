import { Download, FileText, Sheet } from 'lucide-preact';
import { useEffect, useState } from 'preact/hooks';
import { downloadText } from '@/components/ui/download';
import { ProgressBar } from '@/components/ui/ProgressBar';
import { useLive, valueOr } from '@/components/ui/use-live';
import { request } from '@/utils/api/client';
import { BACKUP_LIMITS, BACKUP_TABLES, type BackupTable, checkBackupSize } from '@/utils/backup/format';
import type { BackupError, ImportCounts, ImportMode, ImportPreview } from '@/utils/backup/protocol';
import { type MessageKey, t, tp } from '@/utils/i18n';
import type { JournalExportFormat } from '@/utils/journal/protocol';
import type { ProgressRow } from '@/utils/model';
import { StoredCalls } from './StoredCalls';

const TABLE_LABELS: Record<BackupTable, MessageKey> = {
  stories: 'backupTableStories',
  interviews: 'backupTableInterviews',
  calls: 'backupTableCalls',
  journal: 'backupTableJournal',
  practice: 'backupTablePractice',
  settings: 'backupTableSettings',
  offers: 'backupTableOffers',
};

type Restore =
  | { step: 'idle' }
  | { step: 'reading' }
  | { step: 'preview'; fileName: string; text: string; preview: ImportPreview }
  | { step: 'importing' }
  | { step: 'done'; counts: ImportCounts };

const running = (row: ProgressRow | null) => row !== null && row.done < row.total;

const newest = (a: ProgressRow | null, b: ProgressRow | null) => (!a ? b : !b ? a : a.at >= b.at ? a : b);

/** Milliseconds between two questions to the background about a restore this page started. */
const POLL_MS = 100;

/** The restore's progress asked from the background's memory while `active` (see `backup.progressNow`). */
function usePolledProgress(active: boolean): ProgressRow | null {
  const [row, setRow] = useState<ProgressRow | null>(null);
  useEffect(() => {
    setRow(null);
    if (!active) return;
    let stopped = false;
    const timer = setInterval(() => {
      request('backup.progressNow', 'restore')
        .then((value) => {
          if (!stopped) setRow(value);
        })
        .catch(() => {});
    }, POLL_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [active]);
  return row;
}

const errorText = (error: BackupError) => t(error.messageKey, error.substitutions);

/**
 * Backup and export: everything into one JSON file, restored from it only after it is validated and previewed,
 * in one transaction (all or nothing). Files are checked for size before they are read, so a file too large to
 * send to the background (or to restore) is refused with a clear message instead of failing on the way.
 */
export function BackupPanel() {
  const [restore, setRestore] = useState<Restore>({ step: 'idle' });
  const [mode, setMode] = useState<ImportMode>('merge');
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [inputKey, setInputKey] = useState(0);
  // From the background, not this component: a restore keeps going (and its bar keeps moving) if the user opens
  // another view and comes back.
  const stored = valueOr(useLive('backup.progress', 'restore'), null);
  const exporting = valueOr(useLive('backup.progress', 'export'), null);
  const polled = usePolledProgress(restore.step === 'importing');
  // The browser may deliver the stored rows late, after this page's restore has finished: one older than that
  // finish would draw a stale bar, so only newer ones count (another page's restore, or this one's after a reload).
  const [finishedAt, setFinishedAt] = useState(0);
  const restoring =
    restore.step === 'importing' ? newest(polled, stored) : stored && stored.at > finishedAt ? stored : null;

  const run = async (task: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    setNotice(null);
    try {
      await task();
    } catch {
      setError(t('backupErrorUnexpected'));
    } finally {
      setBusy(false);
    }
  };

  const downloadBackup = () =>
    run(async () => {
      const file = await request('backup.export', undefined);
      downloadText(file.fileName, file.text, 'application/json');
      setNotice(
        file.bytes > BACKUP_LIMITS.fileBytes ? t('backupExportTooLargeToRestore') : t('backupExported', file.fileName),
      );
    });

  const exportJournal = (format: JournalExportFormat) =>
    run(async () => {
      const file = await request('backup.exportJournal', { format });
      downloadText(file.fileName, file.text, file.mimeType);
      setNotice(t('journalExported', file.fileName));
    });

  const pickFile = async (file: File | undefined) => {
    setError(null);
    setNotice(null);
    if (!file) return;
    const tooLarge = checkBackupSize(file.size);
    if (tooLarge) {
      setRestore({ step: 'idle' });
      setError(errorText(tooLarge));
      setInputKey((key) => key + 1);
      return;
    }
    setRestore({ step: 'reading' });
    // Replacing deletes data: it is chosen again for every file, never carried over from the last one.
    setMode('merge');
    try {
      const text = await file.text();
      const result = await request('backup.preview', text);
      if (result.ok) setRestore({ step: 'preview', fileName: file.name, text, preview: result.preview });
      else {
        setRestore({ step: 'idle' });
        setError(errorText(result.error));
      }
    } catch {
      setRestore({ step: 'idle' });
      setError(t('backupErrorUnreadable'));
    }
    setInputKey((key) => key + 1);
  };

  const confirmRestore = (text: string) =>
    run(async () => {
      setRestore({ step: 'importing' });
      const result = await request('backup.import', { text, mode }).finally(() => setFinishedAt(Date.now()));
      if (result.ok) setRestore({ step: 'done', counts: result.counts });
      else {
        setRestore({ step: 'idle' });
        setError(errorText(result.error));
      }
    });

  return (
    <section class="card stack backup" aria-labelledby="backup-heading">
      <h2 id="backup-heading">{t('backupHeading')}</h2>
      <p class="muted">{t('backupIntro')}</p>
      <div class="row">
        <button type="button" class="primary" disabled={busy} onClick={downloadBackup}>
          <Download size={16} aria-hidden="true" focusable="false" />
          {t('backupDownload')}
        </button>
        <button type="button" disabled={busy} onClick={() => exportJournal('markdown')}>
          <FileText size={16} aria-hidden="true" focusable="false" />
          {t('journalExportMarkdown')}
        </button>
        <button type="button" disabled={busy} onClick={() => exportJournal('csv')}>
          <Sheet size={16} aria-hidden="true" focusable="false" />
          {t('journalExportCsv')}
        </button>
      </div>
      <div class="field">
        <label for="backup-file">{t('backupRestoreLabel')}</label>
        <input
          key={inputKey}
          id="backup-file"
          type="file"
          accept=".json,application/json"
          aria-describedby="backup-file-help"
          disabled={busy || restore.step === 'reading' || restore.step === 'importing' || running(restoring)}
          onChange={(event) => void pickFile(event.currentTarget.files?.[0])}
        />
        <p id="backup-file-help" class="muted">
          {t('backupRestoreHelp', String(Math.floor(BACKUP_LIMITS.fileBytes / (1024 * 1024))))}
        </p>
      </div>
      <div role="alert" class="alert-region">
        {error && <p class="error">{error}</p>}
      </div>
      <ProgressBar row={restoring} label={(row) => t('backupRestoreProgress', [row.done, row.total])} />
      <ProgressBar row={exporting} label={(row) => t('backupExportProgress', [row.done, row.total])} />
      <p role="status" class="status">
        {restore.step === 'reading' && t('backupReading')}
        {restore.step === 'importing' && t('backupImporting')}
        {restore.step === 'done' && tp({ one: 'backupRestoredOne', other: 'backupRestored' }, restore.counts.journal)}
        {restore.step !== 'done' && notice}
      </p>
      <StoredCalls />
      {restore.step === 'preview' && (
        <BackupPreview
          fileName={restore.fileName}
          preview={restore.preview}
          mode={mode}
          onMode={setMode}
          busy={busy}
          onConfirm={() => confirmRestore(restore.text)}
          onCancel={() => setRestore({ step: 'idle' })}
        />
      )}
    </section>
  );
}

/** What a backup file holds, table by table, and how to apply it; nothing is written until confirmed. */
function BackupPreview({
  fileName,
  preview,
  mode,
  onMode,
  busy,
  onConfirm,
  onCancel,
}: {
  fileName: string;
  preview: ImportPreview;
  mode: ImportMode;
  onMode(mode: ImportMode): void;
  busy: boolean;
  onConfirm(): void;
  onCancel(): void;
}) {
  return (
    <div class="stack backup-preview">
      <h3>{t('backupPreviewHeading', fileName)}</h3>
      <table class="data-table">
        <thead>
          <tr>
            <th scope="col">{t('backupPreviewTable')}</th>
            <th scope="col">{t('backupPreviewIncoming')}</th>
            <th scope="col">{t('backupPreviewConflicts')}</th>
          </tr>
        </thead>
        <tbody>
          {BACKUP_TABLES.map((table) => (
            <tr key={table}>
              <th scope="row">{t(TABLE_LABELS[table])}</th>
              <td>{preview.tables[table].incoming}</td>
              <td>{preview.tables[table].conflicts}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <fieldset>
        <legend>{t('backupModeLegend')}</legend>
        <label class="choice">
          <input type="radio" name="backup-mode" checked={mode === 'merge'} onChange={() => onMode('merge')} />
          {t('backupModeMerge')}
        </label>
        <label class="choice">
          <input type="radio" name="backup-mode" checked={mode === 'replace'} onChange={() => onMode('replace')} />
          {t('backupModeReplace')}
        </label>
      </fieldset>
      {mode === 'merge' && preview.conflicts > 0 && (
        <p class="muted">{tp({ one: 'backupMergeConflictsOne', other: 'backupMergeConflicts' }, preview.conflicts)}</p>
      )}
      {mode === 'replace' && <p class="warning">{t('backupReplaceWarning')}</p>}
      <div class="row">
        <button type="button" class="primary" disabled={busy} onClick={onConfirm}>
          {mode === 'merge' ? t('backupConfirmMerge') : t('backupConfirmReplace')}
        </button>
        <button type="button" disabled={busy} onClick={onCancel}>
          {t('journalCancel')}
        </button>
      </div>
    </div>
  );
}
