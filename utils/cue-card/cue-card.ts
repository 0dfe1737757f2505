import { t, tp } from '@/utils/i18n';
import type { Call, CallEvent, Id, Plan, Platform, Timestamp } from '@/utils/model';
import { cleanList } from '@/utils/plans/plans';
import { normaliseMeetingUrl } from '@/utils/platforms/meeting-url';

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

/**
 * The call is bound to this plan because its tab is on the plan's meeting link (what `calls.report` does on its own),
 * not because the candidate picked the plan: the header says so, so a wrong match is seen at a glance.
 */
export function boundByLink(call: Pick<Call, 'interviewId' | 'tabUrl'> | null, plan: Plan | null): boolean {
  if (!call || !plan || call.interviewId !== plan.id) return false;
  const planKey = plan.meetingKey || normaliseMeetingUrl(plan.meetingUrl);
  return planKey !== '' && normaliseMeetingUrl(call.tabUrl) === planKey;
}

const TIME_LEFT = { one: 'panelTimeLeftOne', other: 'panelTimeLeftOther' } as const;
const TIME_OVER = { one: 'panelTimeOverOne', other: 'panelTimeOverOther' } as const;

/**
 * "12 min left" (or "3 min over"): whole minutes, rounded up so the last minute reads "1 min left", never "0 min
 * left". A glance mid-answer needs the minutes; a ticking seconds counter only pulls the eye.
 */
export function timeLeftText(remainingMs: number): string {
  const minutes = Math.max(1, Math.ceil(Math.abs(remainingMs) / MINUTE));
  return tp(remainingMs >= 0 ? TIME_LEFT : TIME_OVER, minutes);
}

/** The header's "Matched by link: Acme" (the company, else the whole caption). */
export function matchedByLinkText(plan: Pick<Plan, 'company' | 'role' | 'round'>): string {
  return t('panelMatchedByLink', plan.company.trim() || planCaption(plan));
}

/** The plan's interviewers as the "who is asking" control offers them: named, each once. */
export function askingChoices(plan: Pick<Plan, 'interviewers'> | null): string[] {
  return [...new Set(cleanList(plan?.interviewers ?? []))];
}

type Asked = { type: 'story-told'; storyId: Id } | { type: 'question-captured'; text: string };

/**
 * The event recorded when a story is marked told or a question captured: with the interviewer the candidate said is
 * asking, if any, so the journal keeps who heard which story. A name no longer among the plan's is left out.
 */
function askedEvent(asked: Asked, at: Timestamp, interviewer: string | null, choices: readonly string[]): CallEvent {
  const event: CallEvent = { ...asked, at };
  if (interviewer && choices.includes(interviewer)) event.interviewer = interviewer;
  return event;
}

export function toldEvent(storyId: Id, at: Timestamp, interviewer: string | null, choices: readonly string[]) {
  return askedEvent({ type: 'story-told', storyId }, at, interviewer, choices);
}

export function capturedEvent(text: string, at: Timestamp, interviewer: string | null, choices: readonly string[]) {
  return askedEvent({ type: 'question-captured', text }, at, interviewer, choices);
}
