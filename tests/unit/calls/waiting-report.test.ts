import { createHandlers } from '@/entrypoints/background/features';
import { CallEvents, createDispatcher } from '@/entrypoints/background/router';
import type { Call } from '@/utils/model';
import { contentScriptSender, EXTENSION_ID, EXTENSION_ORIGIN, freshDb } from '../db-helpers';

describe('a request waiting to be let in', () => {
  it('opens no call, and a denial after it (ended) leaves nothing behind', async () => {
    const db = freshDb();
    const events = new CallEvents();
    const started: Call[] = [];
    const ended: Call[] = [];
    events.onStarted((c) => void started.push(c));
    events.onEnded((c) => void ended.push(c));
    const dispatch = createDispatcher(createHandlers(db, events), EXTENSION_ID, EXTENSION_ORIGIN);
    for (const state of ['lobby', 'waiting', 'ended'] as const) {
      expect(await dispatch('call.report', { platform: 'meet', state }, contentScriptSender)).toEqual({ ok: true });
    }
    expect(await db.calls.count()).toBe(0);
    expect(started).toEqual([]);
    expect(ended).toEqual([]);
    await dispatch('call.report', { platform: 'meet', state: 'waiting' }, contentScriptSender);
    await dispatch('call.report', { platform: 'meet', state: 'in-call' }, contentScriptSender);
    expect(started).toHaveLength(1);
  });
});
