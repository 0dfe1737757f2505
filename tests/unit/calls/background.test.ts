import { createHandlers } from '@/entrypoints/background/features';
import { CallEvents, createDispatcher } from '@/entrypoints/background/router';
import { healthCheck } from '@/utils/coverage/health';
import type { Call } from '@/utils/model';
import { retellWarnings } from '@/utils/plans/retell';
import { dashboardSender, EXTENSION_ID, EXTENSION_ORIGIN, freshDb } from '../db-helpers';
import { DAY, makeCall, NOW, toldEvents } from '../fixtures';

function setup() {
  const db = freshDb();
  const dispatch = createDispatcher(createHandlers(db, new CallEvents()), EXTENSION_ID, EXTENSION_ORIGIN);
  return { db, dispatch };
}

describe('calls.recent', () => {
  it('returns calls that started or ended in the window, newest first', async () => {
    const { db, dispatch } = setup();
    const since = NOW - 30 * DAY;
    const inside = makeCall({ id: 'inside', joinedAt: NOW - 2 * DAY, endedAt: NOW - 2 * DAY + 3_600_000 });
    const live = makeCall({ id: 'live', joinedAt: NOW - 1_000 });
    const straddling = makeCall({ id: 'straddling', joinedAt: since - 1_000, endedAt: since + 1_000 });
    const before = makeCall({ id: 'before', joinedAt: since - 10 * DAY, endedAt: since - 10 * DAY + 1_000 });
    await db.calls.bulkAdd([inside, live, straddling, before]);

    const recent = await dispatch('calls.recent', { since }, dashboardSender);
    expect(recent.map((call) => call.id)).toEqual(['live', 'inside', 'straddling']);
  });

  it('refuses a missing since', async () => {
    const { dispatch } = setup();
    await expect(dispatch('calls.recent', {} as never, dashboardSender)).rejects.toThrow(/since/);
  });

  it('feeds the health check: a story told four times in 30 days is flagged', async () => {
    const { db, dispatch } = setup();
    const story = await dispatch('stories.save', { title: 'Favourite' }, dashboardSender);
    const tells = (at: number) => makeCall({ joinedAt: at, endedAt: at + 1_000, events: toldEvents(story.id, at) });
    await db.calls.bulkAdd([tells(NOW - 1 * DAY), tells(NOW - 5 * DAY), tells(NOW - 9 * DAY)]);
    const calls = () => dispatch('calls.recent', { since: NOW - 30 * DAY }, dashboardSender);
    const overtold = async () =>
      healthCheck({ stories: [story], calls: await calls(), now: NOW }).find((item) => item.id === 'overtold-stories');

    expect((await overtold())?.ok).toBe(true);
    await db.calls.add(tells(NOW - 12 * DAY));
    expect(await overtold()).toMatchObject({ ok: false, storyIds: [story.id] });
  });
});

describe('calls.forPlans', () => {
  it('returns the calls bound to the given plans, oldest first, and none for no plans', async () => {
    const { db, dispatch } = setup();
    const calls: Call[] = [
      makeCall({ id: 'screen-2', interviewId: 'screen', joinedAt: NOW - 5 * DAY }),
      makeCall({ id: 'screen-1', interviewId: 'screen', joinedAt: NOW - 9 * DAY }),
      makeCall({ id: 'onsite', interviewId: 'onsite', joinedAt: NOW - 1 * DAY }),
      makeCall({ id: 'other', interviewId: 'other', joinedAt: NOW - 2 * DAY }),
      makeCall({ id: 'unbound', joinedAt: NOW - 3 * DAY }),
    ];
    await db.calls.bulkAdd(calls);
    const found = await dispatch('calls.forPlans', { interviewIds: ['screen', 'onsite'] }, dashboardSender);
    expect(found.map((call) => call.id)).toEqual(['screen-1', 'screen-2', 'onsite']);
    expect(await dispatch('calls.forPlans', { interviewIds: [] }, dashboardSender)).toEqual([]);
    await expect(dispatch('calls.forPlans', {} as never, dashboardSender)).rejects.toThrow(/plan ids/);
  });

  it('feeds the freshness warning: a pinned story told in an earlier round at the same company', async () => {
    const { db, dispatch } = setup();
    const story = await dispatch('stories.save', { title: 'Outage' }, dashboardSender);
    const screen = await dispatch(
      'plans.save',
      { company: 'Acme', round: 'Phone screen', scheduledAt: NOW - 10 * DAY },
      dashboardSender,
    );
    const final = await dispatch(
      'plans.save',
      { company: ' ACME ', round: 'Final', scheduledAt: NOW, pinnedStoryIds: [story.id] },
      dashboardSender,
    );
    await db.calls.add(
      makeCall({ interviewId: screen.id, joinedAt: NOW - 10 * DAY, events: toldEvents(story.id, NOW - 10 * DAY) }),
    );

    const interviews = await dispatch('plans.list', undefined, dashboardSender);
    const calls = await dispatch('calls.forPlans', { interviewIds: [screen.id] }, dashboardSender);
    expect(retellWarnings({ interview: final, interviews, calls, journal: [] })).toEqual([
      { storyId: story.id, earlierInterviewId: screen.id, round: 'Phone screen', at: NOW - 10 * DAY },
    ]);
  });
});
