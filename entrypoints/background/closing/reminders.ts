import { liveQuery } from 'dexie';
import { browser } from 'wxt/browser';
import type { StarboardDb } from '@/entrypoints/background/db';
import { askFrameSight, relayToLoader } from '@/entrypoints/background/frame';
import type { CallEvents, Sender } from '@/entrypoints/background/router';
import { getSettings } from '@/entrypoints/background/settings';
import { showToolbarState } from '@/entrypoints/background/toolbar';
import { clockState, nextAlarm } from '@/utils/closing/clock';
import { SEEN_DWELL_MS } from '@/utils/closing/protocol';
import type { Call, Id, Plan, Timestamp } from '@/utils/model';
import type { Settings } from '@/utils/settings/settings';

/**
 * The closing-checklist reminder, kept by the background so it comes even when the panel's timers are throttled,
 * the panel is collapsed, or the service worker was stopped. Nothing here is state: every decision is taken from
 * the call record and the clock (utils/call-clock.ts), and `browser.alarms` only says when to look again.
 */

const ALARM_PREFIX = 'reminder:';

/**
 * A panel on screen shows the checklist on its own one-second tick and records the reminder itself. The alarm comes
 * this much later, so it steps in only for a panel that is hidden, instead of flashing a badge at a user who is
 * already looking at the checklist.
 */
export const PANEL_FIRST_MS = 3_000;

/** A call still open after a day was cut short without an end (crash, quit); it gets no reminder. */
const LIVE_WINDOW_MS = 24 * 60 * 60 * 1000;

export function reminderAlarmName(callId: Id): string {
  return `${ALARM_PREFIX}${callId}`;
}

export function callIdOfAlarm(name: string): Id | null {
  return name.startsWith(ALARM_PREFIX) && name.length > ALARM_PREFIX.length ? name.slice(ALARM_PREFIX.length) : null;
}

export interface ReminderInput {
  call: Call;
  interview: Plan | undefined;
  settings: Settings;
}

async function inputFor(db: StarboardDb, call: Call, settings?: Settings): Promise<ReminderInput> {
  const interview = call.interviewId ? await db.interviews.get(call.interviewId) : undefined;
  return { call, interview, settings: settings ?? (await getSettings(db)) };
}

/** Every live call with what its clock depends on. Pure reads, so it can run inside liveQuery. */
export async function liveReminderInputs(db: StarboardDb, now: Timestamp = Date.now()): Promise<ReminderInput[]> {
  const calls = await db.calls
    .where('joinedAt')
    .above(now - LIVE_WINDOW_MS)
    .filter((call) => call.endedAt === undefined)
    .toArray();
  const settings = await getSettings(db);
  return Promise.all(calls.map((call) => inputFor(db, call, settings)));
}

/** When each call's alarm should ring (null: none is needed), by alarm name. */
export function plannedAlarms(inputs: readonly ReminderInput[], now: Timestamp): Map<string, Timestamp | null> {
  const alarms = new Map<string, Timestamp | null>();
  for (const input of inputs) {
    const due = nextAlarm({ ...input, now });
    alarms.set(reminderAlarmName(input.call.id), due === null ? null : due + PANEL_FIRST_MS);
  }
  return alarms;
}

/**
 * Makes the alarms match the calls: one per live call whose reminder is still to come, none for anything else
 * (ended calls, reminders already shown, alarms left from a call that ended while the worker was stopped).
 */
export async function applyAlarms(inputs: readonly ReminderInput[], now: Timestamp = Date.now()): Promise<void> {
  const wanted = plannedAlarms(inputs, now);
  const existing = await browser.alarms.getAll();
  for (const alarm of existing) {
    if (callIdOfAlarm(alarm.name) !== null && !wanted.get(alarm.name)) await browser.alarms.clear(alarm.name);
  }
  for (const [name, when] of wanted) {
    if (when === null) continue;
    const current = existing.find((alarm) => alarm.name === name);
    if (current?.scheduledTime !== when) await browser.alarms.create(name, { when });
  }
}

/** Re-plans every reminder alarm from the database as it is now. */
export async function syncReminders(db: StarboardDb, now: Timestamp = Date.now()): Promise<void> {
  await applyAlarms(await liveReminderInputs(db, now), now);
}

export async function scheduleReminder(db: StarboardDb, callId: Id, now: Timestamp = Date.now()): Promise<void> {
  const call = await db.calls.get(callId);
  const name = reminderAlarmName(callId);
  if (!call || call.endedAt !== undefined) {
    await browser.alarms.clear(name);
    return;
  }
  const when = plannedAlarms([await inputFor(db, call)], now).get(name);
  if (when === null || when === undefined) await browser.alarms.clear(name);
  else await browser.alarms.create(name, { when });
}

/**
 * Appends 'reminder-shown' if the reminder is due for the call's current planned end and not yet recorded. In one
 * transaction, so the panel and the alarm, racing, record it once. Returns the updated call, or null if nothing
 * was recorded.
 */
export async function recordReminderShown(
  db: StarboardDb,
  callId: Id,
  now: Timestamp = Date.now(),
): Promise<Call | null> {
  return db.transaction('rw', db.calls, db.interviews, db.settings, async () => {
    const call = await db.calls.get(callId);
    if (!call || call.endedAt !== undefined) return null;
    const input = await inputFor(db, call);
    if (!clockState({ ...input, now }).reminderDue) return null;
    const updated: Call = { ...call, events: [...call.events, { type: 'reminder-shown', at: now }] };
    await db.calls.put(updated);
    return updated;
  });
}

/** The alarm rang: if the panel has not shown the checklist, record the reminder and badge the call's tab. */
export async function onReminderAlarm(db: StarboardDb, alarmName: string, now: Timestamp = Date.now()): Promise<void> {
  const callId = callIdOfAlarm(alarmName);
  if (callId === null) return;
  const recorded = await recordReminderShown(db, callId, now);
  if (recorded) {
    if (recorded.tabId !== undefined) await showReminderBadge(recorded.tabId);
    return;
  }
  // Not due (the plan moved the end since the alarm was set), already shown, or the call is over: look again.
  await scheduleReminder(db, callId, now);
}

/**
 * The panel says the checklist has been on its screen for SEEN_DWELL_MS. A panel framed in a call page cannot know
 * whether its frame is collapsed or hidden for sharing (its document stays visible, its observer may never hear), so
 * the frame itself is asked, now: a collapse in the same task as the reminder is already in its answer. Whether the
 * tab is visible the panel knows itself (its document's visibilityState follows the tab) and asks only then. Only then
 * is the reminder recorded and the badges cleared; otherwise nothing changes and the alarm still stands in.
 * `seen` tells the panel it may stop asking: the call's reminder is recorded and this panel was on screen.
 */
export async function panelSeen(
  db: StarboardDb,
  callId: Id,
  sender: Sender,
  now: Timestamp = Date.now(),
): Promise<{ recorded: boolean; seen: boolean }> {
  // Framed in a call page (not the side panel, not a tab of its own, not the rehearsal room, an extension page whose
  // own frame is same-process and which no content script serves).
  const inExtensionPage = sender.tab?.url?.startsWith(browser.runtime.getURL('/')) ?? false;
  const framedTab = sender.frameId !== 0 && !inExtensionPage ? sender.tab?.id : undefined;
  if (framedTab !== undefined) {
    let shownFor = await askFrameSight(framedTab);
    // Open, but not for long enough yet: wait out the rest once rather than make the panel ask a second later.
    if (shownFor > 0 && shownFor < SEEN_DWELL_MS) {
      await new Promise((resolve) => setTimeout(resolve, SEEN_DWELL_MS - shownFor));
      shownFor = await askFrameSight(framedTab);
    }
    if (shownFor < SEEN_DWELL_MS) return { recorded: false, seen: false };
  }
  return reminderSeen(db, callId, now);
}

/** The checklist was on screen: record the reminder if still due, and clear the stand-in badges. */
export async function reminderSeen(
  db: StarboardDb,
  callId: Id,
  now: Timestamp = Date.now(),
): Promise<{ recorded: boolean; seen: boolean }> {
  const recorded = await recordReminderShown(db, callId, now);
  const call = recorded ?? (await db.calls.get(callId));
  if (call?.tabId !== undefined) await clearReminderBadge(call.tabId, call.endedAt === undefined);
  const seen = call?.events.some((event) => event.type === 'reminder-shown') ?? false;
  return { recorded: recorded !== null, seen };
}

export async function endReminder(call: Call): Promise<void> {
  await browser.alarms.clear(reminderAlarmName(call.id));
  if (call.tabId !== undefined) await clearReminderBadge(call.tabId, false);
}

/**
 * Wires the reminder into the background (returns the undo, for tests). The live query re-plans alarms whenever anything the clock reads
 * changes (a length preset, a plan bound or edited, the reminder setting), and its first run, at every worker
 * start, re-creates alarms for live calls: alarms outlive the worker, but a call may have changed while it slept.
 */
export function installReminders(db: StarboardDb, callEvents: CallEvents): () => void {
  // One queue for every alarm change: an older plan applied after a newer one would clear a fresh alarm.
  let queue: Promise<void> = Promise.resolve();
  const inOrder = (task: () => Promise<void>) => {
    queue = queue.then(task).catch((error: unknown) => console.error('Starboard reminders:', error));
    return queue;
  };
  const onAlarm = (alarm: { name: string }) => {
    if (callIdOfAlarm(alarm.name) !== null) void inOrder(() => onReminderAlarm(db, alarm.name));
  };
  browser.alarms.onAlarm.addListener(onAlarm);
  callEvents.onStarted((call) => inOrder(() => scheduleReminder(db, call.id)));
  callEvents.onEnded((call) => inOrder(() => endReminder(call)));
  // The live query is only the trigger: each sync reads afresh when its turn comes, so a result that was current
  // when pushed but stale by the time it is applied cannot undo a newer alarm.
  const subscription = liveQuery(() => liveReminderInputs(db)).subscribe({
    next: () => void inOrder(() => syncReminders(db)),
    error: (error: unknown) => console.error('Starboard reminders:', error),
  });
  return () => {
    browser.alarms.onAlarm.removeListener(onAlarm);
    subscription.unsubscribe();
  };
}

/**
 * The stand-in for a closing checklist the user cannot see (panel collapsed, hidden while sharing the screen, or not
 * open): a dot on the toolbar icon for the call's tab (entrypoints/background/toolbar.ts), and on the panel's slim
 * tab in the call page. A reminder fires only in a live call, so the tab is in a call while it shows.
 */
export async function showReminderBadge(tabId: number): Promise<void> {
  await Promise.allSettled([
    showToolbarState(tabId, { inCall: true, reminderDue: true }),
    relayToLoader(tabId, { type: 'starboard/badge', on: true }),
  ]);
}

/** The checklist was seen, or the call is over (`inCall` false): the toolbar keeps the in-call mark only if not. */
export async function clearReminderBadge(tabId: number, inCall: boolean): Promise<void> {
  await Promise.allSettled([
    showToolbarState(tabId, { inCall, reminderDue: false }),
    relayToLoader(tabId, { type: 'starboard/badge', on: false }),
  ]);
}
