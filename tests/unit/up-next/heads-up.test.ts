import { fakeBrowser } from 'wxt/testing/fake-browser';
import { showHeadsUp, syncHeadsUps } from '@/entrypoints/background/up-next';
import { DEFAULT_SETTINGS } from '@/utils/settings/settings';
import { headsUpAlarmName, headsUpAlarms, headsUpText, planIdOfHeadsUp } from '@/utils/up-next/heads-up';
import { makePlan, makeStory } from '../backup/fixtures';
import { freshDb } from '../db-helpers';

const MIN = 60_000;
const NOW = Date.UTC(2026, 10, 2, 16, 0);
const on = { headsUp: true, headsUpMinutes: 15 };
const soon = makePlan({ id: 'soon', status: 'planned', scheduledAt: NOW + 20 * MIN });

describe('headsUpAlarms', () => {
  it('rings 15 minutes before each planned interview still ahead, and not at all when off', () => {
    const plans = [
      soon,
      makePlan({ id: 'close', status: 'planned', scheduledAt: NOW + 10 * MIN }),
      makePlan({ id: 'done', status: 'done', scheduledAt: NOW + 60 * MIN }),
      makePlan({ id: 'cancelled', status: 'cancelled', scheduledAt: NOW + 60 * MIN }),
      makePlan({ id: 'undated', status: 'planned', scheduledAt: undefined }),
    ];
    expect([...headsUpAlarms(plans, on, NOW)]).toEqual([[headsUpAlarmName('soon'), NOW + 5 * MIN]]);
    expect(headsUpAlarms(plans, { ...on, headsUp: false }, NOW).size).toBe(0);
    expect([...headsUpAlarms(plans, { headsUp: true, headsUpMinutes: 5 }, NOW).keys()].sort()).toEqual([
      'headsup:close',
      'headsup:soon',
    ]);
    expect(planIdOfHeadsUp('headsup:soon')).toBe('soon');
    expect(planIdOfHeadsUp('reminder:call')).toBeNull();
  });

  it('rings at a plan’s own minutes when it has them, and not at all for a plan set to 0', () => {
    const own = makePlan({ id: 'own', status: 'planned', scheduledAt: NOW + 60 * MIN, headsUpMinutes: 45 });
    const none = makePlan({ id: 'none', status: 'planned', scheduledAt: NOW + 60 * MIN, headsUpMinutes: 0 });
    const usual = makePlan({ id: 'usual', status: 'planned', scheduledAt: NOW + 60 * MIN });
    expect(Object.fromEntries(headsUpAlarms([own, none, usual], on, NOW))).toEqual({
      'headsup:own': NOW + 15 * MIN,
      'headsup:usual': NOW + 45 * MIN,
    });
    // The switch in Settings still decides: off means no heads-up for any plan, whatever its own minutes.
    expect(headsUpAlarms([own], { ...on, headsUp: false }, NOW).size).toBe(0);
  });

  it('says the company and round, then the first pinned story’s hook', () => {
    const story = makeStory({ id: 'story-checkout', hook: 'Errors from 4% to 0.3%.' });
    expect(headsUpText(makePlan(), [story])).toEqual({
      title: 'Acme Robotics · Onsite 2 — system design',
      message: 'Errors from 4% to 0.3%.',
    });
  });
});

describe('syncHeadsUps', () => {
  beforeEach(() => fakeBrowser.reset());

  it('plans an alarm per plan, moves it when the plan moves, and cancels it when the plan is cancelled', async () => {
    const db = freshDb();
    await db.settings.bulkPut([
      { key: 'headsUp', value: true },
      { key: 'headsUpMinutes', value: 15 },
    ]);
    await db.interviews.put(soon);
    await syncHeadsUps(db, NOW);
    expect((await fakeBrowser.alarms.get('headsup:soon'))?.scheduledTime).toBe(NOW + 5 * MIN);
    await db.interviews.put({ ...soon, scheduledAt: NOW + 60 * MIN });
    await syncHeadsUps(db, NOW);
    expect((await fakeBrowser.alarms.get('headsup:soon'))?.scheduledTime).toBe(NOW + 45 * MIN);
    await db.interviews.put({ ...soon, status: 'cancelled' });
    await syncHeadsUps(db, NOW);
    expect(await fakeBrowser.alarms.get('headsup:soon')).toBeUndefined();
  });

  it('plans nothing while heads-ups are off (the default), and shows nothing without them', async () => {
    const db = freshDb();
    expect(DEFAULT_SETTINGS.headsUp).toBe(false);
    await db.interviews.put(soon);
    await syncHeadsUps(db, NOW);
    expect(await fakeBrowser.alarms.getAll()).toEqual([]);
    expect(await showHeadsUp(db, 'soon', NOW)).toBe(false);
  });
});
