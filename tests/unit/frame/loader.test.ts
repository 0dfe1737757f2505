import { fakeBrowser } from 'wxt/testing/fake-browser';
import { type FrameGlobal, globals } from '@/utils/frame/globals';
import { runCallLoader } from '@/utils/frame/loader';
import { meet } from '@/utils/platforms/meet';
import { emitShare } from '@/utils/platforms/share-guard';
import { fixtureBody, loadFixture, resetDocument, setUrl } from '../platforms/page';
import { fakeContext } from './fake-context';

let sent: Array<{ type: string; data: unknown }>;
let ctx: ReturnType<typeof fakeContext>;

function requests(type?: string) {
  return sent.filter((m) => !type || m.type === type).map((m) => `${m.type} ${JSON.stringify(m.data)}`);
}

function fakeFrame(): FrameGlobal & { [K in keyof FrameGlobal]: ReturnType<typeof vi.fn> } {
  const frame = { share: vi.fn(), expand: vi.fn(), remove: vi.fn() };
  globals.starboardFrame = frame;
  return frame;
}

async function advance(ms: number): Promise<void> {
  await Promise.resolve();
  await vi.advanceTimersByTimeAsync(ms);
}

beforeEach(() => {
  vi.useFakeTimers();
  sent = [];
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (message: { type: string; data: unknown }) => {
    sent.push({ type: message.type, data: message.data });
    return { res: { ok: true } };
  }) as never);
  ctx = fakeContext();
});

afterEach(() => {
  ctx.invalidate();
  globals.starboardFrame = undefined;
  vi.useRealTimers();
  resetDocument();
});

describe('the call-page loader', () => {
  it('reports the lobby and asks for no panel there', async () => {
    loadFixture('meet', 'lobby');
    runCallLoader(ctx, 'meet', meet);
    await advance(2000);
    expect(requests()).toEqual(['call.report {"platform":"meet","state":"lobby"}']);
    expect(globals.starboardLoader?.platform).toBe('meet');
  });

  it('asks for the panel once the call is joined, once', async () => {
    loadFixture('meet', 'lobby');
    runCallLoader(ctx, 'meet', meet);
    document.body.innerHTML = fixtureBody('meet', 'in-call');
    await advance(300);
    expect(requests()).toEqual([
      'call.report {"platform":"meet","state":"lobby"}',
      'call.report {"platform":"meet","state":"in-call"}',
      'frame.mount {}',
    ]);
    expect(globals.starboardLoader?.expandOnMount).toBe(false);
    await advance(60_000);
    expect(requests('frame.mount')).toHaveLength(1);
  });

  it('tells the frame about a share in the same task as the share event', async () => {
    loadFixture('meet', 'in-call');
    runCallLoader(ctx, 'meet', meet);
    const frame = fakeFrame();
    emitShare(document, true);
    expect(frame.share).toHaveBeenCalledWith(true);
    expect(globals.starboardLoader?.sharing).toBe(true);
    await advance(0);
    expect(requests('call.share')).toEqual(['call.share {"sharing":true}']);
  });

  it('latches: the page may hide the panel, never show it (a spoofed end, a flood of flips)', async () => {
    loadFixture('meet', 'in-call');
    runCallLoader(ctx, 'meet', meet);
    const frame = fakeFrame();
    emitShare(document, true);
    // The page dispatches the guard's own event with detail:false during its live share.
    document.dispatchEvent(new CustomEvent('starboard:share:5f3a9c2e', { detail: false }));
    expect(frame.share).not.toHaveBeenCalledWith(false);
    expect(globals.starboardLoader?.sharing).toBe(true);
    for (let i = 0; i < 5_000; i++) emitShare(document, i % 2 === 0);
    expect(frame.share).not.toHaveBeenCalledWith(false);
    // Every "sharing" re-hides (a panel the user opened meanwhile too), but the background hears once.
    expect(frame.share).toHaveBeenLastCalledWith(true);
    await advance(0);
    expect(requests('call.share')).toEqual(['call.share {"sharing":true}']);
  });

  it('opens the latch when the call ends', async () => {
    loadFixture('meet', 'in-call');
    runCallLoader(ctx, 'meet', meet);
    const frame = fakeFrame();
    await advance(300);
    emitShare(document, true);
    document.body.innerHTML = fixtureBody('meet', 'ended');
    await advance(300);
    expect(frame.share).toHaveBeenLastCalledWith(false);
    expect(globals.starboardLoader?.sharing).toBe(false);
    expect(requests('call.share')).toEqual(['call.share {"sharing":true}', 'call.share {"sharing":false}']);
  });

  it('ignores share events that do not carry a boolean', () => {
    loadFixture('meet', 'in-call');
    runCallLoader(ctx, 'meet', meet);
    const frame = fakeFrame();
    document.dispatchEvent(new CustomEvent('starboard:share:5f3a9c2e', { detail: 'yes' }));
    expect(frame.share).not.toHaveBeenCalled();
  });

  it('falls back on the app’s own presenting indicator, read with the watcher', async () => {
    loadFixture('meet', 'in-call');
    runCallLoader(ctx, 'meet', meet);
    const frame = fakeFrame();
    const icon = document.querySelector('[data-present] i')!;
    icon.textContent = 'stop_screen_share';
    await advance(300);
    expect(frame.share).toHaveBeenCalledWith(true);
    // The indicator going away is the page's word too: it does not show the panel.
    icon.textContent = 'present_to_all';
    await advance(300);
    expect(frame.share).not.toHaveBeenCalledWith(false);
    // Presenting again hides again.
    icon.textContent = 'stop_screen_share';
    await advance(300);
    expect(frame.share).toHaveBeenCalledTimes(2);
  });

  it('removes the frame when the app routes away from the call, not when the call merely ends', async () => {
    loadFixture('meet', 'in-call');
    runCallLoader(ctx, 'meet', meet);
    const frame = fakeFrame();
    document.body.innerHTML = fixtureBody('meet', 'ended');
    await advance(300);
    expect(requests('call.report').at(-1)).toBe('call.report {"platform":"meet","state":"ended"}');
    expect(frame.remove).not.toHaveBeenCalled();

    document.body.innerHTML = fixtureBody('meet', 'in-call');
    await advance(300);
    setUrl('https://meet.google.com/landing');
    document.body.innerHTML = '<main></main>';
    await advance(300);
    expect(frame.remove).toHaveBeenCalledTimes(1);
  });

  it('on any other site asks for the panel at once, open', async () => {
    setUrl('https://calls.example.org/room/42');
    runCallLoader(ctx, 'generic');
    await advance(0);
    expect(requests()).toEqual(['frame.mount {}']);
    expect(globals.starboardLoader?.expandOnMount).toBe(true);
  });

  it('hands a second loader in the same tab over to the first, which shows its panel', async () => {
    loadFixture('meet', 'in-call');
    runCallLoader(ctx, 'meet', meet);
    const frame = fakeFrame();
    const second = fakeContext();
    runCallLoader(second, 'generic');
    expect(frame.expand).toHaveBeenCalledTimes(1);
    expect(globals.starboardLoader?.platform).toBe('meet');
    second.invalidate();
  });

  it('shows the panel when the background asks before there is a frame, and only the background', async () => {
    loadFixture('meet', 'lobby');
    runCallLoader(ctx, 'meet', meet);
    const respond = vi.fn();
    const toggle = { type: 'starboard/frame', action: 'toggle' };
    await fakeBrowser.runtime.onMessage.trigger(
      toggle,
      { id: fakeBrowser.runtime.id, tab: { id: 1 } as never },
      respond,
    );
    await fakeBrowser.runtime.onMessage.trigger(toggle, { id: 'another-extension' }, respond);
    await advance(0);
    expect(requests('frame.mount')).toEqual([]);
    expect(respond).not.toHaveBeenCalled();

    await fakeBrowser.runtime.onMessage.trigger(toggle, { id: fakeBrowser.runtime.id }, respond);
    await advance(0);
    expect(requests('frame.mount')).toEqual(['frame.mount {}']);
    expect(globals.starboardLoader?.expandOnMount).toBe(true);
    expect(respond).toHaveBeenCalledWith(true);
  });

  it('stops everything and removes the frame when its context is invalidated', async () => {
    loadFixture('meet', 'lobby');
    runCallLoader(ctx, 'meet', meet);
    const frame = fakeFrame();
    ctx.invalidate();
    expect(frame.remove).toHaveBeenCalled();
    expect(globals.starboardLoader).toBeUndefined();
    document.body.innerHTML = fixtureBody('meet', 'in-call');
    emitShare(document, true);
    await advance(60_000);
    expect(requests()).toEqual(['call.report {"platform":"meet","state":"lobby"}']);
  });
});

describe('the loader’s answer to the popup’s report request', () => {
  type Listener = (message: unknown, sender: { id?: string; tab?: unknown }, respond: (a: unknown) => void) => void;
  function capture(): () => Listener {
    const spy = vi.spyOn(fakeBrowser.runtime.onMessage, 'addListener');
    return () => spy.mock.calls.at(-1)![0] as unknown as Listener;
  }
  const ask = (listener: Listener, sender: { id?: string; tab?: unknown } = { id: fakeBrowser.runtime.id }) => {
    const respond = vi.fn();
    listener({ type: 'starboard/report' }, sender, respond);
    return respond;
  };

  it('lists each change of the adapter’s verdict with its time, the current one last, and the signals', async () => {
    const listener = capture();
    loadFixture('meet', 'lobby');
    runCallLoader(ctx, 'meet', meet);
    await advance(300);
    document.body.innerHTML = fixtureBody('meet', 'in-call');
    await advance(300);
    const respond = ask(listener());
    const answer = respond.mock.calls[0]![0] as {
      platform: string;
      url: string;
      signals: Array<{ name: string; found: boolean }>;
      verdicts: Array<{ at: number; state: string | null }>;
    };
    expect(answer.platform).toBe('meet');
    expect(answer.url).toBe(location.href);
    expect(answer.verdicts.map((v) => v.state)).toEqual(['lobby', 'in-call', 'in-call']);
    expect(answer.verdicts.every((v) => typeof v.at === 'number')).toBe(true);
    expect(answer.signals.length).toBeGreaterThan(0);
    expect(answer.signals.some((s) => s.found)).toBe(true);
  });

  it('keeps only the last 20 changes', async () => {
    const listener = capture();
    loadFixture('meet', 'lobby');
    runCallLoader(ctx, 'meet', meet);
    for (let i = 0; i < 15; i++) {
      document.body.innerHTML = fixtureBody('meet', 'in-call');
      await advance(300);
      document.body.innerHTML = '<main></main>';
      await advance(300);
    }
    const answer = ask(listener()).mock.calls[0]![0] as { verdicts: unknown[] };
    expect(answer.verdicts).toHaveLength(21);
  });

  it('answers nobody but the extension outside a tab', async () => {
    const listener = capture();
    loadFixture('meet', 'lobby');
    runCallLoader(ctx, 'meet', meet);
    expect(ask(listener(), { id: fakeBrowser.runtime.id, tab: { id: 1 } })).not.toHaveBeenCalled();
    expect(ask(listener(), { id: 'another-extension' })).not.toHaveBeenCalled();
  });
});
