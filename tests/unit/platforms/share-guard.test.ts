import { emitShare, installShareGuard, onShare, SHARE_EVENT } from '@/utils/platforms/share-guard';

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
    expect(() => installShareGuard({ navigator: {} } as unknown as Window, notify)()).not.toThrow();
    const { win, mediaDevices } = fakeWindow();
    expect(() => installShareGuard(win, notify)()).not.toThrow();
    expect('getDisplayMedia' in mediaDevices).toBe(false);
  });

  it('restores the original when uninstalled', async () => {
    class Devices {
      async getDisplayMedia(): Promise<MediaStream> {
        return fakeStream('video').stream;
      }
    }
    const mediaDevices = new Devices();
    const win = { navigator: { mediaDevices } } as unknown as Window;
    const notify = vi.fn();
    const uninstall = installShareGuard(win, notify);
    expect(Object.hasOwn(mediaDevices, 'getDisplayMedia')).toBe(true);
    uninstall();
    expect(Object.hasOwn(mediaDevices, 'getDisplayMedia')).toBe(false);
    await mediaDevices.getDisplayMedia();
    expect(notify).not.toHaveBeenCalled();
  });
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
