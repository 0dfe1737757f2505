import { fakeBrowser } from 'wxt/testing/fake-browser';
import { globals, type LoaderGlobal } from '@/utils/frame/globals';
import { runPanelFrame } from '@/utils/frame/panel-frame';
import { HIDE_WHILE_SHARING_KEY } from '@/utils/frame/prefs';

type HappySettings = { happyDOM: { settings: { enableIframePageLoading: boolean } } };
const BACKGROUND = { id: fakeBrowser.runtime.id };

function loader(patch: Partial<LoaderGlobal> = {}): LoaderGlobal {
  const value = {
    platform: 'meet' as const,
    sharing: false,
    expandOnMount: false,
    show: vi.fn(),
    shareOver: vi.fn(),
    ...patch,
  };
  globals.starboardLoader = value;
  return value;
}

/** Mounts and returns the closed shadow root, caught as it is made. */
async function mount(): Promise<ShadowRoot> {
  const attach = vi.spyOn(Element.prototype, 'attachShadow');
  await runPanelFrame();
  const root = attach.mock.results[0]?.value as ShadowRoot;
  attach.mockRestore();
  return root;
}

const isOpen = (root: ShadowRoot) => !root.querySelector('section')!.hidden;
const tabText = (root: ShadowRoot) => root.querySelector('button.t')!.textContent;
const stored = async () => (await fakeBrowser.storage.local.get('panelFrame:meet'))['panelFrame:meet'];

async function send(message: unknown, sender: object = BACKGROUND) {
  const respond = vi.fn();
  await fakeBrowser.runtime.onMessage.trigger(message, sender, respond);
  return respond;
}

beforeAll(() => {
  (window as unknown as HappySettings).happyDOM.settings.enableIframePageLoading = true;
});
afterAll(() => {
  (window as unknown as HappySettings).happyDOM.settings.enableIframePageLoading = false;
});
beforeEach(() => {
  // happy-dom cannot fetch chrome-extension: URLs; a blank frame stands in for the panel page.
  vi.spyOn(fakeBrowser.runtime, 'getURL').mockReturnValue('about:blank');
});
afterEach(() => {
  globals.starboardFrame?.remove();
  globals.starboardLoader = undefined;
});

describe('the panel-frame script', () => {
  it('does nothing without a loader in the tab', async () => {
    expect(await mount()).toBeUndefined();
    expect(globals.starboardFrame).toBeUndefined();
  });

  it('frames the extension’s panel page, open by default', async () => {
    loader();
    const root = await mount();
    expect(fakeBrowser.runtime.getURL).toHaveBeenCalledWith('/panel.html');
    expect(root.querySelector('iframe')!.getAttribute('src')).toBe('about:blank');
    expect(isOpen(root)).toBe(true);
  });

  it('starts loading the panel page before its prefs are read, and shows nothing until they are', async () => {
    await fakeBrowser.storage.local.set({ [HIDE_WHILE_SHARING_KEY]: true });
    const own = loader();
    const attach = vi.spyOn(Element.prototype, 'attachShadow');
    let answer: (value: Record<string, unknown>) => void = () => {};
    const get = vi
      .spyOn(fakeBrowser.storage.local, 'get')
      .mockReturnValueOnce(new Promise((resolve) => (answer = resolve)) as never);
    const running = runPanelFrame();
    const root = attach.mock.results[0]?.value as ShadowRoot;
    attach.mockRestore();
    get.mockRestore();
    // The frame is on the page and navigating while the storage read is still out.
    expect(root.querySelector('iframe')!.getAttribute('src')).toBe('about:blank');
    expect(root.querySelector('section')!.hidden).toBe(true);
    expect(root.querySelector<HTMLElement>('button.t')!.hidden).toBe(true);
    // A share seen meanwhile is kept: the first frame drawn is already hidden for it.
    own.sharing = true;
    globals.starboardFrame!.share(true);
    await runPanelFrame();
    expect(document.documentElement.querySelectorAll(':scope > div')).toHaveLength(1);
    answer({ [HIDE_WHILE_SHARING_KEY]: true });
    await running;
    expect(isOpen(root)).toBe(false);
    expect(tabText(root)).toContain('sharing');
  });

  it('mounts once, however often it is injected', async () => {
    loader();
    await mount();
    await runPanelFrame();
    expect(document.documentElement.querySelectorAll(':scope > div')).toHaveLength(1);
  });

  it('comes back as the user left it on this platform, unless the user just asked for it', async () => {
    await fakeBrowser.storage.local.set({ 'panelFrame:meet': { collapsed: true, opacity: 0.5 } });
    loader();
    const root = await mount();
    expect(isOpen(root)).toBe(false);
    expect(root.querySelector('section')!.style.opacity).toBe('0.5');
    globals.starboardFrame!.remove();

    loader({ expandOnMount: true });
    expect(isOpen(await mount())).toBe(true);
    expect(await stored()).toMatchObject({ collapsed: false });
  });

  it('hides while the screen is shared, says why, and restores afterwards without saving anything', async () => {
    loader();
    const root = await mount();
    globals.starboardFrame!.share(true);
    expect(isOpen(root)).toBe(false);
    expect(tabText(root)).toBe('Hidden while sharing');
    globals.starboardFrame!.share(false);
    expect(isOpen(root)).toBe(true);
    expect(tabText(root)).toBe('Starboard');
    expect(await stored()).toBeUndefined();
  });

  it('opens the share latch only from the user’s click on the slim tab, then shows the panel', async () => {
    const value = loader();
    const root = await mount();
    globals.starboardFrame!.share(true);
    root.querySelector<HTMLButtonElement>('button.t')!.click();
    expect(value.shareOver).toHaveBeenCalledTimes(1);
    expect(isOpen(root)).toBe(true);
    // A new share signal hides it again.
    globals.starboardFrame!.share(true);
    expect(isOpen(root)).toBe(false);
  });

  it('mounts hidden when the share started before the call', async () => {
    loader({ sharing: true });
    expect(isOpen(await mount())).toBe(false);
  });

  it('follows the hide-while-sharing setting, live', async () => {
    await fakeBrowser.storage.local.set({ [HIDE_WHILE_SHARING_KEY]: false });
    loader({ sharing: true });
    const root = await mount();
    expect(isOpen(root)).toBe(true);
    await fakeBrowser.storage.local.set({ [HIDE_WHILE_SHARING_KEY]: true });
    expect(isOpen(root)).toBe(false);
  });

  it('takes the opacity the dashboard sets, live, and nothing else from it', async () => {
    loader();
    const root = await mount();
    root.querySelector('button.g')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true }));
    await fakeBrowser.storage.local.set({ 'panelFrame:meet': { collapsed: true, opacity: 0.4 } });
    expect(root.querySelector('section')!.style.opacity).toBe('0.4');
    expect(isOpen(root)).toBe(true);
  });

  it('obeys the background’s frame messages and remembers the result', async () => {
    loader();
    const root = await mount();
    expect(await send({ type: 'starboard/frame', action: 'collapse' })).toHaveBeenCalledWith(true);
    expect(isOpen(root)).toBe(false);
    expect(await stored()).toMatchObject({ collapsed: true });
    await send({ type: 'starboard/frame', action: 'toggle' });
    expect(isOpen(root)).toBe(true);
    await send({ type: 'starboard/frame', action: 'opacity', value: 0.7 });
    expect(root.querySelector('section')!.style.opacity).toBe('0.7');
    expect(await stored()).toMatchObject({ collapsed: false, opacity: 0.7 });
    await send({ type: 'starboard/badge', on: true });
    expect(root.querySelector<HTMLElement>('[role="img"]')!.hidden).toBe(false);
  });

  it('says "Journal draft ready" on the slim tab when the call ends with a draft while collapsed, until opened', async () => {
    loader();
    const root = await mount();
    await send({ type: 'starboard/frame', action: 'collapse' });
    await send({ type: 'starboard/label', label: 'draft' });
    expect(tabText(root)).toBe('Journal draft ready');
    // A share still says why the panel is hidden; the draft label returns after it.
    globals.starboardFrame!.share(true);
    expect(tabText(root)).toBe('Hidden while sharing');
    globals.starboardFrame!.share(false);
    expect(tabText(root)).toBe('Journal draft ready');
    await send({ type: 'starboard/frame', action: 'expand' });
    await send({ type: 'starboard/frame', action: 'collapse' });
    expect(tabText(root)).toBe('Starboard');
  });

  it('keeps the plain tab when the draft arrives while the panel is open (it shows the draft itself)', async () => {
    loader();
    const root = await mount();
    await send({ type: 'starboard/label', label: 'draft' });
    await send({ type: 'starboard/frame', action: 'collapse' });
    expect(tabText(root)).toBe('Starboard');
  });

  it('ignores frame messages from anything in a tab or from another extension', async () => {
    loader();
    const root = await mount();
    const respond = await send({ type: 'starboard/frame', action: 'collapse' }, { id: BACKGROUND.id, tab: { id: 4 } });
    await send({ type: 'starboard/frame', action: 'collapse' }, { id: 'another-extension' });
    expect(isOpen(root)).toBe(true);
    expect(respond).not.toHaveBeenCalled();
  });

  it('remembers where the user put it', async () => {
    loader();
    const root = await mount();
    root.querySelector('button.g')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true }));
    expect(await stored()).toMatchObject({ rect: { right: 32, top: 16 } });
  });

  it('goes away on remove, and stops listening', async () => {
    loader();
    const root = await mount();
    const host = root.host;
    globals.starboardFrame!.remove();
    expect(host.isConnected).toBe(false);
    expect(globals.starboardFrame).toBeUndefined();
    expect(await send({ type: 'starboard/frame', action: 'collapse' })).not.toHaveBeenCalled();
  });
});
