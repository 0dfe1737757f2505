import '@/components/journal/journal.css';
import type { SeriesStyle } from '@/components/insights/ChartFigure';
import { HeatmapChart } from '@/components/insights/HeatmapChart';
import { StackedBarChart } from '@/components/insights/StackedBarChart';
import { TrendPanels } from '@/components/insights/TrendPanels';
import { useLive } from '@/components/ui/use-live';
import { OUTCOME_LABELS } from '@/utils/backup/export-markdown';
import { formatMonthKey } from '@/utils/format';
import {
  COUNT_COMPANIES,
  COUNT_MONTHS,
  COUNT_STORIES,
  COUNT_TIMES,
  formatNumber,
  type MessageKey,
  t,
  tp,
} from '@/utils/i18n';
import type { ChecklistBucket, JournalInsights } from '@/utils/journal/protocol';
import { OUTCOMES } from '@/utils/model';
import { competencyLabel } from '@/utils/stories/competencies';

const OUTCOME_SERIES: SeriesStyle[] = OUTCOMES.map((outcome) => ({
  label: t(OUTCOME_LABELS[outcome]),
  color: `--chart-${outcome}`,
}));
const BUCKET_LABELS: Record<ChecklistBucket, MessageKey> = {
  none: 'insightsChecklistNone',
  some: 'insightsChecklistSome',
  all: 'insightsChecklistAll',
};

const roundLabel = (label: string) => label || t('journalNoRound');
const storyTitle = (title: string | null) => title || t('journalStoryMissing');

function share(part: number, whole: number): string {
  return whole === 0 ? '0%' : `${Math.round((part / whole) * 100)}%`;
}

function OutcomesByRound({ funnel }: { funnel: JournalInsights['funnel'] }) {
  if (funnel.length === 0) return <EmptyChart title={t('insightsFunnelTitle')} />;
  const summary = funnel
    .map((row) =>
      t('insightsFunnelRowSummary', [
        roundLabel(row.label),
        row.total,
        share(row.outcomes.advanced + row.outcomes.offer, row.total),
      ]),
    )
    .join(' ');
  return (
    <StackedBarChart
      id="insights-funnel"
      title={t('insightsFunnelTitle')}
      description={t('insightsFunnelDescription')}
      summary={summary}
      rows={funnel.map((row) => ({
        label: roundLabel(row.label),
        values: OUTCOMES.map((outcome) => row.outcomes[outcome]),
      }))}
      series={OUTCOME_SERIES}
      rowHeader={t('journalFieldRound')}
      totalLabel={t('insightsTotal')}
    />
  );
}

function StoryUsage({ usage }: { usage: JournalInsights['storyUsage'] }) {
  if (usage.stories.length === 0) {
    return (
      <>
        <EmptyChart title={t('insightsStoriesOverTimeTitle')} />
        <EmptyChart title={t('insightsStoriesByCompanyTitle')} />
      </>
    );
  }
  const titles = usage.stories.map((story) => storyTitle(story.title));
  const top = usage.stories[0]!;
  const overTime = t('insightsStoriesOverTimeSummary', [
    tp(COUNT_STORIES, usage.stories.length),
    tp(COUNT_MONTHS, usage.months.length),
    storyTitle(top.title),
    tp(COUNT_TIMES, top.total),
  ]);
  return (
    <>
      <HeatmapChart
        id="insights-stories-time"
        title={t('insightsStoriesOverTimeTitle')}
        description={t('insightsStoriesOverTimeDescription')}
        summary={overTime}
        rowHeader={t('insightsStoryHeader')}
        rows={titles}
        columns={usage.months}
        columnLabel={formatMonthKey}
        values={usage.byMonth}
      />
      {usage.companies.length > 0 ? (
        <HeatmapChart
          id="insights-stories-company"
          title={t('insightsStoriesByCompanyTitle')}
          description={t('insightsStoriesByCompanyDescription')}
          summary={t('insightsStoriesByCompanySummary', [
            tp(COUNT_STORIES, usage.stories.length),
            tp(COUNT_COMPANIES, usage.companies.length),
          ])}
          rowHeader={t('insightsStoryHeader')}
          rows={titles}
          columns={usage.companies}
          values={usage.byCompany}
        />
      ) : (
        <EmptyChart title={t('insightsStoriesByCompanyTitle')} />
      )}
    </>
  );
}

function RatingTrends({ ratings }: { ratings: JournalInsights['ratings'] }) {
  if (ratings.length === 0) return <EmptyChart title={t('insightsRatingsTitle')} />;
  const months = [...new Set(ratings.flatMap((trend) => trend.points.map((point) => point.month)))].sort();
  const panels = ratings.map((trend) => {
    const byMonth = new Map(trend.points.map((point) => [point.month, point.average]));
    return {
      label: competencyLabel(trend.competency),
      values: months.map((month) => byMonth.get(month) ?? null),
    };
  });
  const summary = ratings
    .map((trend) => {
      const first = trend.points[0]?.average ?? 0;
      const last = trend.points.at(-1)?.average ?? 0;
      return t('insightsRatingsRowSummary', [competencyLabel(trend.competency), oneDecimal(first), oneDecimal(last)]);
    })
    .join(' ');
  return (
    <TrendPanels
      id="insights-ratings"
      title={t('insightsRatingsTitle')}
      description={t('insightsRatingsDescription')}
      summary={summary}
      rowHeader={t('journalFieldCompetency')}
      categories={months}
      categoryLabel={formatMonthKey}
      panels={panels}
      yMin={1}
      yMax={4}
      formatValue={(value) => formatNumber(oneDecimal(value))}
    />
  );
}

function ChecklistVsOutcome({ rows }: { rows: JournalInsights['checklist'] }) {
  if (rows.length === 0) return <EmptyChart title={t('insightsChecklistTitle')} />;
  const summary = rows
    .map((row) =>
      t('insightsChecklistRowSummary', [
        t(BUCKET_LABELS[row.label]),
        row.total,
        share(row.outcomes.advanced + row.outcomes.offer, row.total),
      ]),
    )
    .join(' ');
  return (
    <StackedBarChart
      id="insights-checklist"
      title={t('insightsChecklistTitle')}
      description={t('insightsChecklistDescription')}
      summary={summary}
      rows={rows.map((row) => ({
        label: t(BUCKET_LABELS[row.label]),
        values: OUTCOMES.map((outcome) => row.outcomes[outcome]),
      }))}
      series={OUTCOME_SERIES}
      rowHeader={t('insightsChecklistRowHeader')}
      totalLabel={t('insightsTotal')}
      normalised
    />
  );
}

function EmptyChart({ title }: { title: string }) {
  return (
    <section class="chart card" aria-label={title}>
      <h2>{title}</h2>
      <p class="muted">{t('insightsNotEnoughData')}</p>
    </section>
  );
}

/** What the journal says over time, drawn: the aggregates come from the background, never the entries. */
export function InsightsSection() {
  const insights = useLive('insights.summary', undefined);
  return (
    <div class="stack insights">
      <h1>{t('insightsHeading')}</h1>
      {insights.status === 'loading' && <p class="muted">{t('journalLoading')}</p>}
      {insights.status === 'error' && <p role="alert">{t('journalLoadFailed')}</p>}
      {insights.status === 'ready' && (
        <>
          <p class="muted">
            {tp({ one: 'insightsIntroOne', other: 'insightsIntro' }, insights.value.entries, [
              insights.value.entries,
              insights.value.drafts,
            ])}
          </p>
          <div class="insights-grid">
            <OutcomesByRound funnel={insights.value.funnel} />
            <StoryUsage usage={insights.value.storyUsage} />
            <RatingTrends ratings={insights.value.ratings} />
            <ChecklistVsOutcome rows={insights.value.checklist} />
          </div>
        </>
      )}
    </div>
  );
}

/** A 1-4 average as a number with one decimal at most; t() and formatNumber write it the UI language's way. */
function oneDecimal(value: number): number {
  return Math.round(value * 10) / 10;
}
