import { formatDate } from '@/utils/format';
import { t } from '@/utils/i18n';
import type { PracticeStats } from '@/utils/stories/library';

/** "Practised 3×, last on 2 Jun 2025", or that it never was. */
export function PracticeSummary({ stats }: { stats: PracticeStats | undefined }) {
  return (
    <span class="muted practice-summary">
      {stats ? t('practiceSummary', [stats.count, formatDate(stats.lastAt)]) : t('practiceSummaryNever')}
    </span>
  );
}
