import type { Call, Plan, Timestamp } from '@/utils/model';
import type { Settings } from '@/utils/settings/settings';

/**
 * The call clock, computed only from timestamps. Background tabs throttle timers to a minute or worse, so nothing
 * here counts ticks: every surface asks "what is the state at `now`?" and gets the same answer, however late its
 * timer fired.
 */

/** Lengths offered in the panel; a plan may still carry any other length. */
export const PLANNED_LENGTH_PRESETS = [30, 45, 60] as const;
export type PlannedLengthPreset = (typeof PLANNED_LENGTH_PRESETS)[number];

const MINUTE = 60_000;
const FALLBACK_PLANNED_MINUTES = 45;
const FALLBACK_REMINDER_MINUTES = 8;
/** Joining this early still belongs to the scheduled slot (waiting rooms, "I'll join a bit early"). */
const EARLY_JOIN_WINDOW_MS = 15 * MINUTE;
/** A "planned length" beyond a day is a typo, not a plan; ignoring it beats a reminder that never comes. */
const MAX_PLANNED_MINUTES = 24 * 60;

export type ClockCall = Pick<Call, 'joinedAt' | 'plannedMinutes' | 'events'> &
  Partial<Pick<Call, 'endedAt' | 'platform'>>;
export type ClockPlan = Partial<Pick<Plan, 'scheduledAt' | 'plannedMinutes' | 'reminderMinutes'>>;
/** Partial because settings are read row by row and a missing row must not break the clock. */
export type ClockSettings = Partial<Pick<Settings, 'reminderMinutes' | 'defaultPlannedMinutes'>>;

export interface ClockInput {
  call: ClockCall;
  /** Absent when the call is not bound to a plan. */
  interview?: ClockPlan | undefined;
  settings: ClockSettings;
}

export type ClockPhase = 'early' | 'closing' | 'overtime';

export interface ClockState {
  elapsedMs: number;
  /** Negative in overtime. */
  remainingMs: number;
  plannedEnd: Timestamp;
  reminderAt: Timestamp;
  phase: ClockPhase;
  /** The closing checklist should come forward now (and has not yet for this planned end). */
  reminderDue: boolean;
}

/** Lengths come from forms and older versions; a zero, negative or absurd one counts as unset. */
function usableLength(value: number | undefined): number | undefined {
  return value !== undefined && Number.isFinite(value) && value > 0 && value <= MAX_PLANNED_MINUTES ? value : undefined;
}

function finiteOrUndefined(value: number | undefined): number | undefined {
  return value !== undefined && Number.isFinite(value) ? value : undefined;
}

/** The call's planned length in minutes: the panel's choice, else the plan's, else the setting. */
export function plannedMinutes({
  call,
  interview,
  settings,
}: {
  call?: Pick<Call, 'plannedMinutes'> | undefined;
  interview?: ClockPlan | undefined;
  settings: ClockSettings;
}): number {
  return (
    usableLength(call?.plannedMinutes) ??
    usableLength(interview?.plannedMinutes) ??
    usableLength(settings.defaultPlannedMinutes) ??
    FALLBACK_PLANNED_MINUTES
  );
}

/**
 * A scheduled slot ends on time even when the candidate joined early or a few minutes late, so the schedule wins
 * when the join falls inside it. A join far from the schedule (rescheduled call, stale plan, rehearsal) means the
 * schedule no longer describes this call, and the join is the only honest anchor. A rehearsal of the plan is never
 * the interview itself, however close to its slot it runs: it always counts from its own join.
 */
export function plannedEnd(input: ClockInput): Timestamp {
  const { call, interview } = input;
  const lengthMs = plannedMinutes(input) * MINUTE;
  const scheduledAt = interview?.scheduledAt;
  if (
    call.platform !== 'rehearsal' &&
    scheduledAt !== undefined &&
    Number.isFinite(scheduledAt) &&
    call.joinedAt >= scheduledAt - EARLY_JOIN_WINDOW_MS &&
    call.joinedAt < scheduledAt + lengthMs
  ) {
    return scheduledAt + lengthMs;
  }
  return call.joinedAt + lengthMs;
}

/**
 * Minutes before the planned end when the checklist comes forward, kept inside the call: at least a minute before
 * the end, and never before the call starts.
 */
export function reminderOffsetMinutes(input: {
  /** Optional so a plan editor can preview the offset; a call's preset changes the length it is clamped to. */
  call?: Pick<Call, 'plannedMinutes'> | undefined;
  interview?: ClockPlan | undefined;
  settings: ClockSettings;
}): number {
  const { interview, settings } = input;
  const length = plannedMinutes(input);
  // Out-of-range values are clamped rather than skipped: "0" or "90" still say "late" or "early" in the call.
  const wanted =
    finiteOrUndefined(interview?.reminderMinutes) ??
    finiteOrUndefined(settings.reminderMinutes) ??
    FALLBACK_REMINDER_MINUTES;
  // A call shorter than two minutes has no room for the range; the reminder then comes a minute before the end.
  return Math.max(1, Math.min(wanted, length - 1));
}

/** When the closing checklist is planned to come forward. A late joiner may already be past it. */
export function reminderAt(input: ClockInput): Timestamp {
  return plannedEnd(input) - reminderOffsetMinutes(input) * MINUTE;
}

/**
 * Whether the reminder has been shown for the current planned end. A 'reminder-shown' from before the current
 * reminder time belongs to a shorter plan: choosing a longer preset mid-call re-arms the reminder for the new end.
 * Any show at or after the reminder time (including the immediate one on a late join) counts, so it comes once.
 */
function reminderShown(call: ClockCall, at: Timestamp): boolean {
  return call.events.some((event) => event.type === 'reminder-shown' && event.at >= at);
}

export function clockState(input: ClockInput & { now: Timestamp }): ClockState {
  const { call, now } = input;
  const end = plannedEnd(input);
  const remindAt = reminderAt(input);
  // An ended call's clock stops where it ended, so reopening the panel later does not show hours of overtime.
  const at = call.endedAt !== undefined ? Math.min(now, call.endedAt) : now;
  const phase: ClockPhase = at >= end ? 'overtime' : at >= remindAt ? 'closing' : 'early';
  return {
    elapsedMs: Math.max(0, at - call.joinedAt),
    remainingMs: end - at,
    plannedEnd: end,
    reminderAt: remindAt,
    phase,
    reminderDue: call.endedAt === undefined && at >= remindAt && !reminderShown(call, remindAt),
  };
}

/**
 * When the background should wake for the reminder (a `browser.alarms` `when`), or null when there is nothing
 * left to wake for. A reminder already in the past is due now, which is how a late join gets it at once.
 */
export function nextAlarm(input: ClockInput & { now: Timestamp }): Timestamp | null {
  const { call, now } = input;
  if (call.endedAt !== undefined) return null;
  const remindAt = reminderAt(input);
  if (reminderShown(call, remindAt)) return null;
  return Math.max(remindAt, now);
}

/**
 * "m:ss" or "h:mm:ss", with "+" for overtime. Whole seconds are floored on the number line, so a countdown reads
 * "0:00" in its last second and "+0:01" in the first second over. ASCII digits whatever the locale: a clock
 * glanced at mid-sentence should not change shape.
 */
export function formatClock(ms: number): string {
  if (!Number.isFinite(ms)) return '0:00';
  const seconds = Math.floor(ms / 1000);
  const overtime = seconds < 0;
  const total = Math.abs(seconds);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const ss = String(s).padStart(2, '0');
  const body = h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
  return overtime ? `+${body}` : body;
}
