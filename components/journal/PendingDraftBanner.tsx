import './journal.css';
import { useLive } from '@/components/ui/use-live';
import { formatDate } from '@/utils/format';
import { t } from '@/utils/i18n';

/**
 * After a call the journal entry drafted from it waits here until reviewed; the toolbar badge counts the same
 * drafts. Hidden while that entry is open.
 */
export function PendingDraftBanner({ route }: { route: string[] }) {
  const pending = useLive('journal.pendingDrafts', undefined);
  if (pending.status !== 'ready' || pending.value.count === 0) return null;
  const [latest] = pending.value.latest;
  if (!latest || (route[0] === 'journal' && route[1] === latest.id)) return null;
  const more = pending.value.count - 1;
  return (
    <section class="card draft-banner" aria-label={t('journalPendingLabel')}>
      <p>
        {latest.company.trim()
          ? t('journalPendingFrom', latest.company.trim())
          : t('journalPendingFromDate', formatDate(latest.date))}
        {more > 0 && <> {t('journalPendingMore', more)}</>}
      </p>
      <a class="button primary" href={`#/journal/${encodeURIComponent(latest.id)}`}>
        {t('journalPendingOpen')}
      </a>
    </section>
  );
}
