import { emitShare, guardChildFrames, installShareGuard, onShare, SHARE_EVENT } from '@/utils/platforms/share-guard';

/** Enough of a MediaStreamTrack: `stop()` ends it silently, the browser's own end fires 'ended'. */
class FakeTrack extends EventTarget {
  readyState: MediaStreamTrackState = 'live';
  constructor(readonly kind: 'video' | 'audio') {
    super();
  }
  stop(): void {
    this.readyState = 'ended';
  }
  /** What the browser does when the user presses its own "Stop sharing". */
  endByBrowser(): void {
    this.readyState = 'ended';
    this.dispatchEvent(new Event('ended'));
  }
}

function fakeStream(...kinds: Array<'video' | 'audio'>) {
  const tracks = kinds.map((kind) => new FakeTrack(kind));
  const stream = {
    getTracks: () => tracks,
    getVideoTracks: () => tracks.filter((track) => track.kind === 'video'),
  } as unknown as MediaStream;
  return { stream, tracks: tracks as unknown as Array<MediaStreamTrack & FakeTrack> };
}

type GetDisplayMedia = MediaDevices['getDisplayMedia'];

function fakeWindow(getDisplayMedia?: GetDisplayMedia) {
  const mediaDevices = getDisplayMedia ? ({ getDisplayMedia } as MediaDevices) : ({} as MediaDevices);
  return { win: { navigator: { mediaDevices } } as unknown as Window, mediaDevices };
}

describe('installShareGuard', () => {
  it('notifies true when a share starts and false when the browser ends it', async () => {
    const { stream, tracks } = fakeStream('video', 'audio');
    const { win, mediaDevices } = fakeWindow(async () => stream);
    const notify = vi.fn();
    installShareGuard(win, notify);
    expect(notify).not.toHaveBeenCalled();
    await expect(mediaDevices.getDisplayMedia({ video: true })).resolves.toBe(stream);
    expect(notify.mock.calls).toEqual([[true]]);
    tracks[1]!.endByBrowser();
    expect(notify.mock.calls).toEqual([[true]]);
    tracks[0]!.endByBrowser();
    expect(notify.mock.calls).toEqual([[true], [false]]);
  });

  it('notifies false when the page stops the track, and still stops it', async () => {
    const { stream, tracks } = fakeStream('video');
    const { win, mediaDevices } = fakeWindow(async () => stream);
    const notify = vi.fn();
    installShareGuard(win, notify);
    await mediaDevices.getDisplayMedia();
    tracks[0]!.stop();
    expect(tracks[0]!.readyState).toBe('ended');
    expect(notify.mock.calls).toEqual([[true], [false]]);
    // A later 'ended' for the same track changes nothing.
    tracks[0]!.dispatchEvent(new Event('ended'));
    expect(notify.mock.calls).toEqual([[true], [false]]);
  });

  it('waits for every shared video track and every concurrent share', async () => {
    const first = fakeStream('video', 'video');
    const second = fakeStream('video');
    const streams = [first.stream, second.stream];
    const { win, mediaDevices } = fakeWindow(async () => streams.shift()!);
    const notify = vi.fn();
    installShareGuard(win, notify);
    await mediaDevices.getDisplayMedia();
    await mediaDevices.getDisplayMedia();
    first.tracks[0]!.stop();
    first.tracks[1]!.endByBrowser();
    expect(notify.mock.calls).toEqual([[true]]);
    second.tracks[0]!.stop();
    expect(notify.mock.calls).toEqual([[true], [false]]);
  });

  it('hands the page its own this, arguments and rejection', async () => {
    const denied = new DOMException('Permission denied', 'NotAllowedError');
    const original = vi.fn<GetDisplayMedia>(async () => {
      throw denied;
    });
    const { win, mediaDevices } = fakeWindow(original);
    const notify = vi.fn();
    installShareGuard(win, notify);
    const options = { video: { displaySurface: 'monitor' }, audio: false } as DisplayMediaStreamOptions;
    await expect(mediaDevices.getDisplayMedia(options)).rejects.toBe(denied);
    expect(original).toHaveBeenCalledWith(options);
    expect(original.mock.contexts[0]).toBe(mediaDevices);
    expect(notify).not.toHaveBeenCalled();
  });

  it('never costs the page its stream when bookkeeping fails', async () => {
    const odd = { getVideoTracks: () => null } as unknown as MediaStream;
    const { win, mediaDevices } = fakeWindow(async () => odd);
    installShareGuard(win, vi.fn());
    await expect(mediaDevices.getDisplayMedia()).resolves.toBe(odd);
  });

  it('does nothing, and does not throw, without mediaDevices or getDisplayMedia', () => {
    const notify = vi.fn();
    expect(() => installShareGuard({ navigator: {} } as unknown as Window, notify)).not.toThrow();
    const { win, mediaDevices } = fakeWindow();
    expect(() => installShareGuard(win, notify)).not.toThrow();
    expect('getDisplayMedia' in mediaDevices).toBe(false);
  });

  /** A window as a browser makes it: getDisplayMedia on MediaDevices.prototype, none on the instance. */
  function realisticWindow() {
    class MediaDevicesLike {
      async getDisplayMedia(): Promise<MediaStream> {
        return fakeStream('video').stream;
      }
    }
    const mediaDevices = new MediaDevicesLike() as unknown as MediaDevices;
    const win = { navigator: { mediaDevices }, MediaDevices: MediaDevicesLike } as unknown as Window;
    return { win, mediaDevices, proto: MediaDevicesLike.prototype as unknown as MediaDevices };
  }

  it('wraps MediaDevices.prototype, so a call through the prototype is seen too', async () => {
    const { win, mediaDevices, proto } = realisticWindow();
    const notify = vi.fn();
    installShareGuard(win, notify);
    await proto.getDisplayMedia.call(mediaDevices);
    expect(notify).toHaveBeenCalledWith(true);
  });

  it('cannot be undone or shadowed by the page: non-writable, non-configurable, on the prototype and the instance', async () => {
    const { win, mediaDevices, proto } = realisticWindow();
    const notify = vi.fn();
    const original = proto.getDisplayMedia;
    installShareGuard(win, notify);
    for (const target of [proto, mediaDevices]) {
      const own = Object.getOwnPropertyDescriptor(target, 'getDisplayMedia')!;
      expect({ writable: own.writable, configurable: own.configurable }).toEqual({
        writable: false,
        configurable: false,
      });
      expect(() => {
        (target as { getDisplayMedia: unknown }).getDisplayMedia = original;
      }).toThrow(TypeError);
      expect(() => Object.defineProperty(target, 'getDisplayMedia', { value: original })).toThrow(TypeError);
      expect(() => delete (target as Partial<MediaDevices>).getDisplayMedia).toThrow(TypeError);
    }
    await mediaDevices.getDisplayMedia();
    expect(notify).toHaveBeenCalledTimes(1);
  });

  it('wraps once: installing again (the child frame’s own script after its parent’s) changes nothing', async () => {
    const { win, mediaDevices } = realisticWindow();
    const first = vi.fn();
    const second = vi.fn();
    installShareGuard(win, first);
    installShareGuard(win, second);
    await mediaDevices.getDisplayMedia();
    expect(first).toHaveBeenCalledTimes(1);
    expect(second).not.toHaveBeenCalled();
  });
});

describe('guardChildFrames', () => {
  it('guards a same-origin child frame (a fresh about:blank iframe) as soon as the page reaches into it', async () => {
    const child = realisticChild();
    class IFrame {
      get contentWindow(): Window {
        return child.win;
      }
      get contentDocument(): Document {
        return { defaultView: child.win } as unknown as Document;
      }
    }
    const parent = { HTMLIFrameElement: IFrame } as unknown as Window;
    const notify = vi.fn();
    guardChildFrames(parent, notify);
    const frameWindow = new IFrame().contentWindow as unknown as { MediaDevices: { prototype: MediaDevices } };
    await frameWindow.MediaDevices.prototype.getDisplayMedia.call(child.mediaDevices);
    expect(notify).toHaveBeenCalledWith(true);
    // A cross-origin child throws on access: the page still gets its frame.
    class Foreign {
      get contentWindow(): Window {
        return {
          get navigator(): never {
            throw new DOMException('Blocked', 'SecurityError');
          },
        } as unknown as Window;
      }
    }
    guardChildFrames({ HTMLIFrameElement: Foreign } as unknown as Window, notify);
    expect(() => new Foreign().contentWindow).not.toThrow();
  });

  function realisticChild() {
    class MediaDevicesLike {
      async getDisplayMedia(): Promise<MediaStream> {
        return fakeStream('video').stream;
      }
    }
    const mediaDevices = new MediaDevicesLike() as unknown as MediaDevices;
    return { win: { navigator: { mediaDevices }, MediaDevices: MediaDevicesLike } as unknown as Window, mediaDevices };
  }
});

describe('share event', () => {
  it('carries a boolean from the MAIN world to the content script, and nothing else', () => {
    const heard = vi.fn();
    const off = onShare(document, heard);
    emitShare(document, true);
    emitShare(document, false);
    document.dispatchEvent(new CustomEvent(SHARE_EVENT, { detail: { sharing: true, title: 'secret' } }));
    document.dispatchEvent(new CustomEvent(SHARE_EVENT, { detail: 'true' }));
    expect(heard.mock.calls).toEqual([[true], [false]]);
    off();
    emitShare(document, true);
    expect(heard).toHaveBeenCalledTimes(2);
  });
});
