/**
 * Screen-share detection for the MAIN-world script. Only page script can see `getDisplayMedia` being called, and the
 * isolated content script is told through a DOM event carrying nothing but a boolean: no stream, track, label or
 * surface ever leaves the page's world. The page can dispatch the same event and lie about sharing; the worst that
 * does is hide or show the panel's "sharing" hint.
 */

/** The event the MAIN-world script dispatches on `document`; `detail` is `true` when sharing starts, `false` when it ends. */
export const SHARE_EVENT = 'starboard:share:5f3a9c2e';

/**
 * Wraps `navigator.mediaDevices.getDisplayMedia` so `notify(true)` follows the first live share and `notify(false)`
 * the moment the last shared video track ends, whether the browser ended it (its "Stop sharing" bar fires `ended`)
 * or the page called `stop()` (which fires no event, hence the wrapped `stop`). The page sees the same `this`,
 * arguments, resolved stream and rejection. Does nothing where `getDisplayMedia` is missing (insecure context, old
 * engine). Returns a function that restores the original.
 */
export function installShareGuard(win: Window, notify: (sharing: boolean) => void): () => void {
  const devices = win.navigator?.mediaDevices;
  const original = devices?.getDisplayMedia;
  if (!devices || typeof original !== 'function') return () => {};
  const hadOwn = Object.hasOwn(devices, 'getDisplayMedia');
  let live = 0;

  function watch(stream: MediaStream): void {
    const tracks = new Set(stream.getVideoTracks().filter((track) => track.readyState !== 'ended'));
    if (tracks.size === 0) return;
    if (live++ === 0) notify(true);
    const end = (track: MediaStreamTrack) => {
      if (!tracks.delete(track) || tracks.size > 0) return;
      if (--live === 0) notify(false);
    };
    for (const track of tracks) {
      track.addEventListener('ended', () => end(track), { once: true });
      const stop = track.stop;
      track.stop = function (this: MediaStreamTrack) {
        stop.call(this);
        end(track);
      };
    }
  }

  function getDisplayMedia(this: MediaDevices, ...args: Parameters<MediaDevices['getDisplayMedia']>) {
    // A new promise settling exactly as the original does: a rejection the page leaves unhandled is still reported
    // as unhandled, which a side handler on the original would have silenced.
    return original.apply(this, args).then((stream) => {
      try {
        watch(stream);
      } catch {
        // Bookkeeping must never cost the page its share.
      }
      return stream;
    });
  }

  devices.getDisplayMedia = getDisplayMedia;
  return () => {
    if (devices.getDisplayMedia !== getDisplayMedia) return;
    if (hadOwn) devices.getDisplayMedia = original;
    else delete (devices as Partial<MediaDevices>).getDisplayMedia;
  };
}

/** MAIN-world side: tell the content script. */
export function emitShare(doc: Document, sharing: boolean): void {
  doc.dispatchEvent(new CustomEvent(SHARE_EVENT, { detail: sharing }));
}

/** Isolated-world side: listen, ignoring anything that is not a plain boolean. Returns the unsubscribe. */
export function onShare(doc: Document, listener: (sharing: boolean) => void): () => void {
  const handle = (event: Event) => {
    const detail = (event as CustomEvent<unknown>).detail;
    if (typeof detail === 'boolean') listener(detail);
  };
  doc.addEventListener(SHARE_EVENT, handle);
  return () => doc.removeEventListener(SHARE_EVENT, handle);
}
