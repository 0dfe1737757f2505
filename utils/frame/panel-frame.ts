import { browser } from 'wxt/browser';
import type { FrameSight, LoaderMessage } from '@/utils/frame/protocol';
import { mountPanelFrame } from './frame';
import { type FrameEvent, type FrameState, hiddenBySharing, isCollapsed, reduceFrame } from './frame-state';
import { globals } from './globals';
import { readLoaderMessage } from './guards';
import {
  type FramePrefs,
  framePrefsKey,
  HIDE_WHILE_SHARING_KEY,
  mergeFramePrefs,
  readFramePrefs,
  readHideWhileSharing,
} from './prefs';

/**
 * The panel frame in a call tab, injected by the background when the loader asks (`panel.mount`): only calls pay
 * for it. Draws the frame (./frame.ts), remembers its geometry, collapsed state and opacity per platform, hides it
 * while the screen is shared, and obeys frame messages from the background. Nothing private comes in: its inputs
 * are its own prefs, the loader's share state and the background's frame commands.
 */
export async function runPanelFrame(): Promise<void> {
  const loader = globals.starboardLoader;
  if (globals.starboardFrame || !loader) return;
  const key = framePrefsKey(loader.platform);
  // The stored prefs are one round trip away; the panel page starts loading now, in a frame drawn hidden (neither
  // the panel nor its slim tab) until they are here. Anything the loader asks meanwhile (a share, "show") waits in
  // `early` and is applied on top of them, so the first frame drawn is already right.
  const stored = browser.storage.local.get([key, HIDE_WHILE_SHARING_KEY]);
  let ready = false;
  const early: FrameEvent[] = [];

  let prefs: FramePrefs = readFramePrefs(undefined);
  let state: FrameState = { collapsed: true, sharing: loader.sharing, hideWhileSharing: true, shownAnyway: false };
  let badge = false;
  let draft = false;
  /** performance.now() when the panel was last drawn open; 0 while collapsed or hidden for sharing. */
  let shownSince = 0;

  function render(): void {
    if (!ready) return;
    // Every change of state is drawn here, in its own task: the answer to 'starboard/sight' is never stale.
    if (isCollapsed(state)) shownSince = 0;
    else shownSince ||= performance.now();
    frame.render({
      rect: prefs.rect,
      collapsed: isCollapsed(state),
      sharing: hiddenBySharing(state),
      badge,
      draft,
      opacity: prefs.opacity,
    });
  }

  function save(patch: Partial<FramePrefs>): void {
    prefs = mergeFramePrefs(prefs, patch);
    browser.storage.local.set({ [key]: prefs }).catch(() => {});
  }

  // Only the user's own choice is remembered: a share hides the frame without touching `collapsed`.
  function dispatch(event: FrameEvent): void {
    if (!ready) {
      early.push(event);
      return;
    }
    state = reduceFrame(state, event);
    // Opened, the panel shows the journal draft itself: the tab's "draft ready" has been read.
    if (!isCollapsed(state)) draft = false;
    if (state.collapsed !== prefs.collapsed) save({ collapsed: state.collapsed });
    render();
  }

  const frame = mountPanelFrame(document, browser.runtime.getURL('/panel.html'), {
    onToggle() {
      // The user's own click on "Hidden while sharing" (trusted, in the closed root) is the one way the page's
      // share latch opens mid-call: the frame is then as the user has it, and a new share hides it again.
      if (hiddenBySharing(state)) {
        loader.shareOver();
        dispatch({ type: 'expand' });
      } else dispatch({ type: 'toggle' });
      frame.focus(isCollapsed(state) ? 'tab' : 'frame');
    },
    onRect(rect, done) {
      if (done) save({ rect });
      else prefs = { ...prefs, rect };
      render();
    },
  });

  function handle(message: LoaderMessage): boolean | FrameSight {
    if (message.type === 'starboard/sight') return shownSince && performance.now() - shownSince;
    if (message.type === 'starboard/badge') {
      badge = message.on;
      render();
    } else if (message.type === 'starboard/label') {
      // Only a collapsed frame hides the draft; an open one is showing it already.
      draft = isCollapsed(state);
      render();
    } else if (message.action === 'opacity') {
      save({ opacity: message.value });
      render();
    } else {
      dispatch({ type: message.action });
    }
    return true;
  }

  const onMessage = (
    message: unknown,
    sender: { id?: string; tab?: unknown },
    respond: (answer: boolean | FrameSight) => void,
  ) => {
    const valid = readLoaderMessage(message, sender, browser.runtime.id);
    if (valid) respond(handle(valid));
  };
  // The dashboard's settings, live: hiding while sharing, and the opacity it sets for every platform.
  const onStorage = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local') return;
    const hide = changes[HIDE_WHILE_SHARING_KEY];
    const own = changes[key];
    if (own) prefs = { ...prefs, opacity: readFramePrefs(own.newValue).opacity };
    if (hide) dispatch({ type: 'hide-while-sharing', on: readHideWhileSharing(hide.newValue) });
    else render();
  };
  // Set before the prefs arrive: a second injection racing this one finds the frame and does nothing.
  let removed = false;
  globals.starboardFrame = {
    share: (sharing) => dispatch({ type: 'share', sharing }),
    expand: () => dispatch({ type: 'expand' }),
    remove() {
      removed = true;
      browser.runtime.onMessage.removeListener(onMessage);
      browser.storage.onChanged.removeListener(onStorage);
      frame.remove();
      globals.starboardFrame = undefined;
    },
  };

  const values = await stored.catch(() => ({}) as Record<string, unknown>);
  if (removed) return;
  prefs = readFramePrefs(values[key]);
  state = {
    collapsed: prefs.collapsed,
    sharing: loader.sharing,
    hideWhileSharing: readHideWhileSharing(values[HIDE_WHILE_SHARING_KEY]),
    shownAnyway: false,
  };
  ready = true;
  browser.runtime.onMessage.addListener(onMessage);
  browser.storage.onChanged.addListener(onStorage);
  for (const event of early.splice(0)) state = reduceFrame(state, event);
  if (state.collapsed !== prefs.collapsed) save({ collapsed: state.collapsed });
  if (loader.expandOnMount) dispatch({ type: 'expand' });
  else render();
}
