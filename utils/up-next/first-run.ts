import type { Call, Plan, Story } from '@/utils/model';

/** The guided start's three steps, in order: each is done when the data shows it, never by a click on "done". */
export const FIRST_RUN_STEPS = ['story', 'plan', 'rehearsal'] as const;
export type FirstRunStep = (typeof FIRST_RUN_STEPS)[number];

export interface FirstRunProgress {
  done: Record<FirstRunStep, boolean>;
  /** The first step not done yet (the one whose button is the page's primary), or null when all are. */
  next: FirstRunStep | null;
}

/**
 * Where a new candidate stands: a story of their own (not a sample), a plan of their own with a meeting link (the
 * link is what binds a call to its plan), and a rehearsal call (the rehearsal room's `platform: 'rehearsal'`, with
 * any plan, the sample one too).
 */
export function firstRunProgress(input: {
  stories: readonly Pick<Story, 'sample'>[];
  plans: readonly Pick<Plan, 'sample' | 'meetingUrl'>[];
  calls: readonly Pick<Call, 'platform'>[];
}): FirstRunProgress {
  const done: Record<FirstRunStep, boolean> = {
    story: input.stories.some((story) => story.sample === 0),
    plan: input.plans.some((plan) => plan.sample === 0 && plan.meetingUrl.trim() !== ''),
    rehearsal: input.calls.some((call) => call.platform === 'rehearsal'),
  };
  return { done, next: FIRST_RUN_STEPS.find((step) => !done[step]) ?? null };
}
