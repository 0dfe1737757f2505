import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { CallState, Platform } from '@/utils/model';
import { onShare } from '@/utils/platforms/share-guard';
import type { PlatformAdapter } from '@/utils/platforms/types';
import { watchCallState } from '@/utils/platforms/watch';
import { globals, type LoaderGlobal } from './globals';
import { asksForReport, asksToShow } from './guards';
import { sendToBackground } from './report';

/**
 * The call-page content script for one platform, kept tiny because it runs on every page of the platform (every
 * Teams chat, Meet's home page):
 *
 * - reports the call's lifecycle (`call.report`) as the adapter's watcher sees it;
 * - once the call is joined (never in the lobby) asks the background to inject the panel frame (`frame.mount`,
 *   entrypoints/panel-frame.ts), which it keeps after the call ends, for the journal draft; the frame goes only with
 *   the page, or when the app routes away from the call's address;
 * - knows whether the screen is being shared (the MAIN-world share guard's event, or the app's own presenting state
 *   read alongside each watcher read) and tells the frame at once, and the background (`call.share`). Both signals
 *   come from the page, which may lie, so they are a one-way latch: any "sharing" hides the frame (again, even one the
 *   user opened during an earlier share), no "not sharing" shows it. Only the user (a trusted click on the slim tab
 *   in the closed root) or the end of the call brings it back; the background hears of a share once per latch;
 * - with no adapter (any other site, injected on the user's request) asks for the panel at once: the call is then
 *   started and ended from the panel.
 *
 * It never receives anything private: its only inputs are the page's structure and the share event's boolean.
 */
export function runCallLoader(ctx: ContentScriptContext, platform: Platform, adapter?: PlatformAdapter): void {
  if (globals.starboardLoader) {
    globals.starboardLoader.show();
    return;
  }
  let pagePresenting = false;
  let callPath = '';

  const self: LoaderGlobal = {
    platform,
    sharing: false,
    expandOnMount: false,
    show: () => requestFrame(true),
    shareOver,
  };
  globals.starboardLoader = self;

  function requestFrame(expand: boolean): void {
    callPath = location.pathname;
    if (globals.starboardFrame) {
      if (expand) globals.starboardFrame.expand();
      return;
    }
    self.expandOnMount ||= expand;
    sendToBackground('frame.mount', {}).catch(() => {});
  }

  // No debounce for hiding: the frame must leave the shared screen before the share's first frames are sent. A
  // page flooding the signal only re-hides the frame; the background hears once per latch.
  function shareSeen(): void {
    globals.starboardFrame?.share(true);
    if (self.sharing) return;
    self.sharing = true;
    sendToBackground('call.share', { sharing: true }).catch(() => {});
  }

  /** The call ended, or the user opened the panel from its slim tab: the latch opens (a new share closes it again). */
  function shareOver(): void {
    if (!self.sharing) return;
    self.sharing = false;
    globals.starboardFrame?.share(false);
    sendToBackground('call.share', { sharing: false }).catch(() => {});
  }

  // A `false` is ignored: the page can dispatch this event too, and a page that could show the panel during its own
  // share could capture it (tab capture of itself).
  const stopShare = onShare(document, (sharing) => {
    if (sharing) shareSeen();
  });

  // The adapter's last reads, each when it changed, for the popup's detection report (no page text: states only).
  const verdicts: Array<{ at: number; state: CallState | null }> = [];
  const note = (state: CallState | null) => {
    if (verdicts.at(-1)?.state !== state && verdicts.push({ at: Date.now(), state }) > 20) verdicts.shift();
    return state;
  };

  // Before the frame exists, a shortcut or popup asking for the panel reaches only this script. The popup's report
  // request is answered here always: the raw URL goes to our own popup only, which reduces it to its form.
  const onMessage = (message: unknown, sender: { id?: string; tab?: unknown }, respond: (answer: unknown) => void) => {
    if (asksForReport(message, sender, browser.runtime.id)) {
      respond({
        url: location.href,
        platform,
        signals: adapter?.signals?.(document) ?? [],
        verdicts: adapter ? [...verdicts, { at: Date.now(), state: adapter.detect(document) }] : [],
      });
      return;
    }
    if (globals.starboardFrame || !asksToShow(message, sender, browser.runtime.id)) return;
    requestFrame(true);
    respond(true);
  };
  browser.runtime.onMessage.addListener(onMessage);

  let stopWatch = () => {};
  if (adapter) {
    const isPresenting = adapter.isPresenting;
    // The watcher's reads double as the presenting check (no second observer on a page that never stops mutating)
    // and as the report's verdicts. Presenting only ever hides: the share signal is a one-way latch.
    const watched: PlatformAdapter = {
      ...adapter,
      detect(doc) {
        const presenting = isPresenting?.(doc) ?? false;
        if (presenting && !pagePresenting) shareSeen();
        pagePresenting = presenting;
        return note(adapter.detect(doc));
      },
    };
    stopWatch = watchCallState(watched, document, (state) => {
      sendToBackground('call.report', { platform, state }).catch(() => {
        if (!browser.runtime?.id) ctx.abort();
      });
      if (state === 'in-call') requestFrame(false);
      else if (state === 'ended') {
        shareOver();
        if (location.pathname !== callPath) globals.starboardFrame?.remove();
      }
    });
  } else {
    requestFrame(true);
  }

  ctx.onInvalidated(() => {
    stopWatch();
    stopShare();
    browser.runtime.onMessage.removeListener(onMessage);
    globals.starboardFrame?.remove();
    globals.starboardLoader = undefined;
  });
}
