import type { PlatformAdapter } from './types';

/**
 * Zoom web client (app.zoom.us/wc/…, <vanity>.zoom.us/wc/…). The client renders inside a same-origin
 * `iframe#webclient`; older builds and some embeds render straight into the page, so both documents are read.
 * Signals are element ids and BEM class names of the client's own components, never their (translated) labels:
 *
 * - in-call: the footer's audio menu `#audioOptionMenu`, the leave button `.footer__leave-btn`, or the joined-audio
 *   toggle `.join-audio-container__btn`. The leave-confirmation dialog is a modal over that footer, so a user who
 *   opens it and cancels never reads as ended.
 * - lobby: the preview screen's `#preview-audio-control-button` / `#preview-video-control-button`, its
 *   `.preview-join-button`, or the name field `#input-for-name`.
 * - ended: the /wc/leave (or /wc/<id>/leave) page, or a `.zm-modal` with neither footer nor preview behind it (the
 *   "meeting has been ended by the host" dialog). The frame vanishing after a call is left to the watcher, which ends
 *   a call whose page stops showing any state.
 */

const IN_CALL = '#audioOptionMenu,.footer__leave-btn,.join-audio-container__btn';
const LOBBY = '#preview-audio-control-button,#preview-video-control-button,.preview-join-button,#input-for-name';
const LEAVE_PATH = /^\/wc\/(?:[^/]+\/)?leave(?:\/|$)/;

/** The web client's own document: the frame's when there is one and it is reachable, else the page's. */
export function zoomClientDocument(doc: Document): Document {
  const frame = doc.querySelector<HTMLIFrameElement>('iframe#webclient');
  try {
    return frame?.contentDocument ?? doc;
  } catch {
    // A cross-origin frame throws in some engines instead of returning null.
    return doc;
  }
}

export const zoom: PlatformAdapter = {
  platform: 'zoom',
  detect(doc) {
    const path = doc.location?.pathname;
    if (path !== undefined && LEAVE_PATH.test(path)) return 'ended';
    const client = zoomClientDocument(doc);
    const has = (selector: string) =>
      client.querySelector(selector) ?? (client === doc ? null : doc.querySelector(selector));
    if (has(IN_CALL)) return 'in-call';
    if (has(LOBBY)) return 'lobby';
    return has('.zm-modal') ? 'ended' : null;
  },
  observeRoot(doc) {
    const client = zoomClientDocument(doc);
    return client.body ?? client.documentElement;
  },
};
