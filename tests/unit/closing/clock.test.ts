import {
  type ClockCall,
  type ClockPlan,
  clockState,
  formatClock,
  nextAlarm,
  PLANNED_LENGTH_PRESETS,
  plannedEnd,
  plannedMinutes,
  reminderAt,
  reminderOffsetMinutes,
} from '@/utils/closing/clock';
import type { CallEvent } from '@/utils/model';
import { DEFAULT_SETTINGS } from '@/utils/settings/settings';

const MIN = 60_000;
/** 14:00 UTC; every time below is an offset from it, so the numbers read like a call clock. */
const T0 = Date.UTC(2025, 0, 15, 14, 0, 0);
const at = (minutes: number, seconds = 0) => T0 + minutes * MIN + seconds * 1000;

const settings = DEFAULT_SETTINGS;

function call(overrides: Partial<ClockCall> = {}): ClockCall {
  return { joinedAt: T0, events: [], ...overrides };
}

function shown(minutes: number, seconds = 0): CallEvent {
  return { type: 'reminder-shown', at: at(minutes, seconds) };
}

/** What a surface sees when its (possibly throttled) timer fires: the state at the current system time. */
function stateNow(input: { call: ClockCall; interview?: ClockPlan }) {
  return clockState({ ...input, settings, now: Date.now() });
}

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(T0);
});

afterEach(() => {
  vi.useRealTimers();
});

describe('planned length', () => {
  it('offers the 30/45/60 presets', () => {
    expect(PLANNED_LENGTH_PRESETS).toEqual([30, 45, 60]);
  });

  it.each(PLANNED_LENGTH_PRESETS)('a %i-minute preset ends the call and places the reminder 8 minutes before', (p) => {
    const c = call({ plannedMinutes: p });
    const interview = { plannedMinutes: 90 };
    expect(plannedMinutes({ call: c, interview, settings })).toBe(p);
    expect(plannedEnd({ call: c, interview, settings })).toBe(at(p));
    expect(reminderAt({ call: c, interview, settings })).toBe(at(p - 8));
  });

  it("falls back from the panel's preset to the plan's length to the setting", () => {
    expect(plannedMinutes({ call: call(), interview: { plannedMinutes: 60 }, settings })).toBe(60);
    expect(plannedMinutes({ call: call(), settings: { defaultPlannedMinutes: 30 } })).toBe(30);
    expect(plannedMinutes({ call: call(), settings: {} })).toBe(45);
  });

  it('treats a zero or absurd length as unset instead of producing a call that is already over', () => {
    expect(plannedMinutes({ call: call({ plannedMinutes: 0 }), interview: { plannedMinutes: 60 }, settings })).toBe(60);
    expect(plannedMinutes({ call: call(), interview: { plannedMinutes: -5 }, settings })).toBe(45);
    expect(plannedMinutes({ call: call(), interview: { plannedMinutes: Number.NaN }, settings })).toBe(45);
    expect(plannedMinutes({ call: call({ plannedMinutes: 100_000 }), settings })).toBe(45);
  });
});

describe('reminder offset', () => {
  it('defaults to 8 minutes before a 45-minute call: the reminder is at 37:00', () => {
    expect(reminderOffsetMinutes({ settings })).toBe(8);
    expect(reminderAt({ call: call(), settings })).toBe(at(37));

    vi.setSystemTime(at(36, 59));
    expect(stateNow({ call: call() })).toMatchObject({ phase: 'early', reminderDue: false });
    vi.setSystemTime(at(37));
    expect(stateNow({ call: call() })).toMatchObject({ phase: 'closing', reminderDue: true });
  });

  it('uses an empty settings object as 8 minutes, the built-in default', () => {
    expect(reminderOffsetMinutes({ settings: {} })).toBe(8);
  });

  it("prefers the plan's offset, then the setting", () => {
    expect(reminderOffsetMinutes({ interview: { reminderMinutes: 5 }, settings })).toBe(5);
    expect(reminderAt({ call: call(), interview: { reminderMinutes: 5 }, settings })).toBe(at(40));
    expect(reminderAt({ call: call(), settings: { ...settings, reminderMinutes: 10 } })).toBe(at(35));
  });

  it('clamps the offset to between 1 minute and the planned length minus 1', () => {
    expect(reminderOffsetMinutes({ interview: { reminderMinutes: 0 }, settings })).toBe(1);
    expect(reminderOffsetMinutes({ interview: { reminderMinutes: -3 }, settings })).toBe(1);
    expect(reminderOffsetMinutes({ interview: { reminderMinutes: 90 }, settings })).toBe(44);
    // The panel's preset is what the offset must fit inside, not the plan's length.
    expect(reminderOffsetMinutes({ call: { plannedMinutes: 30 }, interview: { reminderMinutes: 40 }, settings })).toBe(
      29,
    );
    expect(reminderOffsetMinutes({ call: { plannedMinutes: 1 }, settings })).toBe(1);
  });
});

describe('scheduled start vs join', () => {
  const interview = { scheduledAt: T0, plannedMinutes: 45 };

  it.each([
    ['on time', 0],
    ['10 minutes early', -10],
    ['exactly 15 minutes early', -15],
    ['5 minutes late', 5],
    ['in the last minute of the slot', 44],
  ])('joining %s keeps the scheduled end', (_, joinMinute) => {
    expect(plannedEnd({ call: call({ joinedAt: at(joinMinute) }), interview, settings })).toBe(at(45));
  });

  it.each([
    ['16 minutes early', -16],
    ['at the end of the slot', 45],
    ['two hours late (rescheduled)', 120],
  ])('joining %s ends the call by the join instead', (_, joinMinute) => {
    expect(plannedEnd({ call: call({ joinedAt: at(joinMinute) }), interview, settings })).toBe(at(joinMinute + 45));
  });

  it('a rehearsal inside the slot still runs its full length from its own join', () => {
    const rehearsal = call({ joinedAt: at(5), platform: 'rehearsal' });
    expect(plannedEnd({ call: rehearsal, interview, settings })).toBe(at(50));
    vi.setSystemTime(at(5, 6));
    expect(stateNow({ call: rehearsal, interview })).toMatchObject({ elapsedMs: 6000, remainingMs: 45 * MIN - 6000 });
  });

  it('without a scheduled time, ends by the join', () => {
    expect(plannedEnd({ call: call({ joinedAt: at(3) }), interview: { plannedMinutes: 45 }, settings })).toBe(at(48));
  });

  it('measures elapsed time from the join even when the end follows the schedule', () => {
    vi.setSystemTime(at(10));
    const state = stateNow({ call: call({ joinedAt: at(5) }), interview });
    expect(state.elapsedMs).toBe(5 * MIN);
    expect(state.remainingMs).toBe(35 * MIN);
  });
});

describe('late join', () => {
  const interview = { scheduledAt: T0, plannedMinutes: 45 };
  const late = call({ joinedAt: at(40) });

  it('makes the reminder due the moment the candidate joins, not skipped', () => {
    vi.setSystemTime(at(40));
    expect(stateNow({ call: late, interview })).toMatchObject({
      reminderAt: at(37),
      phase: 'closing',
      reminderDue: true,
    });
    expect(nextAlarm({ call: late, interview, settings, now: Date.now() })).toBe(at(40));
  });

  it('shows it only once', () => {
    const after = call({ joinedAt: at(40), events: [shown(40)] });
    vi.setSystemTime(at(40, 1));
    expect(stateNow({ call: after, interview }).reminderDue).toBe(false);
    vi.setSystemTime(at(44));
    expect(stateNow({ call: after, interview }).reminderDue).toBe(false);
    expect(nextAlarm({ call: after, interview, settings, now: Date.now() })).toBeNull();
  });
});

describe('reminder fires once', () => {
  it('is no longer due after a reminder-shown event', () => {
    vi.setSystemTime(at(37, 5));
    expect(stateNow({ call: call() }).reminderDue).toBe(true);
    const afterShown = call({ events: [shown(37, 5)] });
    expect(stateNow({ call: afterShown }).reminderDue).toBe(false);
    vi.setSystemTime(at(50));
    expect(stateNow({ call: afterShown }).reminderDue).toBe(false);
  });

  it('comes again when a longer preset moves the end past the reminder already shown', () => {
    const extended = call({ plannedMinutes: 60, events: [shown(37)] });
    vi.setSystemTime(at(40));
    expect(stateNow({ call: extended })).toMatchObject({ phase: 'early', reminderDue: false });
    expect(nextAlarm({ call: extended, settings, now: Date.now() })).toBe(at(52));
    vi.setSystemTime(at(52));
    expect(stateNow({ call: extended }).reminderDue).toBe(true);
  });

  it('does not come again when a shorter preset is chosen after it was shown', () => {
    const shortened = call({ plannedMinutes: 30, events: [shown(37)] });
    vi.setSystemTime(at(38));
    expect(stateNow({ call: shortened })).toMatchObject({ phase: 'overtime', reminderDue: false });
  });

  it('is never due once the call has ended', () => {
    const ended = call({ endedAt: at(30) });
    vi.setSystemTime(at(40));
    expect(stateNow({ call: ended }).reminderDue).toBe(false);
    expect(nextAlarm({ call: ended, settings, now: Date.now() })).toBeNull();
  });
});

describe('next alarm', () => {
  it('is the reminder time however early it is asked, so a late wake-up does not drift it', () => {
    expect(nextAlarm({ call: call(), settings, now: at(0) })).toBe(at(37));
    expect(nextAlarm({ call: call(), settings, now: at(20, 17) })).toBe(at(37));
  });

  it('is now when the reminder time has passed unseen (a missed or throttled alarm)', () => {
    expect(nextAlarm({ call: call(), settings, now: at(39) })).toBe(at(39));
  });
});

describe('overtime', () => {
  it('counts negative remaining time past the planned end', () => {
    vi.setSystemTime(at(45));
    expect(stateNow({ call: call() })).toMatchObject({ phase: 'overtime', remainingMs: 0 });
    vi.setSystemTime(at(47, 30));
    const state = stateNow({ call: call() });
    expect(state.phase).toBe('overtime');
    expect(state.remainingMs).toBe(-150_000);
    expect(formatClock(state.remainingMs)).toBe('+2:30');
  });

  it('stops the clock when the call ends', () => {
    vi.setSystemTime(at(120));
    const state = stateNow({ call: call({ endedAt: at(50) }) });
    expect(state.elapsedMs).toBe(50 * MIN);
    expect(state.remainingMs).toBe(-5 * MIN);
  });
});

describe('computed from timestamps only', () => {
  it('gives the same answer whatever the system clock says', () => {
    vi.setSystemTime(Date.UTC(2031, 5, 1));
    const state = clockState({ call: call(), settings, now: at(10) });
    expect(state).toEqual({
      elapsedMs: 10 * MIN,
      remainingMs: 35 * MIN,
      plannedEnd: at(45),
      reminderAt: at(37),
      phase: 'early',
      reminderDue: false,
    });
  });

  it('jumps straight to the right state after a long throttled gap', () => {
    vi.setSystemTime(at(1));
    expect(stateNow({ call: call() }).phase).toBe('early');
    vi.advanceTimersByTime(45 * MIN);
    expect(stateNow({ call: call() })).toMatchObject({ phase: 'overtime', reminderDue: true, remainingMs: -MIN });
  });
});

describe('formatClock', () => {
  it.each([
    [0, '0:00'],
    [999, '0:00'],
    [59_999, '0:59'],
    [61_000, '1:01'],
    [45 * MIN, '45:00'],
    [3_600_000, '1:00:00'],
    [3_661_000, '1:01:01'],
    [-1, '+0:01'],
    [-1000, '+0:01'],
    [-150_000, '+2:30'],
    [-3_661_000, '+1:01:01'],
    [Number.NaN, '0:00'],
  ])('%d ms reads "%s"', (ms, text) => {
    expect(formatClock(ms)).toBe(text);
  });
});
