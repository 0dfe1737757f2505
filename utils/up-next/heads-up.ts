import { planCaption } from '@/utils/cue-card/cue-card';
import type { Id, Plan, Story, Timestamp } from '@/utils/model';
import { pinnedStoriesOf } from '@/utils/plans/plans';

/**
 * Heads-ups: a browser notification N minutes before each planned interview (Settings; off by default, since it
 * needs the optional `notifications` permission). One alarm per plan, named after it; nothing else is state, so
 * re-planning from the plans at every worker start and every plan or settings change moves or cancels them.
 */
const PREFIX = 'headsup:';

export const headsUpAlarmName = (planId: Id) => `${PREFIX}${planId}`;

export function planIdOfHeadsUp(name: string): Id | null {
  return name.startsWith(PREFIX) && name.length > PREFIX.length ? name.slice(PREFIX.length) : null;
}

export interface HeadsUpSettings {
  headsUp: boolean;
  headsUpMinutes: number;
}

/**
 * When each plan's heads-up rings, by alarm name: planned plans whose heads-up time is still ahead, each at its own
 * minutes before the start if the plan says (0: none for this one), else the setting's.
 */
export function headsUpAlarms(
  plans: readonly Plan[],
  settings: HeadsUpSettings,
  now: Timestamp,
): Map<string, Timestamp> {
  const alarms = new Map<string, Timestamp>();
  if (!settings.headsUp) return alarms;
  for (const plan of plans) {
    if (plan.status !== 'planned' || plan.scheduledAt === undefined) continue;
    const minutes = plan.headsUpMinutes ?? settings.headsUpMinutes;
    if (!(minutes > 0)) continue;
    const when = plan.scheduledAt - minutes * 60_000;
    if (when > now) alarms.set(headsUpAlarmName(plan.id), when);
  }
  return alarms;
}

/** The notification's text: the company and round, then the first pinned story's hook (what to have in mind). */
export function headsUpText(plan: Plan, stories: readonly Story[]): { title: string; message: string } {
  const [first] = pinnedStoriesOf(plan, stories);
  return {
    title: planCaption({ company: plan.company, role: '', round: plan.round }) || planCaption(plan),
    message: first ? first.hook.trim() || first.title : '',
  };
}
