import { useState } from 'preact/hooks';
import { useLive, valueOr } from '@/components/hooks/use-live';
import { request } from '@/utils/api/client';
import { t } from '@/utils/i18n';

/** Sample data is offered, never imposed: one click removes all of it. */
export function SampleBanner() {
  const stories = valueOr(useLive('stories.list', { includeArchived: true }), []);
  const [busy, setBusy] = useState(false);
  if (!stories.some((s) => s.sample)) return null;
  return (
    <section class="card sample-banner" aria-label={t('samplesBannerLabel')}>
      <p>{t('samplesBannerText')}</p>
      <button
        type="button"
        disabled={busy}
        onClick={async () => {
          setBusy(true);
          try {
            await request('samples.remove', undefined);
          } finally {
            setBusy(false);
          }
        }}
      >
        {t('samplesRemove')}
      </button>
    </section>
  );
}
