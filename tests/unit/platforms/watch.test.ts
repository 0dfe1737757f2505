import type { CallState } from '@/utils/model';
import { meet } from '@/utils/platforms/meet';
import { teams } from '@/utils/platforms/teams';
import type { PlatformAdapter } from '@/utils/platforms/types';
import { type WatchOptions, watchCallState } from '@/utils/platforms/watch';
import { zoom } from '@/utils/platforms/zoom';
import { fixtureBody, loadFixture, resetDocument, setUrl, zoomFrame, zoomInner } from './page';

let stop: (() => void) | undefined;

function watch(adapter: PlatformAdapter, opts?: WatchOptions): CallState[] {
  const changes: CallState[] = [];
  stop = watchCallState(adapter, document, (state) => changes.push(state), opts);
  return changes;
}

/** Lets pending MutationObserver callbacks run, then moves the clock. */
async function advance(ms: number): Promise<void> {
  await Promise.resolve();
  await vi.advanceTimersByTimeAsync(ms);
}

function innerBody(state: CallState): string {
  return new DOMParser().parseFromString(zoomInner(state), 'text/html').body.innerHTML;
}

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  stop?.();
  stop = undefined;
  vi.useRealTimers();
  resetDocument();
});

describe('watchCallState', () => {
  it('reports the current state at once', () => {
    loadFixture('meet', 'lobby');
    expect(watch(meet)).toEqual(['lobby']);
  });

  it('reports lobby → in-call once, only after the debounce', async () => {
    loadFixture('meet', 'lobby');
    const changes = watch(meet);
    document.body.innerHTML = fixtureBody('meet', 'in-call');
    await advance(249);
    expect(changes).toEqual(['lobby']);
    await advance(1);
    expect(changes).toEqual(['lobby', 'in-call']);
    await advance(60_000);
    expect(changes).toEqual(['lobby', 'in-call']);
  });

  it('reads a burst of mutations once, after it settles', async () => {
    loadFixture('meet', 'in-call');
    const detect = vi.spyOn(meet, 'detect');
    watch(meet);
    const stage = document.querySelector('[data-busy]')!;
    for (let i = 0; i < 20; i++) {
      stage.append(document.createElement('span'));
      await advance(20);
    }
    expect(detect).toHaveBeenCalledTimes(1);
    await advance(250);
    expect(detect).toHaveBeenCalledTimes(2);
  });

  it('is neither starved nor kept busy by a page that never stops mutating', async () => {
    loadFixture('teams', 'in-call');
    const detect = vi.spyOn(teams, 'detect');
    const changes = watch(teams);
    const stage = document.querySelector('[data-busy]')!;
    const busy = setInterval(() => stage.append(document.createElement('span')), 50);
    await advance(3000);
    const reads = detect.mock.calls.length;
    // 60 mutation batches in 3 s, read at most once per maxWait (1 s), plus the initial read.
    expect(reads).toBeGreaterThanOrEqual(3);
    expect(reads).toBeLessThanOrEqual(5);
    document.querySelector('[data-go="ended"]')!.closest('#hangup-button')!.remove();
    document.querySelector('main')!.setAttribute('data-tid', 'call-ended-screen');
    await advance(1000);
    expect(changes).toEqual(['in-call', 'ended']);
    clearInterval(busy);
  });

  it('does no work while the page is idle beyond the slow fallback read', async () => {
    loadFixture('meet', 'in-call');
    const detect = vi.spyOn(meet, 'detect');
    watch(meet);
    expect(vi.getTimerCount()).toBe(1);
    await advance(60_000);
    // The initial read and one fallback read every 15 s.
    expect(detect).toHaveBeenCalledTimes(5);
  });

  it('never reports the same state twice', async () => {
    loadFixture('meet', 'in-call');
    const changes = watch(meet);
    for (let i = 0; i < 5; i++) {
      document.body.innerHTML = fixtureBody('meet', 'in-call');
      await advance(300);
      document.dispatchEvent(new Event('visibilitychange'));
    }
    await advance(60_000);
    expect(changes).toEqual(['in-call']);
  });

  it('keeps reading after the platform replaces the whole body (replaceChildren)', async () => {
    loadFixture('meet', 'in-call');
    const changes = watch(meet);
    const fresh = new DOMParser().parseFromString(fixtureBody('meet', 'in-call'), 'text/html').body;
    document.body.replaceChildren(...Array.from(fresh.childNodes, (node) => document.importNode(node, true)));
    await advance(300);
    expect(changes).toEqual(['in-call']);
    // The flip happens in the new tree, as an attribute: both must be observed.
    document.querySelector('[data-call-ended]')!.setAttribute('data-call-ended', 'true');
    await advance(250);
    expect(changes).toEqual(['in-call', 'ended']);
  });

  it('moves the observer to a new <body> element at once, without waiting for the fallback', async () => {
    loadFixture('meet', 'in-call');
    const changes = watch(meet);
    const fresh = document.createElement('body');
    fresh.innerHTML = fixtureBody('meet', 'in-call');
    document.documentElement.replaceChild(fresh, document.body);
    await advance(300);
    expect(changes).toEqual(['in-call']);
    fresh.innerHTML = fixtureBody('meet', 'ended');
    await advance(250);
    expect(changes).toEqual(['in-call', 'ended']);
  });

  it('re-attaches on the fallback read when the root moves where no observer sees it', async () => {
    const moving: PlatformAdapter = {
      platform: 'generic',
      detect: (doc) =>
        (doc.querySelector('[data-live] [data-s]')?.getAttribute('data-s') as CallState | undefined) ?? null,
      observeRoot: (doc) => doc.querySelector('[data-live]'),
    };
    document.body.innerHTML = '<div id="a" data-live><i data-s="lobby"></i></div><div id="b"></div>';
    const changes = watch(moving);
    const a = document.getElementById('a')!;
    const b = document.getElementById('b')!;
    a.removeAttribute('data-live');
    b.setAttribute('data-live', '');
    b.innerHTML = '<i data-s="in-call"></i>';
    await advance(1000);
    expect(changes).toEqual(['lobby']);
    await advance(14_000);
    expect(changes).toEqual(['lobby', 'in-call']);
    // Now the observer sits on the new root: its changes are read within the debounce.
    b.innerHTML = '<i data-s="ended"></i>';
    await advance(250);
    expect(changes).toEqual(['lobby', 'in-call', 'ended']);
  });

  it('follows the Zoom client frame reloading with a new document', async () => {
    loadFixture('zoom', 'lobby');
    const changes = watch(zoom);
    expect(changes).toEqual(['lobby']);
    const frame = zoomFrame();
    const before = frame.contentDocument;
    frame.setAttribute('srcdoc', zoomInner('in-call'));
    await advance(250);
    expect(frame.contentDocument).not.toBe(before);
    expect(changes).toEqual(['lobby', 'in-call']);
    frame.contentDocument!.body.innerHTML = innerBody('ended');
    await advance(250);
    expect(changes).toEqual(['lobby', 'in-call', 'ended']);
  });

  it('ends a Zoom call whose client frame is removed, once lostMs has passed', async () => {
    loadFixture('zoom', 'in-call');
    const changes = watch(zoom);
    zoomFrame().remove();
    await advance(5000);
    expect(changes).toEqual(['in-call']);
    await advance(300);
    expect(changes).toEqual(['in-call', 'ended']);
  });

  it('does not end a call over a brief re-render with no call UI, but ends one that stays gone', async () => {
    loadFixture('teams', 'in-call');
    const changes = watch(teams);
    const app = document.getElementById('app')!;
    const callUi = app.innerHTML;
    const chat = '<div data-tid="chat-pane-list"></div>';
    app.innerHTML = chat;
    await advance(2000);
    app.innerHTML = callUi;
    await advance(2000);
    // Gone again: the grace starts over rather than running out on the first absence's clock.
    app.innerHTML = chat;
    await advance(1500);
    expect(changes).toEqual(['in-call']);
    await advance(4000);
    expect(changes).toEqual(['in-call', 'ended']);
  });

  it('never ends a lobby that stops showing (waiting to be let in)', async () => {
    loadFixture('teams', 'lobby');
    const changes = watch(teams);
    document.getElementById('app')!.innerHTML = '<div class="waiting"></div>';
    await advance(60_000);
    expect(changes).toEqual(['lobby']);
    // Nothing armed but the fallback read.
    expect(vi.getTimerCount()).toBe(1);
  });

  it('does not end the call on pagehide: a reload mid-call, then rejoining, is the same call', async () => {
    loadFixture('meet', 'lobby');
    const changes = watch(meet);
    document.body.innerHTML = fixtureBody('meet', 'in-call');
    await advance(250);
    window.dispatchEvent(new Event('pagehide'));
    await advance(60_000);
    expect(changes).toEqual(['lobby', 'in-call']);
  });

  it('catches a route change with no DOM change on visibilitychange, or else on the fallback read', async () => {
    loadFixture('meet', 'in-call');
    const changes = watch(meet);
    setUrl('https://meet.google.com/landing');
    await advance(1000);
    expect(changes).toEqual(['in-call']);
    document.dispatchEvent(new Event('visibilitychange'));
    expect(changes).toEqual(['in-call', 'ended']);

    stop?.();
    loadFixture('meet', 'in-call');
    const later = watch(meet);
    setUrl('https://meet.google.com/');
    await advance(14_000);
    expect(later).toEqual(['in-call']);
    await advance(1000);
    expect(later).toEqual(['in-call', 'ended']);
  });

  it('drops an ended before any other state: a post-call page opened afresh has no call to end', async () => {
    loadFixture('meet', 'ended');
    const changes = watch(meet);
    expect(changes).toEqual([]);
    document.body.innerHTML = fixtureBody('meet', 'in-call');
    await advance(250);
    expect(changes).toEqual(['in-call']);
  });

  it('stops completely, even with a mutation record already on its way', async () => {
    loadFixture('meet', 'in-call');
    const changes = watch(meet);
    const observe = vi.spyOn(MutationObserver.prototype, 'observe');
    document.body.innerHTML = fixtureBody('meet', 'ended');
    stop?.();
    document.body.replaceChildren();
    expect(vi.getTimerCount()).toBe(0);
    window.dispatchEvent(new Event('pagehide'));
    document.dispatchEvent(new Event('visibilitychange'));
    await advance(60_000);
    expect(changes).toEqual(['in-call']);
    expect(observe).not.toHaveBeenCalled();
  });

  it('leaves no timer behind when onChange stops it during a fallback read', async () => {
    loadFixture('meet', 'in-call');
    const changes: CallState[] = [];
    stop = watchCallState(meet, document, (state) => {
      changes.push(state);
      if (state === 'ended') stop?.();
    });
    setUrl('https://meet.google.com/');
    await advance(15_000);
    expect(changes).toEqual(['in-call', 'ended']);
    expect(vi.getTimerCount()).toBe(0);
  });
});
