import { type PlatformAdapter, selectorSignals } from './types';

/**
 * Zoom web client (app.zoom.us/wc/…, <vanity>.zoom.us/wc/…, the same on zoom.com and zoomgov.com: hosts.ts). The
 * client renders inside a same-origin `iframe#webclient`, or straight into the top page at app.zoom.us/wc/<id>/join
 * (screenappai/meeting-bot, src/bots/ZoomBot.ts tries both containers), so both documents are read. Signals are
 * element ids and BEM class names of the client's own components, never their (translated) labels (Vexa-ai/vexa,
 * services/vexa-bot/core/src/platforms/zoom/web/selectors.ts, "verified from live DOM inspection"):
 *
 * - in-call: the footer's audio menu `#audioOptionMenu`, the joined-audio toggle `.join-audio-container__btn`, the
 *   leave button `.footer__leave-btn`, or, in the 2026 footer that dropped that class, any button in
 *   `.footer__leave-btn-container` or `#wc-footer` (`footer-button-base__button`). The leave-confirmation dialog and
 *   the recording-consent dialog are modals over that footer, so neither reads as ended.
 * - lobby: the preview screen's `#preview-audio-control-button` / `#preview-video-control-button`, its
 *   `.preview-join-button`, or the name field `#input-for-name`. The client returns to this preview at the same URL
 *   after a call, so a preview after the call ends it (`lobbyEndsCall`).
 * - ended: the /wc/leave (or /wc/<id>/leave) page, or a `.zm-modal` with neither footer nor preview behind it ("This
 *   meeting has been ended by host", `.zm-modal-body-title` in the Vexa selectors). The frame vanishing after a
 *   call is left to the watcher, which ends a call whose page stops showing any state.
 * - The waiting room ("the host will let you in soon") has no class or id of its own (the Vexa selectors match its
 *   English text only): neither preview nor footer, so it reads null and the watcher keeps `lobby`.
 */

const SELECTORS = {
  footer:
    '#audioOptionMenu,.join-audio-container__btn,.footer__leave-btn,.footer__leave-btn-container button,#wc-footer button',
  preview: '#preview-audio-control-button,#preview-video-control-button,.preview-join-button,#input-for-name',
  modal: '.zm-modal',
  webclientFrame: 'iframe#webclient',
} as const;
const LEAVE_PATH = /^\/wc\/(?:[^/]+\/)?leave(?:\/|$)/;

/** The web client's own document: the frame's when there is one and it is reachable, else the page's. */
export function zoomClientDocument(doc: Document): Document {
  const frame = doc.querySelector<HTMLIFrameElement>(SELECTORS.webclientFrame);
  try {
    return frame?.contentDocument ?? doc;
  } catch {
    // A cross-origin frame throws in some engines instead of returning null.
    return doc;
  }
}

/** The documents to read: the client's, and the page's too while the frame is a blank placeholder. */
function documents(doc: Document): Document[] {
  const client = zoomClientDocument(doc);
  return client === doc ? [doc] : [client, doc];
}

export const zoom: PlatformAdapter = {
  platform: 'zoom',
  detect(doc) {
    const path = doc.location?.pathname;
    if (path !== undefined && LEAVE_PATH.test(path)) return 'ended';
    const docs = documents(doc);
    const has = (selector: string) => docs.some((d) => d.querySelector(selector) !== null);
    if (has(SELECTORS.footer)) return 'in-call';
    if (has(SELECTORS.preview)) return 'lobby';
    return has(SELECTORS.modal) ? 'ended' : null;
  },
  observeRoot(doc) {
    const client = zoomClientDocument(doc);
    return client.body ?? client.documentElement;
  },
  lobbyEndsCall: true,
  signals(doc) {
    const path = doc.location?.pathname ?? '';
    return [{ name: 'leave-path', found: LEAVE_PATH.test(path) }, ...selectorSignals(SELECTORS, documents(doc))];
  },
};
