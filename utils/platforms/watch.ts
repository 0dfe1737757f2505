import type { CallState } from '@/utils/model';
import type { PlatformAdapter } from './types';

export type WatchOptions = {
  /** Quiet time after the last DOM change before the page is read. */
  debounceMs?: number;
  /** Longest a read may be put off: call pages never stop mutating (captions, speaking rings, chat). */
  maxWaitMs?: number;
  /** The safety-net read, for changes no observer sees (SPA navigation, a frame reloading in place). */
  fallbackMs?: number;
  /** How long an in-call (or waiting) page may show no recognisable state before it counts as ended. */
  lostMs?: number;
};

/**
 * Reports the call's state transitions on a page: the current state at once (synchronously), then each change, never
 * the same state twice in a row. An `ended` before any other state is dropped: there is no call to end.
 *
 * Event-driven: a MutationObserver on the adapter's root only (re)arms a timer; the page is read when it fires. The
 * only periodic work is the fallback read every `fallbackMs`. Survives the platform swapping its DOM wholesale:
 * every read re-resolves the root and moves the observer if the root changed. A page that stops showing any state
 * while in a call (Teams back to chat, Zoom's frame gone) or while waiting to be let in (a denied request: Meet drops
 * the call controls) reads as ended after `lostMs`; an end that follows only waiting leaves nothing behind, since no
 * call was ever opened. With `adapter.lobbyEndsCall`, a pre-join screen after the call (Zoom returns to its preview at
 * the same URL) reports `ended` before `lobby`. `pagehide` is not an end:
 * a reload mid-call (back to the lobby, then rejoined) is the same call; the background ends it when the tab closes
 * or leaves the meeting's address.
 *
 * Returns stop(), which removes every observer, listener and timer.
 */
export function watchCallState(
  adapter: PlatformAdapter,
  doc: Document,
  onChange: (state: CallState) => void,
  opts: WatchOptions = {},
): () => void {
  const { debounceMs = 250, maxWaitMs = 1000, fallbackMs = 15_000, lostMs = 5000 } = opts;
  const win = doc.defaultView;
  const observer = new MutationObserver(schedule);
  let last: CallState | undefined;
  let root: Node | null = null;
  let pending: ReturnType<typeof setTimeout> | undefined;
  let pendingSince = 0;
  let fallback: ReturnType<typeof setTimeout> | undefined;
  let lost: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;

  function schedule(): void {
    if (stopped) return;
    const now = Date.now();
    if (pending === undefined) pendingSince = now;
    else clearTimeout(pending);
    pending = setTimeout(check, Math.max(0, Math.min(debounceMs, pendingSince + maxWaitMs - now)));
  }

  function report(state: CallState): void {
    if (state === last || (state === 'ended' && last === undefined)) return;
    if (state === 'lobby' && last === 'in-call' && adapter.lobbyEndsCall) report('ended');
    // onChange may have called stop() during that report.
    if (stopped) return;
    last = state;
    onChange(state);
  }

  const mayBeLost = () => last === 'in-call' || last === 'waiting';

  function attach(): void {
    const next = adapter.observeRoot?.(doc) ?? doc.body ?? doc.documentElement;
    if (next === root) return;
    root = next;
    observer.disconnect();
    if (!next) return;
    const attributeFilter = adapter.observeAttributes;
    observer.observe(next, {
      childList: true,
      subtree: true,
      ...(attributeFilter ? { attributeFilter: [...attributeFilter] } : {}),
    });
    // Swapping the root out is a change to its parent's children, which the root's own subtree never sees.
    for (let node = next.parentNode; node; node = node.parentNode) observer.observe(node, { childList: true });
    // A root inside a frame: the outer page may drop or replace the frame itself.
    if ((next.ownerDocument ?? next) !== doc && doc.documentElement) {
      observer.observe(doc.documentElement, { childList: true, subtree: true });
    }
  }

  function check(): void {
    clearTimeout(pending);
    pending = undefined;
    // A record delivered just before stop() must not re-attach the observer.
    if (stopped) return;
    attach();
    const state = adapter.detect(doc);
    if (state !== null) {
      clearTimeout(lost);
      lost = undefined;
      report(state);
    } else if (mayBeLost() && lost === undefined) {
      lost = setTimeout(() => {
        lost = undefined;
        if (mayBeLost()) report(adapter.detect(doc) ?? 'ended');
      }, lostMs);
    }
  }

  function tick(): void {
    check();
    // onChange may have called stop() during that read.
    if (!stopped) fallback = setTimeout(tick, fallbackMs);
  }

  // A frame navigating in place replaces its document without a single mutation in ours; its load event does reach us.
  const onLoad = (event: Event) => {
    if ((event.target as Element | null)?.nodeName === 'IFRAME') schedule();
  };

  doc.addEventListener('load', onLoad, true);
  doc.addEventListener('visibilitychange', check);
  win?.addEventListener('pageshow', check);
  tick();

  return () => {
    stopped = true;
    observer.disconnect();
    clearTimeout(pending);
    clearTimeout(fallback);
    clearTimeout(lost);
    doc.removeEventListener('load', onLoad, true);
    doc.removeEventListener('visibilitychange', check);
    win?.removeEventListener('pageshow', check);
  };
}
