import { liveQuery } from 'dexie';
import { browser } from 'wxt/browser';
import { listOpenFollowUps } from '@/entrypoints/background/journal/loop';
import { getSettings } from '@/entrypoints/background/settings';
import type { Id, Timestamp } from '@/utils/model';
import {
  followUpAlarmName,
  followUpAlarms,
  followUpKey,
  followUpKeyOfAlarm,
  followUpReminderText,
  stillOpen,
} from '@/utils/up-next/follow-up-reminders';
import { headsUpAlarmName, headsUpAlarms, headsUpText, planIdOfHeadsUp } from '@/utils/up-next/heads-up';
import type { UpNextCommands, UpNextQueries } from '@/utils/up-next/protocol';
import type { StarboardDb } from './db';
import type { FeatureHandlers } from './router';

/** One pass over the practice log in time order, so each story keeps its latest session. */
export async function lastPractised(db: StarboardDb): Promise<Record<Id, Timestamp>> {
  const latest: Record<Id, Timestamp> = {};
  await db.practice.orderBy('at').each((session) => {
    latest[session.storyId] = session.at;
  });
  return latest;
}

export function upNextFeature(db: StarboardDb): FeatureHandlers<UpNextQueries, UpNextCommands> {
  return {
    queries: { 'upNext.lastPractised': () => lastPractised(db) },
    commands: {},
  };
}

/** Makes the heads-up alarms match the plans and settings: one per plan still to come, none for anything else. */
export async function syncHeadsUps(db: StarboardDb, now: Timestamp = Date.now()): Promise<void> {
  const wanted = headsUpAlarms(await db.interviews.toArray(), await getSettings(db), now);
  const existing = await browser.alarms.getAll();
  for (const alarm of existing) {
    if (planIdOfHeadsUp(alarm.name) !== null && !wanted.has(alarm.name)) await browser.alarms.clear(alarm.name);
  }
  for (const [name, when] of wanted) {
    if (existing.find((alarm) => alarm.name === name)?.scheduledTime !== when)
      await browser.alarms.create(name, { when });
  }
}

/** Shows one of Starboard's notifications; its id is the alarm's name, so a click on it finds what it is about. */
async function notify(id: string, { title, message }: { title: string; message: string }): Promise<void> {
  await browser.notifications.create(id, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icons/128.png'),
    title,
    message,
  });
}

/**
 * Listens for clicks on notifications. The notifications API exists only while its optional permission is granted,
 * so the listener goes on again whenever a permission is added. Returns the way to stop.
 */
function listenForClicks(onClicked: (id: string) => void): () => void {
  const listen = () => {
    if (browser.notifications && !browser.notifications.onClicked.hasListener(onClicked)) {
      browser.notifications.onClicked.addListener(onClicked);
    }
  };
  listen();
  browser.permissions.onAdded.addListener(listen);
  return () => browser.permissions.onAdded.removeListener(listen);
}

/** Shows one plan's heads-up, if the plan still starts soon and the permission is still granted. */
export async function showHeadsUp(db: StarboardDb, planId: Id, now: Timestamp = Date.now()): Promise<boolean> {
  const plan = await db.interviews.get(planId);
  const settings = await getSettings(db);
  if (plan?.status !== 'planned' || plan.scheduledAt === undefined || plan.scheduledAt < now) return false;
  if (!settings.headsUp || !browser.notifications) return false;
  if (!(await browser.permissions.contains({ permissions: ['notifications'] }))) return false;
  const stories = await db.stories.bulkGet(plan.pinnedStoryIds);
  await notify(
    headsUpAlarmName(plan.id),
    headsUpText(
      plan,
      stories.filter((story) => story !== undefined),
    ),
  );
  return true;
}

/**
 * Keeps heads-ups planned across worker stops and browser restarts (alarms persist; this re-plans at every start
 * and on every plan or settings change), shows them, and opens the plan's review when one is clicked.
 */
export function installHeadsUps(db: StarboardDb): () => void {
  const onAlarm = (alarm: { name: string }) => {
    const planId = planIdOfHeadsUp(alarm.name);
    if (planId !== null) void showHeadsUp(db, planId).catch((error) => console.error('Starboard heads-up:', error));
  };
  browser.alarms.onAlarm.addListener(onAlarm);
  const onClicked = (id: string) => {
    const planId = planIdOfHeadsUp(id);
    if (planId === null) return;
    void browser.tabs.create({
      url: browser.runtime.getURL(`/dashboard.html#/up-next/review/${encodeURIComponent(planId)}`),
    });
    void browser.notifications?.clear(id);
  };
  const stopListening = listenForClicks(onClicked);
  const subscription = liveQuery(() => Promise.all([db.interviews.toArray(), getSettings(db)])).subscribe({
    next: () => void syncHeadsUps(db).catch((error) => console.error('Starboard heads-up:', error)),
    error: (error: unknown) => console.error('Starboard heads-up:', error),
  });
  return () => {
    browser.alarms.onAlarm.removeListener(onAlarm);
    stopListening();
    subscription.unsubscribe();
  };
}

// Follow-up reminders (utils/up-next/follow-up-reminders.ts): the same shape as heads-ups, over the journal.

/**
 * The keys of follow-ups already notified, in extension storage: not user data (ids, a date and a hash), and what
 * makes "once" survive worker stops and restarts. Pruned to open follow-ups at every re-plan.
 */
export const NOTIFIED_KEY = 'upNext:followUpsNotified';

async function readNotified(): Promise<Set<string>> {
  const stored = (await browser.storage.local.get(NOTIFIED_KEY))[NOTIFIED_KEY];
  return new Set(Array.isArray(stored) ? stored.filter((key): key is string => typeof key === 'string') : []);
}

/**
 * The sync and the showing both read and write the notified keys: one at a time, or a re-plan that read the keys
 * before a reminder was shown could plan it again.
 */
let queue: Promise<unknown> = Promise.resolve();
function serially<T>(run: () => Promise<T>): Promise<T> {
  const next = queue.then(run);
  queue = next.catch(() => {});
  return next;
}

/** Makes the follow-up alarms match the journal and settings: one per open follow-up still to ring, none else. */
export function syncFollowUpReminders(db: StarboardDb, now: Timestamp = Date.now()): Promise<void> {
  return serially(() => planFollowUpReminders(db, now));
}

async function planFollowUpReminders(db: StarboardDb, now: Timestamp): Promise<void> {
  const followUps = await listOpenFollowUps(db);
  const notified = await readNotified();
  const kept = stillOpen(notified, followUps);
  if (kept.length !== notified.size) await browser.storage.local.set({ [NOTIFIED_KEY]: kept });
  const wanted = followUpAlarms(followUps, await getSettings(db), notified, now);
  const existing = await browser.alarms.getAll();
  for (const alarm of existing) {
    if (followUpKeyOfAlarm(alarm.name) !== null && !wanted.has(alarm.name)) await browser.alarms.clear(alarm.name);
  }
  for (const [name, when] of wanted) {
    const planned = existing.find((alarm) => alarm.name === name)?.scheduledTime;
    // A missed one rings "now": one already waiting to ring is left alone, or every re-plan would push it back.
    if (planned !== when && !(planned !== undefined && when === now)) await browser.alarms.create(name, { when });
  }
}

/**
 * Shows one follow-up's reminder if it is still open, was never shown, and reminders and their permission are
 * still on; then remembers it as shown. True when shown.
 */
export function showFollowUpReminder(db: StarboardDb, key: string): Promise<boolean> {
  return serially(() => showOnce(db, key));
}

async function showOnce(db: StarboardDb, key: string): Promise<boolean> {
  const settings = await getSettings(db);
  if (!settings.followUpReminders || !browser.notifications) return false;
  if (!(await browser.permissions.contains({ permissions: ['notifications'] }))) return false;
  const notified = await readNotified();
  const followUp = (await listOpenFollowUps(db)).find((item) => followUpKey(item) === key);
  if (!followUp || notified.has(key)) return false;
  await browser.storage.local.set({ [NOTIFIED_KEY]: [...notified, key] });
  await notify(followUpAlarmName(key), followUpReminderText(followUp));
  return true;
}

/**
 * Keeps follow-up reminders planned across worker stops and restarts (re-planned at every start and on every
 * journal or settings change), shows them when due, and opens Up next, where the follow-ups are ticked, on a click.
 */
export function installFollowUpReminders(db: StarboardDb): () => void {
  const report = (error: unknown) => console.error('Starboard follow-up reminder:', error);
  const onAlarm = (alarm: { name: string }) => {
    const key = followUpKeyOfAlarm(alarm.name);
    if (key !== null) void showFollowUpReminder(db, key).catch(report);
  };
  browser.alarms.onAlarm.addListener(onAlarm);
  const onClicked = (id: string) => {
    if (followUpKeyOfAlarm(id) === null) return;
    void browser.tabs.create({ url: browser.runtime.getURL('/dashboard.html#/up-next') });
    void browser.notifications?.clear(id);
  };
  const stopListening = listenForClicks(onClicked);
  const subscription = liveQuery(() => Promise.all([listOpenFollowUps(db), getSettings(db)])).subscribe({
    next: () => void syncFollowUpReminders(db).catch(report),
    error: report,
  });
  return () => {
    browser.alarms.onAlarm.removeListener(onAlarm);
    stopListening();
    subscription.unsubscribe();
  };
}
