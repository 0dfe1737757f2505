import type { MessageKey } from '@/utils/i18n';
import { type Call, CORE_COMPETENCIES, type Competency, type Id, type Story, type Timestamp } from '@/utils/model';
import { isResultQuantified } from '@/utils/stories/hints';

/** The library-wide checks a candidate should pass before a loop. Archived stories are out of play and ignored. */

export type HealthItemId =
  | 'enough-stories'
  | 'core-coverage'
  | 'failure-story'
  | 'quantified-results'
  | 'overtold-stories'
  | 'stale-stories';

export interface HealthItem {
  id: HealthItemId;
  ok: boolean;
  messageKey: MessageKey;
  /** Values for the message's $1, $2… placeholders. */
  substitutions?: string[];
  /** The stories to act on, when the item is not ok and is about particular stories. */
  storyIds?: Id[];
  /** The competencies to act on (the UI labels them), when the item is not ok. */
  competencies?: Competency[];
}

export const MIN_ACTIVE_STORIES = 6;
/** Strength from which a story counts as a strong answer for its competencies. */
export const STRONG_STRENGTH = 4;
export const FAILURE_COMPETENCY: Competency = 'failure-recovery';
export const MIN_QUANTIFIED_RESULTS = 2;
export const MAX_TELLS_IN_WINDOW = 3;
export const TELL_WINDOW_DAYS = 30;
export const STALE_AFTER_YEARS = 5;

const DAY_MS = 24 * 60 * 60 * 1000;

/** Users type their own labels, so "Leadership " and "leadership" are the same competency. */
export function normalizeCompetency(competency: Competency): string {
  return competency.trim().toLowerCase();
}

function hasCompetency(story: Story, competency: Competency): boolean {
  const wanted = normalizeCompetency(competency);
  return story.competencies.some((own) => normalizeCompetency(own) === wanted);
}

function activeStories(stories: readonly Story[]): Story[] {
  return stories.filter((story) => story.archived === 0);
}

function enoughStoriesItem(active: readonly Story[]): HealthItem {
  const substitutions = [String(active.length), String(MIN_ACTIVE_STORIES)];
  return active.length >= MIN_ACTIVE_STORIES
    ? { id: 'enough-stories', ok: true, messageKey: 'healthEnoughStoriesOk', substitutions }
    : { id: 'enough-stories', ok: false, messageKey: 'healthEnoughStoriesLow', substitutions };
}

function coreCoverageItem(active: readonly Story[]): HealthItem {
  const missing = CORE_COMPETENCIES.filter(
    (competency) => !active.some((story) => story.strength >= STRONG_STRENGTH && hasCompetency(story, competency)),
  );
  const substitutions = [String(STRONG_STRENGTH)];
  return missing.length === 0
    ? { id: 'core-coverage', ok: true, messageKey: 'healthCoreCoverageOk', substitutions }
    : { id: 'core-coverage', ok: false, messageKey: 'healthCoreCoverageGaps', substitutions, competencies: missing };
}

function failureStoryItem(active: readonly Story[]): HealthItem {
  return active.some((story) => hasCompetency(story, FAILURE_COMPETENCY))
    ? { id: 'failure-story', ok: true, messageKey: 'healthFailureStoryOk' }
    : { id: 'failure-story', ok: false, messageKey: 'healthFailureStoryMissing', competencies: [FAILURE_COMPETENCY] };
}

function quantifiedResultsItem(active: readonly Story[]): HealthItem {
  const quantified = active.filter(isResultQuantified);
  const substitutions = [String(quantified.length), String(MIN_QUANTIFIED_RESULTS)];
  if (quantified.length >= MIN_QUANTIFIED_RESULTS) {
    return { id: 'quantified-results', ok: true, messageKey: 'healthQuantifiedOk', substitutions };
  }
  return {
    id: 'quantified-results',
    ok: false,
    messageKey: 'healthQuantifiedLow',
    substitutions,
    // The ones a number would fix.
    storyIds: active.filter((story) => !isResultQuantified(story)).map((story) => story.id),
  };
}

/** How often each story was told in calls within the window ending at `now`. */
export function tellCounts(calls: readonly Call[], now: Timestamp, windowDays = TELL_WINDOW_DAYS): Map<Id, number> {
  const since = now - windowDays * DAY_MS;
  const counts = new Map<Id, number>();
  for (const call of calls) {
    for (const event of call.events) {
      if (event.type !== 'story-told' || event.at < since || event.at > now) continue;
      counts.set(event.storyId, (counts.get(event.storyId) ?? 0) + 1);
    }
  }
  return counts;
}

function overtoldItem(active: readonly Story[], calls: readonly Call[], now: Timestamp): HealthItem {
  const counts = tellCounts(calls, now);
  const overtold = active.filter((story) => (counts.get(story.id) ?? 0) > MAX_TELLS_IN_WINDOW).map((s) => s.id);
  const substitutions = [String(MAX_TELLS_IN_WINDOW), String(TELL_WINDOW_DAYS)];
  return overtold.length === 0
    ? { id: 'overtold-stories', ok: true, messageKey: 'healthOvertoldOk', substitutions }
    : { id: 'overtold-stories', ok: false, messageKey: 'healthOvertold', substitutions, storyIds: overtold };
}

/** Calendar years rather than 365-day blocks, so "5 years ago today" is exactly the boundary. */
function yearsBefore(now: Timestamp, years: number): Timestamp {
  const date = new Date(now);
  date.setUTCFullYear(date.getUTCFullYear() - years);
  return date.getTime();
}

function staleItem(active: readonly Story[], now: Timestamp): HealthItem {
  const cutoff = yearsBefore(now, STALE_AFTER_YEARS);
  // Undated stories are not guessed at: createdAt says when it was written down, not when it happened.
  const stale = active.filter((story) => story.happenedAt !== undefined && story.happenedAt < cutoff).map((s) => s.id);
  const substitutions = [String(STALE_AFTER_YEARS)];
  return stale.length === 0
    ? { id: 'stale-stories', ok: true, messageKey: 'healthStaleOk', substitutions }
    : { id: 'stale-stories', ok: false, messageKey: 'healthStale', substitutions, storyIds: stale };
}

export function healthCheck({
  stories,
  calls,
  now,
}: {
  stories: readonly Story[];
  calls: readonly Call[];
  now: Timestamp;
}): HealthItem[] {
  const active = activeStories(stories);
  return [
    enoughStoriesItem(active),
    coreCoverageItem(active),
    failureStoryItem(active),
    quantifiedResultsItem(active),
    overtoldItem(active, calls, now),
    staleItem(active, now),
  ];
}

export interface CoverageEntry {
  story: Story;
  strength: Story['strength'];
}

export interface CoverageRow {
  competency: Competency;
  /** Strongest first. */
  stories: CoverageEntry[];
  /** 0 when no story covers the competency. */
  bestStrength: number;
}

export interface CoverageGap {
  competency: Competency;
  /** `no-story`: nothing covers it; `no-strong-story`: only stories below STRONG_STRENGTH do. */
  reason: 'no-story' | 'no-strong-story';
  bestStrength: number;
}

export interface CoverageMatrix {
  rows: CoverageRow[];
  /** In the order of the competencies asked about, so the UI can offer "start a story for X" per gap. */
  gaps: CoverageGap[];
}

export function coverageMatrix(stories: readonly Story[], competencies: readonly Competency[]): CoverageMatrix {
  const active = activeStories(stories);
  const rows: CoverageRow[] = competencies.map((competency) => {
    const covering = active
      .filter((story) => hasCompetency(story, competency))
      .sort((a, b) => b.strength - a.strength || a.title.localeCompare(b.title))
      .map((story) => ({ story, strength: story.strength }));
    return { competency, stories: covering, bestStrength: covering[0]?.strength ?? 0 };
  });
  const gaps: CoverageGap[] = rows
    .filter((row) => row.bestStrength < STRONG_STRENGTH)
    .map((row) => ({
      competency: row.competency,
      reason: row.stories.length === 0 ? 'no-story' : 'no-strong-story',
      bestStrength: row.bestStrength,
    }));
  return { rows, gaps };
}
