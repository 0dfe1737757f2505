import type { Call, Id, Plan, Platform, Timestamp } from '@/utils/model';

/**
 * What the cue card shows, decided from the call record and the plans: plain functions, so the panel, the
 * rehearsal room and the tests agree.
 */

const MINUTE = 60_000;

/**
 * The plan to review when there is no call: the soonest planned interview not yet over, else the most recently
 * edited unscheduled one. A plan whose slot has passed is history, not "next".
 */
export function nextPlannedPlan(interviews: readonly Plan[], now: Timestamp): Plan | null {
  const planned = interviews.filter((interview) => interview.status === 'planned');
  const upcoming = planned
    .filter(
      (interview) =>
        interview.scheduledAt !== undefined &&
        interview.scheduledAt + Math.max(1, interview.plannedMinutes || 0) * MINUTE > now,
    )
    .sort((a, b) => (a.scheduledAt ?? 0) - (b.scheduledAt ?? 0));
  if (upcoming[0]) return upcoming[0];
  const unscheduled = planned
    .filter((interview) => interview.scheduledAt === undefined)
    .sort((a, b) => b.updatedAt - a.updatedAt);
  return unscheduled[0] ?? null;
}

/** Planned interviews in the order a picker offers them: the next one first, as the dashboard lists them. */
export function plannedPlans(interviews: readonly Plan[]): Plan[] {
  return interviews.filter((interview) => interview.status === 'planned');
}

/** When each story was first told in this call. */
export function toldStories(call: Pick<Call, 'events'> | null): Map<Id, Timestamp> {
  const told = new Map<Id, Timestamp>();
  for (const event of call?.events ?? []) {
    if (event.type === 'story-told' && !told.has(event.storyId)) told.set(event.storyId, event.at);
  }
  return told;
}

export interface CapturedQuestion {
  text: string;
  at: Timestamp;
}

/** The interviewer's questions jotted during the call, the latest first: the one just asked is the one needed. */
export function capturedQuestions(call: Pick<Call, 'events'> | null): CapturedQuestion[] {
  const questions: CapturedQuestion[] = [];
  for (const event of call?.events ?? []) {
    if (event.type === 'question-captured') questions.push({ text: event.text, at: event.at });
  }
  return questions.sort((a, b) => b.at - a.at);
}

/** Platforms whose end nobody else reports: the user ends those calls themselves. */
const MANUAL_PLATFORMS: ReadonlySet<Platform> = new Set(['generic', 'rehearsal']);

export function endsManually(call: Pick<Call, 'platform' | 'endedAt'>): boolean {
  return call.endedAt === undefined && MANUAL_PLATFORMS.has(call.platform);
}

/** "Acme · Staff engineer · Onsite 2", leaving out what the plan does not say. */
export function planCaption(plan: Pick<Plan, 'company' | 'role' | 'round'>): string {
  return [plan.company, plan.role, plan.round]
    .map((part) => part.trim())
    .filter(Boolean)
    .join(' · ');
}
