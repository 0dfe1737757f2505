import { defineContentScript } from 'wxt/utils/define-content-script';
import { emitShare, guardChildFrames, installShareGuard } from '@/utils/platforms/share-guard';

/**
 * The only script in the page's own world: it must wrap getDisplayMedia before the app keeps a reference to it,
 * hence document_start. Registered here for Meet, at runtime for Zoom and Teams (in all their frames: Zoom's client
 * shares from its own frame), and injected with the generic loader. It tells the loader in the top frame, which may
 * be this frame's parent: the event carries a boolean and nothing else.
 */
export default defineContentScript({
  // A literal, not LOADER_MATCHES: WXT keeps the options object in the bundle (tests/unit/call-page checks they agree).
  matches: ['https://meet.google.com/*'],
  world: 'MAIN',
  runAt: 'document_start',
  // Every frame, about:blank and srcdoc ones included (matched by their parent's origin): a share from any of them
  // shows the call tab. guardChildFrames covers frames the page reaches into before any content script ran there.
  allFrames: true,
  matchAboutBlank: true,
  main() {
    const notify = (sharing: boolean) => emitShare(topDocument(), sharing);
    installShareGuard(window, notify);
    guardChildFrames(window, notify);
  },
});

function topDocument(): Document {
  try {
    return window.top?.document ?? document;
  } catch {
    // A cross-origin parent: the top frame's loader cannot hear this frame, and no DOM signal can cross either.
    return document;
  }
}
