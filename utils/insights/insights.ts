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
 * The Insights aggregates, folded one entry at a time so the background can stream the journal through a cursor
 * instead of holding it (or shipping it to the page). Pure: tests feed entries directly.
 */

export const INSIGHT_LIMITS = {
  rounds: 8,
  stories: 6,
  companies: 8,
  competencies: 6,
  months: 24,
} as const;

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

function topKeys<K>(totals: Map<K, number>, limit: number): K[] {
  return [...totals]
    .sort((a, b) => b[1] - a[1])
    .slice(0, limit)
    .map(([key]) => key);
}

export class InsightsAccumulator {
  private entries = 0;
  private drafts = 0;
  private readonly rounds = new Map<string, { label: string; row: OutcomeRow }>();
  /** Per company: (date, round key) of each entry, to learn the usual order of rounds. */
  private readonly companyRounds = new Map<string, Array<{ date: Timestamp; round: string }>>();
  private readonly storyTotals = new Map<Id, number>();
  /** storyId → month → tellings */
  private readonly storyMonths = new Map<Id, Map<string, number>>();
  /** storyId → company → tellings */
  private readonly storyCompanies = new Map<Id, Map<string, number>>();
  private readonly companyTellings = new Map<string, number>();
  private readonly ratingCounts = new Map<Competency, number>();
  /** competency → month → [sum, count] */
  private readonly ratingMonths = new Map<Competency, Map<string, [number, number]>>();
  private readonly checklist = new Map<ChecklistBucket, OutcomeRow & { label: ChecklistBucket }>();

  add(entry: JournalEntry): void {
    this.entries += 1;
    if (entry.draft === 1) this.drafts += 1;

    const key = roundKey(entry.round);
    let round = this.rounds.get(key);
    if (!round) {
      round = { label: entry.round.trim(), row: { label: entry.round.trim(), total: 0, outcomes: zeroOutcomes() } };
      this.rounds.set(key, round);
    }
    round.row.total += 1;
    round.row.outcomes[entry.outcome] += 1;
    const company = entry.company.trim();
    if (company) {
      const list = this.companyRounds.get(company) ?? [];
      list.push({ date: entry.date, round: key });
      this.companyRounds.set(company, list);
    }

    const month = monthOf(entry.date);
    for (const storyId of new Set(entry.storiesUsed)) {
      this.storyTotals.set(storyId, (this.storyTotals.get(storyId) ?? 0) + 1);
      const months = this.storyMonths.get(storyId) ?? new Map<string, number>();
      months.set(month, (months.get(month) ?? 0) + 1);
      this.storyMonths.set(storyId, months);
      if (company) {
        const companies = this.storyCompanies.get(storyId) ?? new Map<string, number>();
        companies.set(company, (companies.get(company) ?? 0) + 1);
        this.storyCompanies.set(storyId, companies);
        this.companyTellings.set(company, (this.companyTellings.get(company) ?? 0) + 1);
      }
    }

    for (const rating of entry.ratings) {
      this.ratingCounts.set(rating.competency, (this.ratingCounts.get(rating.competency) ?? 0) + 1);
      const months = this.ratingMonths.get(rating.competency) ?? new Map<string, [number, number]>();
      const sum = months.get(month) ?? [0, 0];
      months.set(month, [sum[0] + rating.score, sum[1] + 1]);
      this.ratingMonths.set(rating.competency, months);
    }

    if (entry.checklist.length > 0) {
      const bucket = checklistBucket(completionRatio(entry.checklist));
      const row = this.checklist.get(bucket) ?? { label: bucket, total: 0, outcomes: zeroOutcomes() };
      row.total += 1;
      row.outcomes[entry.outcome] += 1;
      this.checklist.set(bucket, row);
    }
  }

  /** Rounds ordered by where they usually fall in a company's process: the mean rank of the round's first date. */
  private funnel(): OutcomeRow[] {
    const rankSums = new Map<string, [number, number]>();
    for (const list of this.companyRounds.values()) {
      const firstDates = new Map<string, Timestamp>();
      for (const { date, round } of list) firstDates.set(round, Math.min(date, firstDates.get(round) ?? Infinity));
      const ordered = [...firstDates].sort((a, b) => a[1] - b[1]);
      ordered.forEach(([round], rank) => {
        const sum = rankSums.get(round) ?? [0, 0];
        rankSums.set(round, [sum[0] + rank, sum[1] + 1]);
      });
    }
    const meanRank = (key: string) => {
      const sum = rankSums.get(key);
      return sum ? sum[0] / sum[1] : Infinity;
    };
    const totals = new Map([...this.rounds].map(([key, round]) => [key, round.row.total]));
    return topKeys(totals, INSIGHT_LIMITS.rounds)
      .sort((a, b) => meanRank(a) - meanRank(b) || (totals.get(b) ?? 0) - (totals.get(a) ?? 0))
      .map((key) => this.rounds.get(key)!.row);
  }

  private storyUsage(titles: ReadonlyMap<Id, string>): JournalInsights['storyUsage'] {
    const storyIds = topKeys(this.storyTotals, INSIGHT_LIMITS.stories);
    const allMonths = storyIds.flatMap((id) => [...(this.storyMonths.get(id)?.keys() ?? [])]).sort();
    const months =
      allMonths.length === 0 ? [] : monthsBetween(allMonths[0]!, allMonths.at(-1)!).slice(-INSIGHT_LIMITS.months);
    const companies = topKeys(this.companyTellings, INSIGHT_LIMITS.companies);
    return {
      stories: storyIds.map((storyId) => ({
        storyId,
        title: titles.get(storyId) ?? null,
        total: this.storyTotals.get(storyId) ?? 0,
      })),
      months,
      byMonth: storyIds.map((id) => months.map((month) => this.storyMonths.get(id)?.get(month) ?? 0)),
      companies,
      byCompany: storyIds.map((id) => companies.map((company) => this.storyCompanies.get(id)?.get(company) ?? 0)),
    };
  }

  private ratings(): CompetencyTrend[] {
    return topKeys(this.ratingCounts, INSIGHT_LIMITS.competencies).map((competency) => {
      const months = [...(this.ratingMonths.get(competency) ?? new Map<string, [number, number]>())]
        .sort((a, b) => (a[0] < b[0] ? -1 : 1))
        .slice(-INSIGHT_LIMITS.months);
      return {
        competency,
        count: this.ratingCounts.get(competency) ?? 0,
        points: months.map(([month, [sum, count]]) => ({ month, average: sum / count, count })),
      };
    });
  }

  /** `titles`: the titles of the stories that are still in the library (see `topStoryIds`). */
  result(titles: ReadonlyMap<Id, string> = new Map()): JournalInsights {
    const order: ChecklistBucket[] = ['none', 'some', 'all'];
    return {
      entries: this.entries,
      drafts: this.drafts,
      funnel: this.funnel(),
      storyUsage: this.storyUsage(titles),
      ratings: this.ratings(),
      checklist: order.flatMap((bucket) => this.checklist.get(bucket) ?? []),
    };
  }

  /** The stories the charts will name, so the caller looks up only their titles. */
  topStoryIds(): Id[] {
    return topKeys(this.storyTotals, INSIGHT_LIMITS.stories);
  }
}

export function journalInsights(
  entries: Iterable<JournalEntry>,
  titles: ReadonlyMap<Id, string> = new Map(),
): JournalInsights {
  const accumulator = new InsightsAccumulator();
  for (const entry of entries) accumulator.add(entry);
  return accumulator.result(titles);
}
