import type { FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { t } from '@/utils/i18n';

type JournalFormComponent = FunctionComponent<{ entryId: string; headingLevel?: 1 | 2 }>;

/**
 * The journal form, loaded only once a call has ended: every panel mount during a call is spared its code (the
 * cold mount is measured in BENCHMARKS.md).
 */
export function JournalDraft({ entryId }: { entryId: string }) {
  const [Form, setForm] = useState<JournalFormComponent | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    import('@/components/journal/JournalForm')
      .then((module) => setForm(() => module.JournalForm as JournalFormComponent))
      .catch(() => setFailed(true));
  }, []);
  if (failed) return <p role="alert">{t('journalLoadFailed')}</p>;
  if (!Form) return <p class="muted">{t('journalLoading')}</p>;
  return <Form entryId={entryId} headingLevel={1} />;
}
