import type { FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import { draftSummary } from '@/utils/journal/summary';
import type { Id, JournalEntry } from '@/utils/model';

type JournalFormComponent = FunctionComponent<{ entryId: string; headingLevel?: 1 | 2 }>;

/**
 * The journal form, loaded only once a call has ended: every panel mount during a call is spared its code (the
 * cold mount is measured in BENCHMARKS.md).
 */
/** `onBack` leaves the draft for the cue card (the draft stays saved). */
export function JournalDraft({
  entry,
  titleOf,
  onBack,
}: {
  entry: JournalEntry;
  /** A story's title by id, for the summary's "Told: …". */
  titleOf(storyId: Id): string | undefined;
  onBack(): void;
}) {
  const [counts, told] = draftSummary(entry, titleOf);
  const [Form, setForm] = useState<JournalFormComponent | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    import('@/components/journal/JournalForm')
      .then((module) => setForm(() => module.JournalForm as JournalFormComponent))
      .catch(() => setFailed(true));
  }, []);
  return (
    <>
      <section class="draft-summary" aria-label={t('journalSummaryLabel')}>
        <p class="draft-summary-counts">{counts}</p>
        {told && <p class="draft-summary-told">{told}</p>}
      </section>
      <div class="row draft-intro">
        <p class="muted">{t('panelCallEndedJournal')}</p>
        <button type="button" class="link-button" onClick={onBack}>
          {t('panelBackToStories')}
        </button>
      </div>
      {failed ? (
        <p role="alert">{t('journalLoadFailed')}</p>
      ) : Form ? (
        <Form entryId={entry.id} headingLevel={1} />
      ) : (
        <p class="muted">{t('journalLoading')}</p>
      )}
    </>
  );
}
