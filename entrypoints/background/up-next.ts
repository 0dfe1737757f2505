import { liveQuery } from 'dexie';
import { browser } from 'wxt/browser';
import { getSettings } from '@/entrypoints/background/settings';
import type { Id, Timestamp } from '@/utils/model';
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

/** Shows one plan's heads-up, if the plan still starts soon and the permission is still granted. */
export async function showHeadsUp(db: StarboardDb, planId: Id, now: Timestamp = Date.now()): Promise<boolean> {
  const plan = await db.interviews.get(planId);
  const settings = await getSettings(db);
  if (plan?.status !== 'planned' || plan.scheduledAt === undefined || plan.scheduledAt < now) return false;
  if (!settings.headsUp || !browser.notifications) return false;
  if (!(await browser.permissions.contains({ permissions: ['notifications'] }))) return false;
  const stories = await db.stories.bulkGet(plan.pinnedStoryIds);
  const { title, message } = headsUpText(
    plan,
    stories.filter((story) => story !== undefined),
  );
  await browser.notifications.create(headsUpAlarmName(plan.id), {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icons/128.png'),
    title,
    message,
  });
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
  // The notifications API exists only while its optional permission is granted.
  const listen = () => {
    if (browser.notifications && !browser.notifications.onClicked.hasListener(onClicked)) {
      browser.notifications.onClicked.addListener(onClicked);
    }
  };
  listen();
  browser.permissions.onAdded.addListener(listen);
  const subscription = liveQuery(() => Promise.all([db.interviews.toArray(), getSettings(db)])).subscribe({
    next: () => void syncHeadsUps(db).catch((error) => console.error('Starboard heads-up:', error)),
    error: (error: unknown) => console.error('Starboard heads-up:', error),
  });
  return () => {
    browser.alarms.onAlarm.removeListener(onAlarm);
    browser.permissions.onAdded.removeListener(listen);
    subscription.unsubscribe();
  };
}
