import { createHandlers } from '@/entrypoints/background/features';
import { createDispatcher } from '@/entrypoints/background/router';
import { countdownText, STALE_AFTER_MS, stalePinned } from '@/utils/up-next/up-next';
import { makePlan, makeStory } from '../backup/fixtures';
import { dashboardSender, EXTENSION_ID, EXTENSION_ORIGIN, freshDb } from '../db-helpers';

const MIN = 60_000;
const NOW = Date.UTC(2026, 10, 2, 16, 0);

describe('countdownText', () => {
  it('shows seconds in the last hour, minutes within a day, hours beyond, and nothing once started', () => {
    expect(countdownText(20 * MIN)).toBe('in 20 min 0 s');
    expect(countdownText(19 * MIN + 58_400)).toBe('in 19 min 58 s');
    expect(countdownText(2 * 60 * MIN + 10 * MIN + 59_000)).toBe('in 2 h 10 min');
    expect(countdownText(3 * 24 * 60 * MIN + 5 * 60 * MIN)).toBe('in 3 d 5 h');
    expect(countdownText(0)).toBe('in 0 min 0 s');
    expect(countdownText(-1)).toBeNull();
  });
});

describe('stalePinned', () => {
  const a = makeStory({ id: 'a', title: 'A' });
  const b = makeStory({ id: 'b', title: 'B' });
  const c = makeStory({ id: 'c', title: 'C' });
  const d = makeStory({ id: 'd', title: 'D' });
  const plans = [
    makePlan({ id: 'p1', status: 'planned', scheduledAt: NOW + 60 * MIN, pinnedStoryIds: ['a', 'b', 'c'] }),
    makePlan({ id: 'p2', status: 'planned', scheduledAt: undefined, pinnedStoryIds: ['c', 'a'] }),
    // Past and done plans do not count.
    makePlan({ id: 'p3', status: 'done', scheduledAt: NOW + 60 * MIN, pinnedStoryIds: ['d'] }),
    makePlan({ id: 'p4', status: 'planned', scheduledAt: NOW - 3 * 60 * MIN, pinnedStoryIds: ['d'] }),
  ];

  it('lists pinned stories never rehearsed first, then the longest ago, each once; fresh ones are left out', () => {
    const stale = stalePinned({
      plans,
      stories: [a, b, c, d],
      lastPractised: { a: NOW - STALE_AFTER_MS - 1, b: NOW - MIN, c: undefined as unknown as number },
      now: NOW,
    });
    expect(stale.map((row) => [row.story.id, row.lastAt])).toEqual([
      ['c', undefined],
      ['a', NOW - STALE_AFTER_MS - 1],
    ]);
  });
});

describe('upNext.lastPractised', () => {
  it('answers each story’s latest rehearsal', async () => {
    const db = freshDb();
    await db.practice.bulkPut([
      { id: '1', storyId: 'a', question: '', at: 30, seconds: 90, rating: 3 },
      { id: '2', storyId: 'a', question: '', at: 10, seconds: 90, rating: 3 },
      { id: '3', storyId: 'b', question: '', at: 20, seconds: 90, rating: 2 },
    ]);
    const dispatch = createDispatcher(createHandlers(db), EXTENSION_ID, EXTENSION_ORIGIN);
    expect(await dispatch('upNext.lastPractised', undefined, dashboardSender)).toEqual({ a: 30, b: 20 });
  });
});
