import { useLive } from '@/components/ui/use-live';
import { OUTCOME_LABELS, SELF_CALL_LABELS } from '@/utils/backup/export-markdown';
import { formatDate } from '@/utils/format';
import { labelFor, t } from '@/utils/i18n';

/** One company's process, round by round, oldest first. */
export function CompanyTimeline({ company }: { company: string }) {
  const timeline = useLive('journal.timeline', { company });
  return (
    <section class="stack" aria-labelledby="timeline-heading">
      <a href="#/journal">{t('journalBackToList')}</a>
      <h1 id="timeline-heading">{t('journalTimelineHeading', company)}</h1>
      {timeline.status === 'loading' && <p class="muted">{t('journalLoading')}</p>}
      {timeline.status === 'error' && <p role="alert">{t('journalLoadFailed')}</p>}
      {timeline.status === 'ready' && timeline.value.length === 0 && <p class="muted">{t('journalTimelineEmpty')}</p>}
      {timeline.status === 'ready' && timeline.value.length > 0 && (
        <ol class="timeline">
          {timeline.value.map((round) => (
            <li key={round.id} class={`timeline-item outcome-${round.outcome}`}>
              <time dateTime={new Date(round.date).toISOString()}>{formatDate(round.date)}</time>
              <a href={`#/journal/${encodeURIComponent(round.id)}`}>{round.round || t('journalNoRound')}</a>
              {round.role && <span class="muted">{round.role}</span>}
              <span class="badge">{labelFor(OUTCOME_LABELS, round.outcome)}</span>
              {round.selfCall && (
                <span class="muted">{t('journalYourCall', labelFor(SELF_CALL_LABELS, round.selfCall))}</span>
              )}
              {round.draft === 1 && <span class="badge">{t('journalDraftBadge')}</span>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
