import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createHandlers } from '@/entrypoints/background/features';
import { CallEvents, createDispatcher, ForbiddenError } from '@/entrypoints/background/router';
import { CONTENT_SCRIPT_MESSAGES } from '@/utils/api/protocol';
import type { Call } from '@/utils/model';
import { contentScriptSender, dashboardSender, EXTENSION_ID, EXTENSION_ORIGIN, freshDb } from '../db-helpers';

function setup() {
  const db = freshDb();
  const started: Call[] = [];
  const events = new CallEvents();
  events.onStarted((c) => void started.push(c));
  const dispatch = createDispatcher(createHandlers(db, events), EXTENSION_ID, EXTENSION_ORIGIN);
  return { db, dispatch, started };
}

describe('what call-page scripts may ask', () => {
  it('is the lifecycle, the share signal and the frame, nothing else', () => {
    expect([...CONTENT_SCRIPT_MESSAGES].sort()).toEqual(['call.report', 'call.share', 'frame.mount']);
  });

  it('records a share on the tab’s live call, as timestamps only', async () => {
    const { dispatch, db } = setup();
    expect(await dispatch('call.share', { sharing: true }, contentScriptSender)).toEqual({ ok: true });
    expect(await db.calls.count()).toBe(0);

    await dispatch('call.report', { platform: 'meet', state: 'in-call' }, contentScriptSender);
    await dispatch('call.share', { sharing: true }, contentScriptSender);
    await dispatch('call.share', { sharing: false }, contentScriptSender);
    const [call] = await db.calls.toArray();
    expect(call!.events.map((e) => e.type)).toEqual(['share-started', 'share-ended']);
    expect(Object.keys(call!.events[0]!).sort()).toEqual(['at', 'type']);
  });

  it('refuses a malformed share report and changes nothing', async () => {
    const { dispatch, db } = setup();
    await dispatch('call.report', { platform: 'meet', state: 'in-call' }, contentScriptSender);
    await expect(dispatch('call.share', { sharing: 'yes' } as never, contentScriptSender)).rejects.toThrow(
      'Malformed share report',
    );
    expect((await db.calls.toArray())[0]!.events).toEqual([]);
  });

  it('injects the panel frame into the asking tab’s top frame only', async () => {
    const { dispatch } = setup();
    const executeScript = vi.fn().mockResolvedValue([]);
    fakeBrowser.scripting.executeScript = executeScript;
    expect(await dispatch('frame.mount', {}, contentScriptSender)).toEqual({ ok: true });
    expect(executeScript).toHaveBeenCalledWith({ target: { tabId: 7, frameIds: [0] }, files: ['/panel-frame.js'] });

    expect(await dispatch('frame.mount', {}, { ...contentScriptSender, frameId: 2 })).toEqual({ ok: false });
    expect(await dispatch('frame.mount', {}, { id: EXTENSION_ID, url: 'https://x.example/' })).toEqual({ ok: false });
    expect(executeScript).toHaveBeenCalledTimes(1);

    executeScript.mockRejectedValue(new Error('Cannot access contents of the page'));
    expect(await dispatch('frame.mount', {}, contentScriptSender)).toEqual({ ok: false });
  });

  it('keeps platform switching for extension pages', async () => {
    const { dispatch } = setup();
    await expect(dispatch('platforms.sync', undefined, contentScriptSender)).rejects.toBeInstanceOf(ForbiddenError);
    fakeBrowser.scripting.getRegisteredContentScripts = vi.fn().mockResolvedValue([]);
    fakeBrowser.permissions.contains = vi.fn().mockResolvedValue(false);
    expect(await dispatch('platforms.sync', undefined, dashboardSender)).toEqual({ zoom: false, teams: false });
  });

  it('starts a call’s followers once, however often the loader reports in-call', async () => {
    const { dispatch, started } = setup();
    await dispatch('call.report', { platform: 'meet', state: 'in-call' }, contentScriptSender);
    await dispatch('call.report', { platform: 'meet', state: 'lobby' }, contentScriptSender);
    await dispatch('call.report', { platform: 'meet', state: 'in-call' }, contentScriptSender);
    await dispatch(
      'calls.start',
      { platform: 'meet', tabId: 7, tabUrl: 'https://meet.google.com/abc-defg-hij' },
      dashboardSender,
    );
    expect(started).toHaveLength(1);
  });
});
