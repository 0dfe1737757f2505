/**
 * Screen-share detection for the MAIN-world script. Only page script can see `getDisplayMedia` being called, and the
 * isolated content script is told through a DOM event carrying nothing but a boolean: no stream, track, label or
 * surface ever leaves the page's world. The page can dispatch the same event and lie about sharing, so the loader
 * takes it as a one-way latch (utils/frame/loader.ts): a lie can hide the panel, never show it.
 */

/** The event the MAIN-world script dispatches on `document`; `detail` is `true` when sharing starts, `false` when it ends. */
export const SHARE_EVENT = 'starboard:share:5f3a9c2e';

type GetDisplayMedia = MediaDevices['getDisplayMedia'];

/**
 * Wraps `getDisplayMedia` where the page can reach it: on `MediaDevices.prototype` (what
 * `MediaDevices.prototype.getDisplayMedia.call(navigator.mediaDevices)` calls) and on `navigator.mediaDevices` itself
 * (an own copy, as some engines and shims have, is wrapped; otherwise the prototype's wrapper is pinned there too),
 * each non-writable and non-configurable, so the page can neither put the original back nor shadow it with a copy
 * from another frame. `notify(true)` follows the first live share and `notify(false)` the moment the last shared
 * video track ends, whether the browser ended it (its "Stop sharing" bar fires `ended`) or the page called `stop()`
 * (which fires no event, hence the wrapped `stop`). The page sees the same `this`, arguments, resolved stream and
 * rejection. Does nothing where `getDisplayMedia` is missing (insecure context, old engine), and nothing twice.
 * There is no uninstall: a non-configurable property cannot be put back, which is the point.
 */
export function installShareGuard(win: Window, notify: (sharing: boolean) => void): void {
  const devices = win.navigator?.mediaDevices;
  const proto = (win as { MediaDevices?: { prototype: MediaDevices } }).MediaDevices?.prototype;
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

  function wrapped(original: GetDisplayMedia): GetDisplayMedia {
    return function getDisplayMedia(this: MediaDevices, ...args: Parameters<GetDisplayMedia>) {
      // A new promise settling exactly as the original does: a rejection the page leaves unhandled is still
      // reported as unhandled, which a side handler on the original would have silenced.
      return original.apply(this, args).then((stream) => {
        try {
          watch(stream);
        } catch {
          // Bookkeeping must never cost the page its share.
        }
        return stream;
      });
    };
  }

  /** Pins `value` as `target.getDisplayMedia`; false if it is already pinned (by this guard, in this frame). */
  function pin(target: object, value: GetDisplayMedia): boolean {
    const own = Object.getOwnPropertyDescriptor(target, 'getDisplayMedia');
    if (own && !own.configurable) return false;
    Object.defineProperty(target, 'getDisplayMedia', {
      value,
      writable: false,
      configurable: false,
      enumerable: own?.enumerable ?? false,
    });
    return true;
  }

  let protoWrapper: GetDisplayMedia | undefined;
  const fromProto = proto && Object.getOwnPropertyDescriptor(proto, 'getDisplayMedia')?.value;
  if (proto && typeof fromProto === 'function') {
    protoWrapper = wrapped(fromProto);
    if (!pin(proto, protoWrapper)) protoWrapper = undefined;
  }
  if (!devices) return;
  const ownCopy = Object.getOwnPropertyDescriptor(devices, 'getDisplayMedia')?.value;
  if (typeof ownCopy === 'function') pin(devices, wrapped(ownCopy));
  else if (protoWrapper) pin(devices, protoWrapper);
}

/**
 * Guards every same-origin child frame of `win` (about:blank, srcdoc, javascript: frames the page creates, which
 * content scripts may reach too late or not at all) the moment the page first reaches into it through the frame
 * element, with the same `notify`: a share from a fresh frame's own getDisplayMedia hides the panel too. Cross-origin
 * children throw on access and are left to their own content script.
 */
export function guardChildFrames(win: Window, notify: (sharing: boolean) => void): void {
  const ctors = [
    (win as { HTMLIFrameElement?: { prototype: object } }).HTMLIFrameElement,
    (win as { HTMLFrameElement?: { prototype: object } }).HTMLFrameElement,
    (win as { HTMLObjectElement?: { prototype: object } }).HTMLObjectElement,
  ];
  for (const ctor of ctors) {
    for (const name of ['contentWindow', 'contentDocument'] as const) {
      const proto = ctor?.prototype;
      const own = proto && Object.getOwnPropertyDescriptor(proto, name);
      const get = own?.get;
      if (!proto || !own?.configurable || !get) continue;
      Object.defineProperty(proto, name, {
        ...own,
        get(this: HTMLIFrameElement) {
          const value = get.call(this) as Window | Document | null;
          try {
            const child = value && ('defaultView' in value ? value.defaultView : value);
            if (child && child !== win) {
              installShareGuard(child, notify);
              guardChildFrames(child, notify);
            }
          } catch {
            // Cross-origin: not ours to reach.
          }
          return value;
        },
      });
    }
  }
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
