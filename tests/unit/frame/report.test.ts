import { fakeBrowser } from 'wxt/testing/fake-browser';
import { messenger } from '@/utils/api/messenger';
import { sendToBackground } from '@/utils/frame/report';

// The loader writes @webext-core/messaging's envelope by hand (the library would take a third of its size budget):
// this runs it through the real library on the other end, as the background does.
describe('sendToBackground', () => {
  let removeListener: () => void = () => {};
  beforeEach(() => {
    vi.stubGlobal('chrome', fakeBrowser);
  });
  afterEach(() => {
    removeListener();
    vi.unstubAllGlobals();
  });

  it('is understood by the typed messenger, and gets its answer back', async () => {
    const received: unknown[] = [];
    removeListener = messenger.onMessage('call.report', ({ data }) => {
      received.push(data);
      return { ok: true as const };
    });
    await expect(sendToBackground('call.report', { platform: 'meet', state: 'in-call' })).resolves.toEqual({
      ok: true,
    });
    expect(received).toEqual([{ platform: 'meet', state: 'in-call' }]);
  });

  it('rejects with the background’s error message', async () => {
    removeListener = messenger.onMessage('call.share', () => {
      throw new Error('Malformed share report');
    });
    await expect(sendToBackground('call.share', { sharing: true })).rejects.toThrow('Malformed share report');
  });

  it('sends the envelope the library sends', async () => {
    const sent = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({ res: { ok: true } } as never);
    await sendToBackground('frame.mount', {});
    expect(sent).toHaveBeenCalledWith({
      id: expect.any(Number),
      type: 'frame.mount',
      data: {},
      timestamp: expect.any(Number),
    });
  });
});
