import type { FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { t } from '@/utils/i18n';

type JournalFormComponent = FunctionComponent<{ entryId: string; headingLevel?: 1 | 2 }>;

/**
 * The journal form, loaded only once a call has ended: every panel mount during a call is spared its code (the
 * cold mount is measured in BENCHMARKS.md).
 */
/** `onBack` leaves the draft for the cue card (the draft stays saved). */
export function JournalDraft({ entryId, onBack }: { entryId: string; onBack(): void }) {
  const [Form, setForm] = useState<JournalFormComponent | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    import('@/components/journal/JournalForm')
      .then((module) => setForm(() => module.JournalForm as JournalFormComponent))
      .catch(() => setFailed(true));
  }, []);
  return (
    <>
      <div class="row panel-title-row">
        <p class="muted">{t('panelCallEndedJournal')}</p>
        <button type="button" class="link-button" onClick={onBack}>
          {t('panelBackToStories')}
        </button>
      </div>
      {failed ? (
        <p role="alert">{t('journalLoadFailed')}</p>
      ) : Form ? (
        <Form entryId={entryId} headingLevel={1} />
      ) : (
        <p class="muted">{t('journalLoading')}</p>
      )}
    </>
  );
}
