import { completionRatio } from '@/utils/closing/checklist';
import type {
  ChecklistBucket,
  CompetencyTrend,
  JournalInsights,
  OutcomeCounts,
  OutcomeRow,
} from '@/utils/journal/protocol';
import { type Competency, type Id, type JournalEntry, OUTCOMES, type Timestamp } from '@/utils/model';

/**
 * Running aggregates for the Insights charts: counters the background keeps up to date on every journal write
 * (`apply(aggregates, before, after)`), so opening Insights reads them instead of scanning the journal. Every
 * counter can go down as well as up, and a counter that reaches zero is deleted, so aggregates updated through any
 * sequence of writes are exactly those recomputed from the journal as it is. Ties are broken by key, never by the
 * order entries were seen, for the same reason. Only Maps of numbers and strings: structured-cloneable, so the
 * background can persist them in IndexedDB as they are. Pure.
 */

export const INSIGHT_LIMITS = {
  rounds: 8,
  stories: 6,
  companies: 8,
  competencies: 6,
  months: 24,
} as const;

type Row = { total: number; outcomes: OutcomeCounts };

export interface InsightsAggregates {
  entries: number;
  drafts: number;
  /** round key → its outcome row (label chosen at result time) and how often each spelling of it was typed. */
  rounds: Map<string, Row & { labels: Map<string, number> }>;
  /** company → round key → date → entries, to find each round's first date within a company. */
  companyRoundDates: Map<string, Map<string, Map<Timestamp, number>>>;
  storyTotals: Map<Id, number>;
  /** storyId → month → tellings */
  storyMonths: Map<Id, Map<string, number>>;
  /** storyId → company → tellings */
  storyCompanies: Map<Id, Map<string, number>>;
  companyTellings: Map<string, number>;
  ratingCounts: Map<Competency, number>;
  /** competency → month → [sum of scores, ratings] */
  ratingMonths: Map<Competency, Map<string, [number, number]>>;
  checklist: Map<ChecklistBucket, Row>;
}

export function emptyAggregates(): InsightsAggregates {
  return {
    entries: 0,
    drafts: 0,
    rounds: new Map(),
    companyRoundDates: new Map(),
    storyTotals: new Map(),
    storyMonths: new Map(),
    storyCompanies: new Map(),
    companyTellings: new Map(),
    ratingCounts: new Map(),
    ratingMonths: new Map(),
    checklist: new Map(),
  };
}

function zeroOutcomes(): OutcomeCounts {
  return Object.fromEntries(OUTCOMES.map((outcome) => [outcome, 0])) as OutcomeCounts;
}

/** `2026-11` in the background's (the user's) local time. */
export function monthOf(at: Timestamp): string {
  const date = new Date(at);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}`;
}

/** Every month from `first` to `last` inclusive, so a quiet month shows as zero rather than disappearing. */
export function monthsBetween(first: string, last: string): string[] {
  const months: string[] = [];
  let [year, month] = first.split('-').map(Number) as [number, number];
  const [lastYear, lastMonth] = last.split('-').map(Number) as [number, number];
  while (year < lastYear || (year === lastYear && month <= lastMonth)) {
    months.push(`${year}-${String(month).padStart(2, '0')}`);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return months;
}

export function checklistBucket(ratio: number): ChecklistBucket {
  return ratio <= 0 ? 'none' : ratio >= 1 ? 'all' : 'some';
}

/** Round labels are typed by hand: "Onsite 2" and "onsite 2 " are one round. */
function roundKey(round: string): string {
  return round.trim().toLowerCase();
}

/** Code-unit order: the same in every locale, so the same journal always draws the same chart. */
function byKey(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

// ---------------------------------------------------------------------------------------------------------------
// Counters that delete themselves at zero.

function bump<K>(map: Map<K, number>, key: K, delta: number): void {
  const next = (map.get(key) ?? 0) + delta;
  if (next === 0) map.delete(key);
  else map.set(key, next);
}

function bumpIn<K, L>(map: Map<K, Map<L, number>>, key: K, inner: L, delta: number): void {
  const counts = map.get(key) ?? new Map<L, number>();
  bump(counts, inner, delta);
  if (counts.size === 0) map.delete(key);
  else map.set(key, counts);
}

function bumpRow<K, R extends Row>(map: Map<K, R>, key: K, entry: JournalEntry, sign: 1 | -1, fresh: () => R): R {
  const row = map.get(key) ?? fresh();
  row.total += sign;
  row.outcomes[entry.outcome] += sign;
  if (row.total === 0) map.delete(key);
  else map.set(key, row);
  return row;
}

/** Adds (`sign` 1) or takes away (-1) one entry's share of every counter. */
function fold(aggregates: InsightsAggregates, entry: JournalEntry, sign: 1 | -1): void {
  aggregates.entries += sign;
  if (entry.draft === 1) aggregates.drafts += sign;

  const key = roundKey(entry.round);
  const round = bumpRow(aggregates.rounds, key, entry, sign, () => ({
    total: 0,
    outcomes: zeroOutcomes(),
    labels: new Map<string, number>(),
  }));
  bump(round.labels, entry.round.trim(), sign);

  const company = entry.company.trim();
  if (company) {
    const rounds = aggregates.companyRoundDates.get(company) ?? new Map<string, Map<Timestamp, number>>();
    bumpIn(rounds, key, entry.date, sign);
    if (rounds.size === 0) aggregates.companyRoundDates.delete(company);
    else aggregates.companyRoundDates.set(company, rounds);
  }

  const month = monthOf(entry.date);
  for (const storyId of new Set(entry.storiesUsed)) {
    bump(aggregates.storyTotals, storyId, sign);
    bumpIn(aggregates.storyMonths, storyId, month, sign);
    if (company) {
      bumpIn(aggregates.storyCompanies, storyId, company, sign);
      bump(aggregates.companyTellings, company, sign);
    }
  }

  for (const rating of entry.ratings) {
    bump(aggregates.ratingCounts, rating.competency, sign);
    const months = aggregates.ratingMonths.get(rating.competency) ?? new Map<string, [number, number]>();
    const [sum, count] = months.get(month) ?? [0, 0];
    if (count + sign === 0) months.delete(month);
    else months.set(month, [sum + sign * rating.score, count + sign]);
    if (months.size === 0) aggregates.ratingMonths.delete(rating.competency);
    else aggregates.ratingMonths.set(rating.competency, months);
  }

  if (entry.checklist.length > 0) {
    const bucket = checklistBucket(completionRatio(entry.checklist));
    bumpRow(aggregates.checklist, bucket, entry, sign, () => ({ total: 0, outcomes: zeroOutcomes() }));
  }
}

/**
 * One journal write: `before` is the entry as it was stored (null for a new one), `after` as it is now (null for a
 * delete). Updates `aggregates` in place and returns it.
 */
export function apply(
  aggregates: InsightsAggregates,
  before: JournalEntry | null,
  after: JournalEntry | null,
): InsightsAggregates {
  if (before) fold(aggregates, before, -1);
  if (after) fold(aggregates, after, 1);
  return aggregates;
}

export function aggregatesOf(entries: Iterable<JournalEntry>): InsightsAggregates {
  const aggregates = emptyAggregates();
  for (const entry of entries) fold(aggregates, entry, 1);
  return aggregates;
}

// ---------------------------------------------------------------------------------------------------------------
// The charts.

/** Most first; ties by key. */
function topKeys(totals: ReadonlyMap<string, number>, limit: number): string[] {
  return [...totals]
    .sort((a, b) => b[1] - a[1] || byKey(a[0], b[0]))
    .slice(0, limit)
    .map(([key]) => key);
}

/** The spelling typed most often; ties by code-unit order. */
function commonest(labels: ReadonlyMap<string, number>): string {
  return topKeys(labels, 1)[0] ?? '';
}

function earliest(dates: Iterable<Timestamp>): Timestamp {
  let first = Infinity;
  for (const date of dates) first = Math.min(first, date);
  return first;
}

/** Rounds ordered by where they usually fall in a company's process: the mean rank of the round's first date. */
function funnel(aggregates: InsightsAggregates): OutcomeRow[] {
  const rankSums = new Map<string, [number, number]>();
  for (const rounds of aggregates.companyRoundDates.values()) {
    const ordered = [...rounds]
      .map(([round, dates]) => ({ round, first: earliest(dates.keys()) }))
      .sort((a, b) => a.first - b.first || byKey(a.round, b.round));
    ordered.forEach(({ round }, rank) => {
      const [sum, count] = rankSums.get(round) ?? [0, 0];
      rankSums.set(round, [sum + rank, count + 1]);
    });
  }
  const meanRank = (key: string) => {
    const sum = rankSums.get(key);
    return sum ? sum[0] / sum[1] : Infinity;
  };
  const totals = new Map([...aggregates.rounds].map(([key, round]) => [key, round.total]));
  return topKeys(totals, INSIGHT_LIMITS.rounds)
    .sort((a, b) => meanRank(a) - meanRank(b) || (totals.get(b) ?? 0) - (totals.get(a) ?? 0))
    .map((key) => {
      const round = aggregates.rounds.get(key)!;
      return { label: commonest(round.labels), total: round.total, outcomes: { ...round.outcomes } };
    });
}

/** The stories the charts will name, so the caller looks up only their titles. */
export function topStoryIds(aggregates: InsightsAggregates): Id[] {
  return topKeys(aggregates.storyTotals, INSIGHT_LIMITS.stories);
}

function storyUsage(aggregates: InsightsAggregates, titles: ReadonlyMap<Id, string>): JournalInsights['storyUsage'] {
  const storyIds = topStoryIds(aggregates);
  const allMonths = storyIds.flatMap((id) => [...(aggregates.storyMonths.get(id)?.keys() ?? [])]).sort();
  const months =
    allMonths.length === 0 ? [] : monthsBetween(allMonths[0]!, allMonths.at(-1)!).slice(-INSIGHT_LIMITS.months);
  const companies = topKeys(aggregates.companyTellings, INSIGHT_LIMITS.companies);
  return {
    stories: storyIds.map((storyId) => ({
      storyId,
      title: titles.get(storyId) ?? null,
      total: aggregates.storyTotals.get(storyId) ?? 0,
    })),
    months,
    byMonth: storyIds.map((id) => months.map((month) => aggregates.storyMonths.get(id)?.get(month) ?? 0)),
    companies,
    byCompany: storyIds.map((id) => companies.map((company) => aggregates.storyCompanies.get(id)?.get(company) ?? 0)),
  };
}

function ratings(aggregates: InsightsAggregates): CompetencyTrend[] {
  return topKeys(aggregates.ratingCounts, INSIGHT_LIMITS.competencies).map((competency) => {
    const months = [...(aggregates.ratingMonths.get(competency) ?? new Map<string, [number, number]>())]
      .sort((a, b) => byKey(a[0], b[0]))
      .slice(-INSIGHT_LIMITS.months);
    return {
      competency,
      count: aggregates.ratingCounts.get(competency) ?? 0,
      points: months.map(([month, [sum, count]]) => ({ month, average: sum / count, count })),
    };
  });
}

/** The four charts. `titles`: the titles of the stories still in the library (see `topStoryIds`). */
export function insightsOf(
  aggregates: InsightsAggregates,
  titles: ReadonlyMap<Id, string> = new Map(),
): JournalInsights {
  const order: ChecklistBucket[] = ['none', 'some', 'all'];
  return {
    entries: aggregates.entries,
    drafts: aggregates.drafts,
    funnel: funnel(aggregates),
    storyUsage: storyUsage(aggregates, titles),
    ratings: ratings(aggregates),
    checklist: order.flatMap((bucket) => {
      const row = aggregates.checklist.get(bucket);
      return row ? [{ label: bucket, total: row.total, outcomes: { ...row.outcomes } }] : [];
    }),
  };
}
