import { BACKUP_LIMITS } from '@/utils/backup/format';
import type { Id, Plan, Story, Timestamp } from '@/utils/model';
import { companyKey, type JournalTelling } from '@/utils/plans/retell';

/**
 * The inconsistency check: interviewers of one loop compare notes, so a story whose result said "cut latency 40%"
 * to round 1 and says "cut latency 60%" now reads as invented. The figures a story was told with are kept in the
 * journal entry (`toldFigures`, snapshotted when the entry is drafted from the call or when the story is first
 * added to it) and compared with the figures in the story's result as it stands. Comparing with numbers typed in
 * the entry's notes was rejected: notes mention dates, durations and scores that are not the story's figures.
 */

/** One figure as written, normalised so "1,200" and "1200", "40 %" and "40%", "$2M" and "$2m" are the same. */
function normaliseFigure(raw: string): string {
  return raw
    .toLowerCase()
    .replace(/(?<=\d),(?=\d{3}\b)/g, '')
    .replace(/\s+/g, '')
    .replace(/[.,]$/, '');
}

// A number with an optional currency before it and a unit after it (percent, k/m/bn, x, h, ms…).
const FIGURE = /[$€£¥]?\s?\d[\d,.]*\s?(?:%|percent\b|k\b|m\b|bn\b|x\b|×|ms\b|s\b|h\b|hours?\b|days?\b|weeks?\b)?/giu;

/** The distinct figures of a text, sorted: the order they are told in is not an inconsistency. */
export function figuresIn(text: string): string[] {
  const found = new Set<string>();
  for (const match of text.matchAll(FIGURE)) {
    const figure = normaliseFigure(match[0]);
    if (/\d/.test(figure)) found.add(figure);
  }
  return [...found].sort();
}

/** The figures of a story's result, where its numbers live (the result and its metrics). */
export function storyFigures(story: Pick<Story, 'result' | 'resultMetrics'>): string[] {
  return figuresIn(`${story.result}\n${story.resultMetrics}`);
}

export interface FigureWarning {
  storyId: Id;
  earlierInterviewId: Id;
  round: string;
  at: Timestamp;
  /** The figures as told then, and as the story has them now. */
  toldWith: string[];
  current: string[];
}

const sameFigures = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((figure, i) => figure === b[i]);

/**
 * Pinned stories told to another round of the same company with figures that differ from the story's result now:
 * one warning per story and earlier round, from the latest telling with a snapshot.
 */
export function figureWarnings({
  interview,
  interviews,
  journal,
  stories,
}: {
  interview: Pick<Plan, 'id' | 'company' | 'pinnedStoryIds'>;
  interviews: readonly Plan[];
  journal: readonly JournalTelling[];
  stories: readonly Story[];
}): FigureWarning[] {
  const company = companyKey(interview.company);
  if (company === '' || interview.pinnedStoryIds.length === 0) return [];
  const earlier = new Map(
    interviews
      .filter((other) => other.id !== interview.id && companyKey(other.company) === company)
      .map((other) => [other.id, other]),
  );
  const byId = new Map(stories.map((story) => [story.id, story]));
  const warnings = new Map<string, FigureWarning>();
  for (const entry of journal) {
    const plan = entry.interviewId === undefined ? undefined : earlier.get(entry.interviewId);
    if (!plan) continue;
    for (const told of entry.toldFigures ?? []) {
      const story = byId.get(told.storyId);
      if (!story || !interview.pinnedStoryIds.includes(told.storyId)) continue;
      const current = storyFigures(story);
      const toldWith = [...told.figures].sort();
      if (sameFigures(toldWith, current)) continue;
      const key = `${told.storyId}\u0000${plan.id}`;
      const existing = warnings.get(key);
      if (!existing || existing.at < entry.date) {
        warnings.set(key, {
          storyId: told.storyId,
          earlierInterviewId: plan.id,
          round: plan.round,
          at: entry.date,
          toldWith,
          current,
        });
      }
    }
  }
  const order = new Map(interview.pinnedStoryIds.map((id, i) => [id, i]));
  return [...warnings.values()].sort(
    (a, b) => (order.get(a.storyId) ?? 0) - (order.get(b.storyId) ?? 0) || a.at - b.at,
  );
}

/**
 * The snapshot an entry keeps: the figures of each story it lists as used. A story already snapshotted keeps the
 * figures it was told with (editing the story later must not rewrite history); one added now is taken as it is now.
 */
export function snapshotFigures(
  storiesUsed: readonly Id[],
  previous: readonly { storyId: Id; figures: string[] }[] | undefined,
  stories: readonly (Story | undefined)[],
): Array<{ storyId: Id; figures: string[] }> {
  const kept = new Map((previous ?? []).map((row) => [row.storyId, row.figures]));
  const current = new Map(stories.flatMap((story) => (story ? [[story.id, storyFigures(story)] as const] : [])));
  return storiesUsed.flatMap((storyId) => {
    const figures = kept.get(storyId) ?? current.get(storyId);
    if (!figures) return [];
    // Within the backup's limits, so the entry always restores.
    const capped = figures.slice(0, BACKUP_LIMITS.listItems).map((figure) => figure.slice(0, BACKUP_LIMITS.shortChars));
    return [{ storyId, figures: capped }];
  });
}
