import { nextPlannedPlan } from '@/utils/cue-card/cue-card';
import { t } from '@/utils/i18n';
import type { Id, Plan, Story, Timestamp } from '@/utils/model';
import { pinnedStoriesOf } from '@/utils/plans/plans';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** A story rehearsed longer ago than this is "not practised for a while": two weeks fades a story's numbers. */
export const STALE_AFTER_MS = 14 * DAY;

/**
 * "in 2 d 3 h", "in 2 h 10 min", "in 19 min 58 s": coarser the further away, seconds only in the last hour (where a
 * live countdown helps). `null` once the start has passed.
 */
export function countdownText(until: number): string | null {
  if (until < 0) return null;
  const days = Math.floor(until / DAY);
  const hours = Math.floor((until % DAY) / HOUR);
  const minutes = Math.floor((until % HOUR) / MINUTE);
  const seconds = Math.floor((until % MINUTE) / SECOND);
  if (days > 0) return t('upNextInDays', [days, hours]);
  if (hours > 0) return t('upNextInHours', [hours, minutes]);
  return t('upNextInMinutes', [minutes, seconds]);
}

/** The next interview: the soonest planned one not over yet (the cue card's rule), or null. */
export function nextInterview(plans: readonly Plan[], now: Timestamp): Plan | null {
  return nextPlannedPlan(plans, now);
}

export interface StalePinned {
  story: Story;
  /** Undefined: never rehearsed. */
  lastAt?: Timestamp;
}

/**
 * The stories pinned for planned interviews still ahead (or not yet scheduled) that were never rehearsed or not
 * for STALE_AFTER_MS: never rehearsed first, then the longest ago. Each story once, whatever the number of plans.
 */
export function stalePinned({
  plans,
  stories,
  lastPractised,
  now,
}: {
  plans: readonly Plan[];
  stories: readonly Story[];
  lastPractised: Readonly<Record<Id, Timestamp>>;
  now: Timestamp;
}): StalePinned[] {
  const ahead = plans.filter(
    (plan) => plan.status === 'planned' && (plan.scheduledAt === undefined || plan.scheduledAt + HOUR > now),
  );
  const seen = new Set<Id>();
  const stale: StalePinned[] = [];
  for (const plan of ahead) {
    for (const story of pinnedStoriesOf(plan, stories)) {
      if (seen.has(story.id)) continue;
      seen.add(story.id);
      const lastAt = lastPractised[story.id];
      if (lastAt === undefined) stale.push({ story });
      else if (now - lastAt > STALE_AFTER_MS) stale.push({ story, lastAt });
    }
  }
  return stale.sort((a, b) => (a.lastAt ?? -Infinity) - (b.lastAt ?? -Infinity));
}
