import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  applyAlarms,
  callIdOfAlarm,
  installReminders,
  liveReminderInputs,
  onReminderAlarm,
  PANEL_FIRST_MS,
  reminderAlarmName,
  reminderSeen,
} from '@/entrypoints/background/closing/reminders';
import { createHandlers } from '@/entrypoints/background/features';
import { CallEvents, createDispatcher } from '@/entrypoints/background/router';
import type { Call, Plan } from '@/utils/model';
import { dashboardSender, EXTENSION_ID, EXTENSION_ORIGIN, framedPanelSender, freshDb } from '../db-helpers';

const MIN = 60_000;
/** 14:00 UTC; times below are offsets from it, as on a call clock. */
const T0 = Date.UTC(2025, 0, 15, 14, 0, 0);
const at = (minutes: number, seconds = 0) => T0 + minutes * MIN + seconds * 1000;
const TAB = 7;

function setup() {
  const db = freshDb();
  const events = new CallEvents();
  const handlers = createHandlers(db, events);
  const dispatch = createDispatcher(handlers, EXTENSION_ID, EXTENSION_ORIGIN);
  const uninstall = installReminders(db, events);
  const relayed = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined as never);
  return { db, dispatch, uninstall, relayed };
}

type Setup = ReturnType<typeof setup>;

async function startCall({ dispatch }: Setup, platform: Call['platform'] = 'generic'): Promise<Call> {
  return dispatch('calls.start', { platform, tabId: TAB, tabUrl: 'https://meet.example/room' }, dashboardSender);
}

async function plan({ dispatch }: Setup, input: Partial<Plan>): Promise<Plan> {
  return dispatch('plans.save', { company: 'Acme', ...input }, dashboardSender);
}

async function alarmTime(callId: string): Promise<number | undefined> {
  return (await fakeBrowser.alarms.get(reminderAlarmName(callId)))?.scheduledTime;
}

/** The live query re-plans alarms asynchronously; wait until it has settled on the expected time. */
async function expectAlarmAt(callId: string, when: number | undefined) {
  await vi.waitFor(async () => expect(await alarmTime(callId)).toBe(when));
}

async function reminderEvents(db: Setup['db'], callId: string) {
  return ((await db.calls.get(callId))?.events ?? []).filter((event) => event.type === 'reminder-shown');
}

async function badge(tabId = TAB) {
  return fakeBrowser.action.getBadgeText({ tabId });
}

let current: Setup | undefined;

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(T0);
});

afterEach(() => {
  current?.uninstall();
  current = undefined;
  vi.useRealTimers();
});

function fresh(): Setup {
  current = setup();
  return current;
}

describe('alarm names', () => {
  it('round-trips a call id and ignores other alarms', () => {
    expect(callIdOfAlarm(reminderAlarmName('abc'))).toBe('abc');
    expect(callIdOfAlarm('reminder:')).toBeNull();
    expect(callIdOfAlarm('journal:abc')).toBeNull();
  });
});

describe('scheduling the closing-checklist reminder', () => {
  it('sets the alarm at T-minus 8 of a 45-minute call by default, once the call starts', async () => {
    const s = fresh();
    const call = await startCall(s);
    expect(await alarmTime(call.id)).toBe(at(37) + PANEL_FIRST_MS);
  });

  it('follows the setting when the plan says nothing', async () => {
    const s = fresh();
    await s.dispatch('settings.update', { reminderMinutes: 5, defaultPlannedMinutes: 30 }, dashboardSender);
    const call = await startCall(s);
    expect(await alarmTime(call.id)).toBe(at(25) + PANEL_FIRST_MS);
  });

  it("uses the plan's own offset and length once the call is bound to it", async () => {
    const s = fresh();
    const call = await startCall(s);
    const interview = await plan(s, { plannedMinutes: 60, reminderMinutes: 12 });
    await s.dispatch('calls.bindPlan', { callId: call.id, interviewId: interview.id }, dashboardSender);
    await expectAlarmAt(call.id, at(48) + PANEL_FIRST_MS);
  });

  it('ends a scheduled slot on time even after joining early', async () => {
    const s = fresh();
    vi.setSystemTime(at(-5));
    const interview = await plan(s, { scheduledAt: T0, plannedMinutes: 45, meetingUrl: 'https://meet.example/room' });
    const call = await startCall(s);
    expect(call.interviewId).toBe(interview.id);
    expect(await alarmTime(call.id)).toBe(at(37) + PANEL_FIRST_MS);
  });

  it('moves the alarm when a length preset is chosen in the panel', async () => {
    const s = fresh();
    const call = await startCall(s);
    for (const [minutes, remindAt] of [
      [30, 22],
      [60, 52],
      [45, 37],
    ] as const) {
      await s.dispatch('calls.setPlannedMinutes', { callId: call.id, minutes }, framedPanelSender);
      await expectAlarmAt(call.id, at(remindAt) + PANEL_FIRST_MS);
    }
    await s.dispatch('calls.setPlannedMinutes', { callId: call.id, minutes: null }, framedPanelSender);
    expect((await s.db.calls.get(call.id))?.plannedMinutes).toBeUndefined();
  });

  it('refuses a planned length that is not a whole number of minutes in range, and changes nothing', async () => {
    const s = fresh();
    const call = await startCall(s);
    await s.dispatch('calls.setPlannedMinutes', { callId: call.id, minutes: 30 }, framedPanelSender);
    for (const minutes of [0, -5, 12.5, 24 * 60 + 1, Number.NaN]) {
      await expect(
        s.dispatch('calls.setPlannedMinutes', { callId: call.id, minutes }, framedPanelSender),
      ).rejects.toThrow(/whole number of minutes/);
    }
    expect((await s.db.calls.get(call.id))?.plannedMinutes).toBe(30);
  });

  it('moves the alarm when the plan or the setting is edited during the call', async () => {
    const s = fresh();
    const interview = await plan(s, { plannedMinutes: 45 });
    const call = await startCall(s);
    await s.dispatch('calls.bindPlan', { callId: call.id, interviewId: interview.id }, dashboardSender);
    await s.dispatch('plans.save', { id: interview.id, plannedMinutes: 50 }, dashboardSender);
    await expectAlarmAt(call.id, at(42) + PANEL_FIRST_MS);
    await s.dispatch('settings.update', { reminderMinutes: 10 }, dashboardSender);
    await expectAlarmAt(call.id, at(40) + PANEL_FIRST_MS);
  });

  it('is due at once on a late join past the reminder time', async () => {
    const s = fresh();
    vi.setSystemTime(at(40));
    await plan(s, { scheduledAt: T0, plannedMinutes: 45, meetingUrl: 'https://meet.example/room' });
    const call = await startCall(s);
    expect(await alarmTime(call.id)).toBe(at(40) + PANEL_FIRST_MS);
  });

  it('clears the alarm and the badges when the call ends', async () => {
    const s = fresh();
    const call = await startCall(s);
    vi.setSystemTime(at(38));
    await onReminderAlarm(s.db, reminderAlarmName(call.id));
    expect(await badge()).toBe('•');
    await s.dispatch('calls.end', { callId: call.id }, dashboardSender);
    expect(await alarmTime(call.id)).toBeUndefined();
    expect(await badge()).toBe('');
    expect(s.relayed).toHaveBeenLastCalledWith(TAB, { type: 'starboard/badge', on: false }, { frameId: 0 });
  });
});

describe('when the alarm rings', () => {
  it('records the reminder once and badges the toolbar and the slim tab of the call tab', async () => {
    const s = fresh();
    const call = await startCall(s);
    vi.setSystemTime(at(37) + PANEL_FIRST_MS);
    await fakeBrowser.alarms.onAlarm.trigger({
      name: reminderAlarmName(call.id),
      scheduledTime: Date.now(),
      persistAcrossSessions: true,
    } as never);
    await vi.waitFor(async () => expect(await reminderEvents(s.db, call.id)).toHaveLength(1));
    expect(await badge()).toBe('•');
    expect(await badge(TAB + 1)).toBe('');
    expect(s.relayed).toHaveBeenCalledWith(TAB, { type: 'starboard/badge', on: true }, { frameId: 0 });
    // Nothing left to wake for.
    await expectAlarmAt(call.id, undefined);

    // A second ring (a duplicate alarm, a restarted worker) changes nothing.
    vi.setSystemTime(at(39));
    await onReminderAlarm(s.db, reminderAlarmName(call.id));
    expect(await reminderEvents(s.db, call.id)).toHaveLength(1);
  });

  it('leaves the badge off when the panel already showed the checklist', async () => {
    const s = fresh();
    const call = await startCall(s);
    vi.setSystemTime(at(37, 1));
    // The framed panel's frame says it has been open for over a second (reminder-race.test.ts: when it is not).
    s.relayed.mockImplementation((async (_tab: number, message: { type: string }) =>
      message.type === 'starboard/sight' ? 1_500 : undefined) as never);
    expect(await s.dispatch('closing.seen', { callId: call.id }, framedPanelSender)).toEqual({
      recorded: true,
      seen: true,
    });
    vi.setSystemTime(at(37) + PANEL_FIRST_MS);
    await onReminderAlarm(s.db, reminderAlarmName(call.id));
    expect(await reminderEvents(s.db, call.id)).toHaveLength(1);
    expect(await badge()).toBe('');
    expect(s.relayed).not.toHaveBeenCalledWith(TAB, { type: 'starboard/badge', on: true }, { frameId: 0 });
  });

  it('clears the badges when the panel then shows the checklist, without recording twice', async () => {
    const s = fresh();
    const call = await startCall(s);
    vi.setSystemTime(at(37, 5));
    await onReminderAlarm(s.db, reminderAlarmName(call.id));
    expect(await badge()).toBe('•');
    vi.setSystemTime(at(39));
    expect(await reminderSeen(s.db, call.id)).toEqual({ recorded: false, seen: true });
    expect(await badge()).toBe('');
    expect(s.relayed).toHaveBeenLastCalledWith(TAB, { type: 'starboard/badge', on: false }, { frameId: 0 });
    expect(await reminderEvents(s.db, call.id)).toHaveLength(1);
  });

  it('does not fire before its time: an alarm left from a shorter plan is moved instead', async () => {
    const s = fresh();
    const call = await startCall(s);
    await s.dispatch('calls.setPlannedMinutes', { callId: call.id, minutes: 60 }, framedPanelSender);
    vi.setSystemTime(at(37) + PANEL_FIRST_MS);
    await onReminderAlarm(s.db, reminderAlarmName(call.id));
    expect(await reminderEvents(s.db, call.id)).toHaveLength(0);
    expect(await badge()).toBe('');
    await expectAlarmAt(call.id, at(52) + PANEL_FIRST_MS);
  });

  it('re-arms for the new end when a longer preset is chosen after the reminder was shown', async () => {
    const s = fresh();
    const call = await startCall(s);
    vi.setSystemTime(at(38));
    await reminderSeen(s.db, call.id);
    await expectAlarmAt(call.id, undefined);
    await s.dispatch('calls.setPlannedMinutes', { callId: call.id, minutes: 60 }, framedPanelSender);
    await expectAlarmAt(call.id, at(52) + PANEL_FIRST_MS);
    vi.setSystemTime(at(52) + PANEL_FIRST_MS);
    await onReminderAlarm(s.db, reminderAlarmName(call.id));
    expect(await reminderEvents(s.db, call.id)).toHaveLength(2);
  });

  it('does nothing for an ended call', async () => {
    const s = fresh();
    const call = await startCall(s);
    await s.dispatch('calls.end', { callId: call.id }, dashboardSender);
    vi.setSystemTime(at(40));
    await onReminderAlarm(s.db, reminderAlarmName(call.id));
    expect(await reminderEvents(s.db, call.id)).toHaveLength(0);
    expect(await badge()).toBe('');
  });
});

describe('after the service worker restarts', () => {
  it('re-creates the alarm of a live call and drops alarms of calls that ended meanwhile', async () => {
    const first = fresh();
    const live = await startCall(first);
    const other = await first.dispatch(
      'calls.start',
      { platform: 'generic', tabId: TAB + 1, tabUrl: 'https://other.example/' },
      dashboardSender,
    );
    first.uninstall();
    // The worker stops; one call ends without the worker hearing of it (browser restart), alarms are lost.
    await first.db.calls.update(other.id, { endedAt: at(5) });
    await fakeBrowser.alarms.clearAll();
    await fakeBrowser.alarms.create(reminderAlarmName(other.id), { when: at(37) });

    vi.setSystemTime(at(10));
    current = { ...first, uninstall: installReminders(first.db, new CallEvents()) };
    await expectAlarmAt(live.id, at(37) + PANEL_FIRST_MS);
    await expectAlarmAt(other.id, undefined);
  });

  it('plans from the call record alone (pure reads)', async () => {
    const s = fresh();
    const call = await startCall(s);
    const inputs = await liveReminderInputs(s.db, at(1));
    expect(inputs.map((input) => input.call.id)).toEqual([call.id]);
    await fakeBrowser.alarms.clearAll();
    await applyAlarms(inputs, at(1));
    expect(await alarmTime(call.id)).toBe(at(37) + PANEL_FIRST_MS);
  });
});
