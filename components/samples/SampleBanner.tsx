import { ActionButton } from '@/components/ui/ActionButton';
import { useLive, valueOr } from '@/components/ui/use-live';
import { request } from '@/utils/api/client';
import { t } from '@/utils/i18n';

/** Sample data is offered, never imposed: one click removes all of it. */
export function SampleBanner() {
  const stories = valueOr(useLive('stories.list', { includeArchived: true }), []);
  if (!stories.some((s) => s.sample)) return null;
  return (
    <section class="card sample-banner" aria-label={t('samplesBannerLabel')}>
      <p>{t('samplesBannerText')}</p>
      <ActionButton action={() => request('samples.remove', undefined)}>{t('samplesRemove')}</ActionButton>
    </section>
  );
}
