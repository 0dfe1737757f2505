import { type FrameView, mountPanelFrame, type PanelFrame } from '@/utils/frame/frame';
import { defaultRect } from '@/utils/frame/geometry';

// The loader passes the extension's panel.html; happy-dom does not load frames, so a blank one stands in.
const SRC = 'about:blank';
let frame: PanelFrame | undefined;

/** The closed shadow root, which only the test can reach (by catching it as it is made). */
function mountWithRoot(callbacks = { onToggle: vi.fn(), onRect: vi.fn() }) {
  const attach = vi.spyOn(Element.prototype, 'attachShadow');
  frame = mountPanelFrame(document, SRC, callbacks);
  const root = attach.mock.results[0]!.value as ShadowRoot;
  attach.mockRestore();
  return { root, callbacks, host: root.host as HTMLElement };
}

function view(patch: Partial<FrameView> = {}): FrameView {
  return { collapsed: false, sharing: false, badge: false, draft: false, opacity: 1, ...patch };
}

function button(root: ShadowRoot, name: string): HTMLButtonElement {
  const found = [...root.querySelectorAll('button')].find(
    (b) => b.getAttribute('aria-label') === name || b.textContent === name,
  );
  if (!found) throw new Error(`no button ${name}`);
  return found;
}

// happy-dom logs an error for every frame it declines to load; a blank frame costs nothing to load.
type HappySettings = { happyDOM: { settings: { enableIframePageLoading: boolean } } };
beforeAll(() => {
  (window as unknown as HappySettings).happyDOM.settings.enableIframePageLoading = true;
});
afterAll(() => {
  (window as unknown as HappySettings).happyDOM.settings.enableIframePageLoading = false;
});

afterEach(() => {
  frame?.remove();
  frame = undefined;
});

describe('the panel frame', () => {
  it('lives in a closed shadow root on <html>, out of the page’s reach', () => {
    const { root, host } = mountWithRoot();
    expect(host.parentNode).toBe(document.documentElement);
    expect(host.shadowRoot).toBeNull();
    expect(root.mode).toBe('closed');
    expect(document.querySelector('iframe')).toBeNull();
    expect(root.querySelector('iframe')?.getAttribute('src')).toBe(SRC);
    expect(root.querySelector('iframe')?.title).toBe('Starboard panel');
  });

  it('comes back when the page replaces <html>’s children', async () => {
    const { host } = mountWithRoot();
    host.remove();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(host.isConnected).toBe(true);
  });

  it('draws the default docked rect, and its opacity', () => {
    const { root } = mountWithRoot();
    frame!.render(view({ opacity: 0.6 }));
    const section = root.querySelector('section')!;
    const rect = defaultRect({ width: window.innerWidth, height: window.innerHeight });
    expect(section.style.top).toBe(`${rect.top}px`);
    expect(section.style.width).toBe(`${rect.width}px`);
    expect(section.style.left).toBe(`${window.innerWidth - rect.right - rect.width}px`);
    expect(section.style.opacity).toBe('0.6');
  });

  it('collapses to a slim tab that says why when the screen is shared', () => {
    const { root } = mountWithRoot();
    frame!.render(view({ collapsed: true, sharing: true }));
    expect(root.querySelector('section')!.hidden).toBe(true);
    const tab = button(root, 'Hidden while sharing');
    expect(tab.hidden).toBe(false);
    expect(tab.getAttribute('aria-expanded')).toBe('false');

    frame!.render(view({ collapsed: true }));
    expect(root.querySelector<HTMLButtonElement>('button.t')!.textContent).toBe('Starboard');
    expect(root.querySelector<HTMLButtonElement>('button.t')!.hidden).toBe(false);
    frame!.render(view());
    expect(root.querySelector('section')!.hidden).toBe(false);
    expect(root.querySelector<HTMLButtonElement>('button.t')!.hidden).toBe(true);
  });

  it('shows the calm badge dot only when asked', () => {
    const { root } = mountWithRoot();
    frame!.render(view({ collapsed: true }));
    const dot = root.querySelector<HTMLElement>('[role="img"]')!;
    expect(dot.hidden).toBe(true);
    frame!.render(view({ collapsed: true, badge: true }));
    expect(dot.hidden).toBe(false);
    expect(dot.getAttribute('aria-label')).toBe('The closing checklist is ready');
  });

  it('toggles from its collapse button and from the slim tab', () => {
    const { root, callbacks } = mountWithRoot();
    frame!.render(view());
    button(root, 'Collapse the panel').click();
    root.querySelector<HTMLButtonElement>('button.t')!.click();
    expect(callbacks.onToggle).toHaveBeenCalledTimes(2);
  });

  it('does not open from a script’s synthetic click on the slim tab (isTrusted false)', () => {
    const { root, callbacks } = mountWithRoot();
    frame!.render(view({ collapsed: true, sharing: true }));
    const click = new MouseEvent('click', { bubbles: true });
    Object.defineProperty(click, 'isTrusted', { value: false });
    root.querySelector<HTMLButtonElement>('button.t')!.dispatchEvent(click);
    expect(callbacks.onToggle).not.toHaveBeenCalled();
  });

  it('moves and resizes with the arrow keys, in steps (larger with Shift)', () => {
    const { root, callbacks } = mountWithRoot();
    const rect = { right: 100, top: 100, width: 300, height: 300 };
    frame!.render(view({ rect }));
    const grip = root.querySelector<HTMLButtonElement>('button.g')!;
    grip.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true }));
    expect(callbacks.onRect).toHaveBeenLastCalledWith({ ...rect, right: 116 }, true);
    grip.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', shiftKey: true, bubbles: true }));
    expect(callbacks.onRect).toHaveBeenLastCalledWith({ ...rect, top: 164 }, true);
    const resize = button(root, 'Resize the panel: drag, or use the arrow keys');
    resize.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true }));
    expect(callbacks.onRect).toHaveBeenLastCalledWith({ ...rect, width: 316 }, true);
    grip.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect(callbacks.onRect).toHaveBeenCalledTimes(3);
  });

  it('draws no title bar: a grip and the one collapse button, named by what they do, over the panel’s corner', () => {
    const { root } = mountWithRoot();
    frame!.render(view());
    const section = root.querySelector('section')!;
    // Nothing in the chrome says "Starboard" on screen: the panel page's header names the plan.
    const drawn = [...section.querySelectorAll('button')].map((b) => b.textContent ?? '').join('');
    expect(drawn).not.toContain('Starboard');
    expect(root.querySelector<HTMLButtonElement>('button.g')?.title).toBe(
      'Move the panel: drag, or use the arrow keys',
    );
    expect(root.querySelectorAll('button[aria-label="Collapse the panel"]')).toHaveLength(1);
  });

  it('keeps the iframe out of a drag’s way until the pointer is up', () => {
    const { root, callbacks } = mountWithRoot();
    frame!.render(view({ rect: { right: 100, top: 100, width: 300, height: 300 } }));
    const grip = root.querySelector<HTMLButtonElement>('button.g')!;
    const iframe = root.querySelector('iframe')!;
    grip.setPointerCapture = () => {};
    const pointer = (type: string, x: number) =>
      grip.dispatchEvent(new PointerEvent(type, { pointerId: 1, button: 0, clientX: x, clientY: 0, bubbles: true }));
    pointer('pointerdown', 500);
    expect(iframe.style.pointerEvents).toBe('none');
    pointer('pointermove', 400);
    pointer('pointerup', 300);
    expect(iframe.style.pointerEvents).toBe('');
    expect(callbacks.onRect).toHaveBeenLastCalledWith(expect.objectContaining({ right: 300 }), true);
  });

  it('goes away completely when removed', () => {
    const { host } = mountWithRoot();
    frame!.remove();
    frame = undefined;
    expect(host.isConnected).toBe(false);
  });
});
