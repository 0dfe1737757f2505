import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  installFollowUpReminders,
  showFollowUpReminder,
  syncFollowUpReminders,
} from '@/entrypoints/background/up-next';
import { type OpenFollowUp, openFollowUps } from '@/utils/journal/follow-ups';
import { DEFAULT_SETTINGS } from '@/utils/settings/settings';
import {
  followUpAlarmName,
  followUpAlarms,
  followUpKey,
  followUpKeyOfAlarm,
  followUpReminderText,
  LATE_RING_WITHIN_MS,
  stillOpen,
} from '@/utils/up-next/follow-up-reminders';
import { makeEntry } from '../backup/fixtures';
import { freshDb } from '../db-helpers';

const HOUR = 60 * 60_000;
const NOW = Date.UTC(2026, 11, 3, 9, 0);
const on = { followUpReminders: true };
const entry = makeEntry({
  id: 'entry-acme',
  followUps: [
    { text: 'Thank-you note to Dana', due: NOW + 2 * HOUR, done: false },
    { text: 'Thank-you note to Lee', due: NOW + 2 * HOUR, done: false },
    { text: 'Follow up on next steps', due: NOW + 7 * 24 * HOUR, done: false },
    { text: 'Done already', due: NOW + HOUR, done: true },
    { text: 'Undated', done: false },
  ],
});
const open = (entries = [entry]) => openFollowUps(entries);
const nameOf = (item: OpenFollowUp) => followUpAlarmName(followUpKey(item));

describe('followUpAlarms', () => {
  it('rings each open, dated follow-up at its due time, and nothing while reminders are off', () => {
    const items = open();
    const alarms = followUpAlarms(items, on, new Set(), NOW);
    expect([...alarms.values()]).toEqual([NOW + 2 * HOUR, NOW + 2 * HOUR, NOW + 7 * 24 * HOUR]);
    expect(alarms.size).toBe(3);
    expect(followUpAlarms(items, { followUpReminders: false }, new Set(), NOW).size).toBe(0);
    expect(DEFAULT_SETTINGS.followUpReminders).toBe(false);
  });

  it('never rings one already notified', () => {
    const items = open();
    const first = followUpKey(items[0]!);
    const alarms = followUpAlarms(items, on, new Set([first]), NOW);
    expect(alarms.has(followUpAlarmName(first))).toBe(false);
    expect(alarms.size).toBe(2);
  });

  it('rings a follow-up missed while the browser was closed now, but not one missed more than a day ago', () => {
    const late = makeEntry({
      id: 'entry-late',
      followUps: [
        { text: 'Missed an hour ago', due: NOW - HOUR, done: false },
        { text: 'Missed last week', due: NOW - LATE_RING_WITHIN_MS - 1, done: false },
      ],
    });
    const hourAgo = open([late]).find((item) => item.text === 'Missed an hour ago')!;
    expect([...followUpAlarms(open([late]), on, new Set(), NOW)]).toEqual([[nameOf(hourAgo), NOW]]);
  });

  it('keys a follow-up by entry, date and text, not by its place in the list', () => {
    const [dana, lee] = open();
    const withoutDana = open([{ ...entry, followUps: entry.followUps.slice(1) }]);
    expect(followUpKey(withoutDana[0]!)).toBe(followUpKey(lee!));
    expect(followUpKey(dana!)).not.toBe(followUpKey(lee!));
    const moved = open([{ ...entry, followUps: [{ ...entry.followUps[0]!, due: NOW + 5 * HOUR }] }]);
    expect(followUpKey(moved[0]!)).not.toBe(followUpKey(dana!));
    expect(followUpKeyOfAlarm(nameOf(dana!))).toBe(followUpKey(dana!));
    expect(followUpKeyOfAlarm('headsup:plan')).toBeNull();
  });

  it('forgets notified keys of follow-ups no longer open', () => {
    const [dana] = open();
    expect(stillOpen([followUpKey(dana!), 'entry-gone:1:x'], open())).toEqual([followUpKey(dana!)]);
  });

  it('says the company and round, then the follow-up', () => {
    expect(followUpReminderText(open()[0]!)).toEqual({
      title: 'Follow-up due: Acme Robotics · Onsite 2',
      message: 'Thank-you note to Dana',
    });
    expect(followUpReminderText({ ...open()[0]!, company: '', round: '' }).title).toBe('Follow-up due');
  });
});

describe('follow-up reminders in the background', () => {
  async function setUp(reminders = true) {
    const db = freshDb();
    await db.settings.put({ key: 'followUpReminders', value: reminders });
    await db.journal.put(entry);
    return db;
  }
  const followUpAlarmsNow = async () =>
    (await fakeBrowser.alarms.getAll())
      .filter((alarm) => followUpKeyOfAlarm(alarm.name) !== null)
      .map((alarm) => alarm.scheduledTime)
      .sort((a, b) => a - b);

  function grantNotifications() {
    const created: Array<[string, { title: string; message: string }]> = [];
    vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(true as never);
    const notifications = {
      create: async (id: string, options: { title: string; message: string }) => {
        created.push([id, options]);
        return id;
      },
    };
    (fakeBrowser as unknown as { notifications: unknown }).notifications = notifications;
    return created;
  }

  it('plans one alarm per open follow-up, and cancels one that is ticked or deleted', async () => {
    const db = await setUp();
    await syncFollowUpReminders(db, NOW);
    expect(await followUpAlarmsNow()).toEqual([NOW + 2 * HOUR, NOW + 2 * HOUR, NOW + 7 * 24 * HOUR]);
    const [dana, , nextSteps] = entry.followUps;
    await db.journal.put({ ...entry, followUps: [{ ...dana!, done: true }, nextSteps!] });
    await syncFollowUpReminders(db, NOW);
    expect(await followUpAlarmsNow()).toEqual([NOW + 7 * 24 * HOUR]);
    await db.journal.delete(entry.id);
    await syncFollowUpReminders(db, NOW);
    expect(await followUpAlarmsNow()).toEqual([]);
  });

  it('plans nothing while reminders are off (the default)', async () => {
    const db = await setUp(false);
    await syncFollowUpReminders(db, NOW);
    expect(await followUpAlarmsNow()).toEqual([]);
    const created = grantNotifications();
    expect(await showFollowUpReminder(db, followUpKey(open()[0]!))).toBe(false);
    expect(created).toEqual([]);
  });

  it('notifies once: a second ring, or a re-plan after it, shows nothing more', async () => {
    const db = await setUp();
    const created = grantNotifications();
    const key = followUpKey(open()[0]!);
    expect(await showFollowUpReminder(db, key)).toBe(true);
    expect(created).toEqual([[followUpAlarmName(key), expect.objectContaining({ message: 'Thank-you note to Dana' })]]);
    expect(await showFollowUpReminder(db, key)).toBe(false);
    // Its time came and went (the browser deleted the alarm as it rang); a re-plan does not bring it back.
    await fakeBrowser.alarms.clear(followUpAlarmName(key));
    await syncFollowUpReminders(db, NOW + 3 * HOUR);
    expect(await fakeBrowser.alarms.get(followUpAlarmName(key))).toBeUndefined();
    expect(await followUpAlarmsNow()).toEqual([NOW + 3 * HOUR, NOW + 7 * 24 * HOUR]);
    expect(created).toHaveLength(1);
  });

  it('shows nothing for a follow-up ticked before its alarm rang, or without the permission', async () => {
    const db = await setUp();
    const created = grantNotifications();
    const key = followUpKey(open()[0]!);
    await db.journal.put({ ...entry, followUps: [{ ...entry.followUps[0]!, done: true }] });
    expect(await showFollowUpReminder(db, key)).toBe(false);
    await db.journal.put(entry);
    vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(false as never);
    expect(await showFollowUpReminder(db, key)).toBe(false);
    expect(created).toEqual([]);
  });
});

describe('a click on a follow-up reminder', () => {
  it('opens Up next and clears the notification; a heads-up click is not its business', async () => {
    let onClicked: ((id: string) => void) | undefined;
    const cleared: string[] = [];
    (fakeBrowser as unknown as { notifications: unknown }).notifications = {
      onClicked: {
        hasListener: () => onClicked !== undefined,
        addListener: (listener: (id: string) => void) => {
          onClicked = listener;
        },
      },
      clear: async (id: string) => {
        cleared.push(id);
        return true;
      },
    };
    const created = vi.spyOn(fakeBrowser.tabs, 'create').mockResolvedValue({} as never);
    const stop = installFollowUpReminders(freshDb());
    const name = followUpAlarmName(followUpKey(open()[0]!));
    onClicked?.('headsup:plan');
    expect(created).not.toHaveBeenCalled();
    onClicked?.(name);
    expect(created).toHaveBeenCalledWith({ url: expect.stringMatching(/\/dashboard\.html#\/up-next$/) });
    expect(cleared).toEqual([name]);
    stop();
  });
});
