import { Copy, Download } from 'lucide-preact';
import { useState } from 'preact/hooks';
import { downloadText } from '@/components/ui/download';
import { useCopy } from '@/components/ui/use-copy';
import { useLive } from '@/components/ui/use-live';
import { formatLocalDate } from '@/utils/backup/export-markdown';
import { t } from '@/utils/i18n';
import { coachEntryMarkdown } from '@/utils/journal/coach-export';
import type { JournalEntry, Story } from '@/utils/model';
import { competencyLabel } from '@/utils/stories/competencies';

/**
 * "Share with a coach": the redacted Markdown in a read-only preview, to download or copy. Nothing is sent
 * anywhere; the user carries the text out themselves. `render` is null while the data it needs is loading.
 */
export function ShareWithCoach({
  idPrefix: p,
  fileName,
  render,
  onClose,
}: {
  idPrefix: string;
  fileName: string;
  render(hideCompany: boolean): string | null;
  onClose(): void;
}) {
  const [hideCompany, setHideCompany] = useState(false);
  const [copy, copyText, resetCopy] = useCopy();
  const markdown = render(hideCompany);
  return (
    <section class="card stack coach-share" aria-labelledby={`${p}-coach-title`}>
      <h3 id={`${p}-coach-title`}>{t('coachShare')}</h3>
      <p class="muted">{t('coachShareHelp')}</p>
      <label class="check">
        <input
          type="checkbox"
          checked={hideCompany}
          onChange={(event) => {
            setHideCompany(event.currentTarget.checked);
            resetCopy();
          }}
        />
        {t('coachHideCompany')}
      </label>
      <div class="field">
        <label for={`${p}-coach-preview`}>{t('coachPreview')}</label>
        <textarea id={`${p}-coach-preview`} rows={12} readOnly value={markdown ?? ''} />
      </div>
      <div class="row">
        <button
          type="button"
          disabled={markdown === null}
          onClick={() => markdown !== null && downloadText(fileName, markdown, 'text/markdown;charset=utf-8')}
        >
          <Download size={16} aria-hidden="true" focusable="false" />
          {t('coachDownload')}
        </button>
        <button type="button" disabled={markdown === null} onClick={() => markdown !== null && copyText(markdown)}>
          <Copy size={16} aria-hidden="true" focusable="false" />
          {t('coachCopy')}
        </button>
        <button type="button" onClick={onClose}>
          {t('coachClose')}
        </button>
        <span role="status" class="muted">
          {copy === 'copied' ? t('coachCopied') : ''}
        </span>
      </div>
      {copy === 'failed' && <p role="alert">{t('coachCopyFailed')}</p>}
    </section>
  );
}

/** A journal entry shared with a coach; its interviewers come from its plan, read live while this is open. */
export function JournalShareWithCoach({
  idPrefix,
  entry,
  stories,
  onClose,
}: {
  idPrefix: string;
  entry: JournalEntry;
  stories: readonly Story[];
  onClose(): void;
}) {
  const plan = useLive('plans.get', entry.interviewId ?? '');
  const interviewers = entry.interviewId === undefined ? [] : plan.status === 'ready' ? plan.value?.interviewers : null;
  return (
    <ShareWithCoach
      idPrefix={idPrefix}
      fileName={`starboard-coach-journal-${formatLocalDate(entry.date)}.md`}
      render={(hideCompany) =>
        interviewers === null
          ? null
          : coachEntryMarkdown(entry, interviewers ?? [], { stories, hideCompany, competencyLabel })
      }
      onClose={onClose}
    />
  );
}
