import { t } from '@/utils/i18n';
import { clampRect, defaultRect, type FrameRect, moveRect, resizeRect, toBox, type Viewport } from './geometry';

/**
 * The loader's own chrome around the extension iframe: a bar above it with a move grip and the panel's one collapse
 * button, a strip below with the resize handle, and the slim tab shown while collapsed. None of it lies over the
 * iframe: Chromium judges a frame's visibility (IntersectionObserver v2, which the panel uses to refuse clicks while
 * the page covers it, components/ui/occlusion.ts) by hit-testing the iframe's whole box, and our own chrome over a
 * corner made the panel count as covered all the time. Everything lives in a CLOSED shadow root on <html> (not <body>,
 * which call apps replace wholesale between screens): page CSS cannot restyle it and page script cannot reach into
 * it. The iframe shows an extension page, so the page can neither read it nor learn its address from the DOM.
 *
 * Styles go in through a constructed stylesheet: CSSOM is not subject to the page's style-src, while a <style>
 * element would be blocked by a strict policy such as Meet's.
 */

export interface FrameView {
  /** Absent until the user moves or resizes: the default docked rect then follows the window's size. */
  rect?: FrameRect;
  collapsed: boolean;
  /** Collapsed because the screen is being shared: the slim tab says so. */
  sharing: boolean;
  badge: boolean;
  /** A journal draft from the call is waiting in the panel: the slim tab says so. */
  draft: boolean;
  opacity: number;
}

export interface FrameCallbacks {
  /** The user pressed collapse or the slim tab. */
  onToggle(): void;
  /** The user moved or resized the frame; `done` once the gesture or key press is over (time to save). */
  onRect(rect: FrameRect, done: boolean): void;
}

export interface PanelFrame {
  render(view: FrameView): void;
  /** Moves focus into the loader's chrome after a user toggle, so keyboard users are not left on a hidden control. */
  focus(target: 'tab' | 'frame'): void;
  remove(): void;
}

// One line: every byte of this script counts against its budget (tests/e2e/bundles.e2e.ts).
const CSS = `:host{all:initial!important}*{box-sizing:border-box}[hidden]{display:none!important}.f,.t{position:fixed;z-index:2147483647;color-scheme:light dark;background:Canvas;color:CanvasText;font:13px/1.3 system-ui;border:1px solid #8888;box-shadow:0 4px 20px #0005}.f{display:flex;flex-direction:column;border-radius:12px;overflow:hidden}.f:hover,.f:focus-within{opacity:1!important}.b{flex:none;display:flex;justify-content:space-between;border-bottom:1px solid #8883}.b button{width:30px;height:30px;padding:0;text-align:center;font-size:18px;line-height:28px}.b button:hover{background:#8883}button{all:unset;box-sizing:border-box;padding:6px 10px;cursor:pointer;border-radius:6px}button:focus-visible{outline:2px solid Highlight;outline-offset:-2px}.g{cursor:grab;touch-action:none;background:radial-gradient(currentColor 1px,#0000 1.5px) 50%/6px 6px content-box;padding:8px 9px!important}iframe{flex:1;width:100%;border:0;background:Canvas}.z{flex:none;height:14px}.r{display:block;width:18px;height:14px;padding:0;cursor:nesw-resize;touch-action:none;background:linear-gradient(45deg,#8888 2px,#0000 2px 5px,#8888 5px 7px,#0000 7px)}.t{right:0;writing-mode:vertical-rl;padding:12px 6px;border-right:0;border-radius:8px 0 0 8px;display:flex;gap:6px;align-items:center}.d{width:8px;height:8px;border-radius:50%;background:#3b82f6}`;

const STEP = 16;

function element<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  className: string,
  attrs: Record<string, string> = {},
): HTMLElementTagNameMap[K] {
  const el = doc.createElement(tag);
  el.className = className;
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  return el;
}

function viewportOf(doc: Document): Viewport {
  const root = doc.documentElement;
  return { width: root.clientWidth || innerWidth, height: root.clientHeight || innerHeight };
}

export function mountPanelFrame(doc: Document, src: string, callbacks: FrameCallbacks): PanelFrame {
  const host = doc.createElement('div');
  const shadow = host.attachShadow({ mode: 'closed' });
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS);
    shadow.adoptedStyleSheets = [sheet];
  } catch {
    // Engines without constructed stylesheets in content scripts: a <style> works where the page's CSP allows it.
    shadow.append(Object.assign(doc.createElement('style'), { textContent: CSS }));
  }

  const frame = element(doc, 'section', 'f', { role: 'region', 'aria-label': t('extName') });
  const bar = element(doc, 'div', 'b');
  // No title in the chrome: the panel page's own header names the plan, and a second "Starboard" bar above it
  // only took a line from the story. The grip is a dotted handle, named by what it does.
  const grip = element(doc, 'button', 'g', { type: 'button', title: t('frameMove') });
  const collapse = element(doc, 'button', '', {
    type: 'button',
    'aria-label': t('frameCollapse'),
    title: t('frameCollapse'),
    'aria-expanded': 'true',
  });
  collapse.textContent = '›';
  const iframe = element(doc, 'iframe', '', { title: t('frameTitle') });
  iframe.src = src;
  const resize = element(doc, 'button', 'r', { type: 'button', 'aria-label': t('frameResize') });
  const foot = element(doc, 'div', 'z');
  foot.append(resize);
  const tab = element(doc, 'button', 't', { type: 'button', title: t('frameExpand'), 'aria-expanded': 'false' });
  const tabLabel = doc.createElement('span');
  const dot = element(doc, 'span', 'd', { role: 'img', 'aria-label': t('frameBadge') });
  tab.append(tabLabel, dot);
  bar.append(grip, collapse);
  frame.append(bar, iframe, foot);
  // Drawn hidden until the first render: the iframe loads meanwhile, nothing shows before its state is known.
  frame.hidden = true;
  tab.hidden = true;
  shadow.append(frame, tab);

  let current: FrameView | undefined;

  /** The rect as drawn in this window: a stored rect from a larger window is pulled back into view. */
  function drawn(view: FrameView): FrameRect {
    const viewport = viewportOf(doc);
    return view.rect ? clampRect(view.rect, viewport) : defaultRect(viewport);
  }

  function place(view: FrameView): void {
    const box = toBox(drawn(view), viewportOf(doc));
    Object.assign(frame.style, {
      left: `${box.left}px`,
      top: `${box.top}px`,
      width: `${box.width}px`,
      height: `${box.height}px`,
      opacity: String(view.opacity),
    });
    tab.style.top = `${box.top}px`;
  }

  function render(view: FrameView): void {
    current = view;
    frame.hidden = view.collapsed;
    tab.hidden = !view.collapsed;
    tabLabel.textContent = t(view.sharing ? 'frameHiddenWhileSharing' : view.draft ? 'frameDraftReady' : 'extName');
    dot.hidden = !view.badge;
    place(view);
  }

  /** Pointer drags (captured, the iframe out of the way) and arrow keys drive the same geometry. */
  function gesture(handle: HTMLElement, apply: typeof moveRect): void {
    handle.addEventListener('pointerdown', (down) => {
      if (down.button !== 0 || !current) return;
      const start = drawn(current);
      handle.setPointerCapture(down.pointerId);
      // A drag crosses the panel, and an out-of-process frame under the pointer would take the moves despite the
      // capture. Until the drag ends the iframe takes no pointer events.
      iframe.style.pointerEvents = 'none';
      const at = (e: PointerEvent) => apply(start, e.clientX - down.clientX, e.clientY - down.clientY, viewportOf(doc));
      const move = (e: PointerEvent) => callbacks.onRect(at(e), false);
      const up = (e: PointerEvent) => {
        iframe.style.pointerEvents = '';
        handle.removeEventListener('pointermove', move);
        handle.removeEventListener('pointerup', up);
        handle.removeEventListener('pointercancel', up);
        callbacks.onRect(at(e), true);
      };
      handle.addEventListener('pointermove', move);
      handle.addEventListener('pointerup', up);
      handle.addEventListener('pointercancel', up);
    });
    handle.addEventListener('keydown', (e) => {
      const step = e.shiftKey ? STEP * 4 : STEP;
      const delta = { ArrowLeft: [-step, 0], ArrowRight: [step, 0], ArrowUp: [0, -step], ArrowDown: [0, step] }[e.key];
      if (!delta || !current) return;
      e.preventDefault();
      callbacks.onRect(apply(drawn(current), delta[0]!, delta[1]!, viewportOf(doc)), true);
    });
  }
  gesture(grip, moveRect);
  gesture(resize, resizeRect);
  collapse.addEventListener('click', () => callbacks.onToggle());
  // The slim tab is what brings the panel back during a share: only a real user's click (or key) may, never a
  // script's synthetic event (a real browser always says; a test DOM may not).
  tab.addEventListener('click', (e) => e.isTrusted !== false && callbacks.onToggle());

  const onResize = () => {
    if (current) place(current);
  };
  addEventListener('resize', onResize);
  // Apps rebuild their page; <html>'s own children rarely change, so watching them costs next to nothing.
  const root = doc.documentElement;
  const keepAttached = new MutationObserver(() => {
    if (!host.isConnected) root.append(host);
  });
  keepAttached.observe(root, { childList: true });
  root.append(host);

  return {
    render,
    focus(target) {
      (target === 'tab' ? tab : collapse).focus();
    },
    remove() {
      keepAttached.disconnect();
      removeEventListener('resize', onResize);
      host.remove();
    },
  };
}
