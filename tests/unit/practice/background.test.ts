import { createHandlers } from '@/entrypoints/background/features';
import { MAX_PRACTICE_SECONDS, recordPractice } from '@/entrypoints/background/practice';
import { createDispatcher, ForbiddenError } from '@/entrypoints/background/router';
import { contentScriptSender, dashboardSender, EXTENSION_ID, EXTENSION_ORIGIN, freshDb } from '../db-helpers';

function setup() {
  const db = freshDb();
  const dispatch = createDispatcher(createHandlers(db), EXTENSION_ID, EXTENSION_ORIGIN);
  return { db, dispatch };
}

describe('practice.record and practice.list', () => {
  it('records a rehearsal of a story and lists it, newest first, for all stories or one', async () => {
    const { db, dispatch } = setup();
    const a = await dispatch('stories.save', { title: 'A' }, dashboardSender);
    const b = await dispatch('stories.save', { title: 'B' }, dashboardSender);
    const first = await recordPractice(db, { storyId: a.id, question: ' Why? ', seconds: 95.4, rating: 3 }, 1_000);
    await recordPractice(db, { storyId: b.id, question: '', seconds: 60, rating: 2 }, 2_000);
    await recordPractice(db, { storyId: a.id, question: 'Again', seconds: 130, rating: 4 }, 3_000);

    expect(first).toMatchObject({ storyId: a.id, question: 'Why?', seconds: 95, rating: 3, at: 1_000 });
    expect(first.id).toBeTruthy();
    const all = await dispatch('practice.list', {}, dashboardSender);
    expect(all.map((session) => session.at)).toEqual([3_000, 2_000, 1_000]);
    const onlyA = await dispatch('practice.list', { storyId: a.id }, dashboardSender);
    expect(onlyA.map((session) => [session.question, session.at])).toEqual([
      ['Again', 3_000],
      ['Why?', 1_000],
    ]);
  });

  it('stamps the time itself when recorded through the API', async () => {
    const { dispatch } = setup();
    const story = await dispatch('stories.save', { title: 'A' }, dashboardSender);
    const before = Date.now();
    const session = await dispatch(
      'practice.record',
      { storyId: story.id, question: 'Q', seconds: 100, rating: 4 },
      dashboardSender,
    );
    expect(session.at).toBeGreaterThanOrEqual(before);
    expect(await dispatch('practice.list', { storyId: story.id }, dashboardSender)).toEqual([session]);
  });

  it('refuses bad input with a reason and stores nothing', async () => {
    const { dispatch } = setup();
    const story = await dispatch('stories.save', { title: 'A' }, dashboardSender);
    const good = { storyId: story.id, question: 'Q', seconds: 100, rating: 3 as const };
    const bad: Array<[Record<string, unknown>, RegExp]> = [
      [{ ...good, storyId: '' }, /needs a story/],
      [{ ...good, storyId: 'missing' }, /no story missing/],
      [{ ...good, rating: 5 }, /rating must be 1, 2, 3 or 4/],
      [{ ...good, rating: 2.5 }, /rating/],
      [{ ...good, seconds: -1 }, /length/],
      [{ ...good, seconds: Number.NaN }, /length/],
      [{ ...good, seconds: MAX_PRACTICE_SECONDS + 1 }, /length/],
      [{ ...good, question: 42 }, /question/],
      [{ ...good, question: 'x'.repeat(2_001) }, /question/],
    ];
    for (const [input, reason] of bad) {
      await expect(dispatch('practice.record', input as never, dashboardSender)).rejects.toThrow(reason);
    }
    expect(await dispatch('practice.list', {}, dashboardSender)).toEqual([]);
  });

  it('is private: a call-page content script can neither read nor write practice', async () => {
    const { dispatch } = setup();
    await expect(dispatch('practice.list', {}, contentScriptSender)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(
      dispatch('practice.record', { storyId: 'x', question: '', seconds: 1, rating: 1 }, contentScriptSender),
    ).rejects.toBeInstanceOf(ForbiddenError);
  });
});
