import { PAGE_LIMITS } from '@/entrypoints/background/calls';
import { createHandlers } from '@/entrypoints/background/features';
import { CallEvents, createDispatcher } from '@/entrypoints/background/router';
import { contentScriptSender, dashboardSender, EXTENSION_ID, EXTENSION_ORIGIN, freshDb } from '../db-helpers';

/** What a hostile call page could make our loader send, and what the background keeps of it. */
function setup() {
  const db = freshDb();
  const dispatch = createDispatcher(createHandlers(db, new CallEvents()), EXTENSION_ID, EXTENSION_ORIGIN);
  const report = (state: 'in-call' | 'ended') =>
    dispatch('call.report', { platform: 'meet', state }, contentScriptSender);
  const share = (sharing: boolean) => dispatch('call.share', { sharing }, contentScriptSender);
  return { db, dispatch, report, share };
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(Date.UTC(2025, 0, 15, 14));
});
afterEach(() => vi.useRealTimers());

describe('call.share from the page', () => {
  it('records real transitions only, never drops a start, and caps a flood at PAGE_LIMITS.sharesPerCall + 1', async () => {
    const s = setup();
    await s.report('in-call');
    await s.share(false);
    await s.share(true);
    await s.share(true);
    const shares = async () => ((await s.db.calls.toArray())[0]?.events ?? []).map((e) => e.type);
    expect(await shares()).toEqual(['share-started']);
    await s.share(false);
    expect(await shares()).toEqual(['share-started', 'share-ended']);
    // A start right after an end is kept: the side panel blanks from it.
    await s.share(true);
    expect(await shares()).toEqual(['share-started', 'share-ended', 'share-started']);
    // An unpaced flood: 2,000 flips in 20 s.
    for (let i = 0; i < 2_000; i++) {
      vi.advanceTimersByTime(10);
      await s.share(i % 2 === 1);
    }
    const events = await shares();
    expect(events.length).toBeLessThanOrEqual(PAGE_LIMITS.sharesPerCall + 1);
    // Whatever the flood, the call ends up read as sharing: the safe side.
    expect(events.at(-1)).toBe('share-started');
  }, 30_000);
});

describe('call.report from the page', () => {
  it('creates at most one call per tab per PAGE_LIMITS.callGapMs, however fast "ended" flaps', async () => {
    const s = setup();
    for (let i = 0; i < 170; i++) {
      await s.report('in-call');
      await s.report('ended');
      vi.advanceTimersByTime(600);
    }
    // 102 s of flapping: one call at the start, then one per 30 s.
    expect(await s.db.calls.count()).toBeLessThanOrEqual(Math.ceil(102_000 / PAGE_LIMITS.callGapMs) + 1);
    // The user's own start is not limited.
    await s.dispatch('calls.start', { platform: 'generic', tabId: 7, tabUrl: 'https://x.example/' }, dashboardSender);
    expect((await s.dispatch('calls.all', {}, dashboardSender)).filter((c) => c.endedAt === undefined)).toHaveLength(1);
  });
});

describe('calls.delete', () => {
  it('deletes an ended call, refuses a live one with a clear error and changes nothing', async () => {
    const s = setup();
    await s.report('in-call');
    const [live] = await s.dispatch('calls.all', {}, dashboardSender);
    await expect(s.dispatch('calls.delete', { callId: live!.id }, dashboardSender)).rejects.toThrow(/still live/);
    expect(await s.db.calls.count()).toBe(1);
    await s.report('ended');
    expect(await s.dispatch('calls.delete', { callId: live!.id }, dashboardSender)).toEqual({ deleted: true });
    expect(await s.db.calls.count()).toBe(0);
    expect(await s.dispatch('calls.delete', { callId: live!.id }, dashboardSender)).toEqual({ deleted: false });
  });

  it('is not for call pages', async () => {
    const s = setup();
    await expect(s.dispatch('calls.delete', { callId: 'x' }, contentScriptSender)).rejects.toThrow();
  });
});
