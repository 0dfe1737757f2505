import type { BrowserContext, Frame, Page } from 'playwright-core';
import { expect } from 'vitest';
import { FIXTURE_URLS, fixturePage } from '../fixtures/platforms';
import { MEET_LIKE_CSP, serveCallPages } from './call-pages';

/**
 * Acting on a call page with the panel frame in it. The loader's chrome (grip, collapse button, slim tab) sits in a
 * CLOSED shadow root, out of reach of selectors, so it is found the way assistive technology finds it: in the
 * page's accessibility tree. The panel page itself is an ordinary (out-of-process) frame of the page.
 */

/**
 * Real screen capture through the real getDisplayMedia (so through the MAIN-world wrapper): Chromium's fake capture
 * device stands in for the screen and its fake UI for the picker.
 */
export const MEDIA_FLAGS = ['--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream'];

/** The sample plan's meeting link (utils/samples.ts): a call here is bound to it. */
export const MEET_URL = FIXTURE_URLS.meet;
export const SAMPLE_PLAN = 'Sample Co · Senior Software Engineer · Hiring manager';

/** The fixture's own controls (tests/fixtures/platforms/meet-lobby.html), as Meet labels them in German. */
export const MEET_BUTTONS = {
  join: 'Jetzt teilnehmen',
  present: 'Jetzt präsentieren',
  leave: 'Anruf verlassen',
} as const;

/** Serves the Meet fixture, lobby first, at its real address under a Meet-like policy. */
export async function serveMeet(context: BrowserContext, url = MEET_URL): Promise<void> {
  await serveCallPages(context, [{ url, html: fixturePage('meet', 'lobby'), csp: MEET_LIKE_CSP }]);
}

/** The panel page framed in a call page. */
export function panelFrame(page: Page): Frame | undefined {
  return page.frames().find((f) => /\/panel\.html/.test(f.url()));
}

export async function waitForPanelFrame(page: Page): Promise<Frame> {
  await expect.poll(() => panelFrame(page) !== undefined, { timeout: 15_000 }).toBe(true);
  return panelFrame(page)!;
}

/**
 * Opens the Meet fixture in a new tab (served already, see serveMeet), joins the call with the fixture's button and
 * waits for the panel frame to show the call, bound to the plan of the meeting link.
 */
export async function joinMeetCall(
  context: BrowserContext,
  options: { url?: string; plan?: string } = {},
): Promise<{ page: Page; frame: Frame }> {
  const page = await context.newPage();
  await page.goto(options.url ?? MEET_URL);
  await page.getByRole('button', { name: MEET_BUTTONS.join }).click();
  const frame = await waitForPanelFrame(page);
  // Both: without a call the panel shows the next planned interview under the same heading.
  await frame.getByRole('heading', { name: options.plan ?? SAMPLE_PLAN }).waitFor({ timeout: 15_000 });
  await frame.getByText('In call', { exact: true }).waitFor({ timeout: 15_000 });
  return { page, frame };
}

export interface AxButton {
  name: string;
  backendNodeId: number;
}

/** Buttons of the page (not of its out-of-process frames) as assistive technology sees them. */
export async function axButtons(page: Page): Promise<AxButton[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
      nodes: Array<{ ignored: boolean; role?: { value: string }; name?: { value: string }; backendDOMNodeId?: number }>;
    };
    return nodes
      .filter((n) => !n.ignored && n.role?.value === 'button' && n.backendDOMNodeId !== undefined)
      .map((n) => ({ name: n.name?.value ?? '', backendNodeId: n.backendDOMNodeId! }));
  } finally {
    await cdp.detach();
  }
}

export async function buttonNames(page: Page): Promise<string[]> {
  return (await axButtons(page)).map((b) => b.name);
}

/** Clicks a button found in the accessibility tree, with the mouse, at its centre. */
export async function clickAxButton(page: Page, name: string | RegExp): Promise<void> {
  const button = (await axButtons(page)).find((b) => (typeof name === 'string' ? b.name === name : name.test(b.name)));
  if (!button) throw new Error(`No button named ${name}`);
  const cdp = await page.context().newCDPSession(page);
  let content: number[];
  try {
    ({
      model: { content },
    } = (await cdp.send('DOM.getBoxModel', { backendNodeId: button.backendNodeId })) as {
      model: { content: number[] };
    });
  } finally {
    await cdp.detach();
  }
  const [x1, y1, , , x3, y3] = content as [number, number, number, number, number, number];
  await page.mouse.click((x1 + x3) / 2, (y1 + y3) / 2);
}

/** The panel iframe's box in the page, or null while the frame is collapsed (or gone). */
export async function frameBox(page: Page) {
  const element = await panelFrame(page)?.frameElement();
  return element ? element.boundingBox() : null;
}

/** What the call page's own script can find: its DOM, open shadow roots, and every frame it can reach. */
export async function pageCanFind(page: Page, needles: string[]): Promise<string[]> {
  return page.evaluate((wanted) => {
    const texts: string[] = [];
    const visit = (root: Document | ShadowRoot) => {
      // A frame's document belongs to that frame's realm, so `instanceof Document` would miss it.
      texts.push('documentElement' in root ? (root.documentElement?.outerHTML ?? '') : root.innerHTML);
      for (const el of root.querySelectorAll('*')) {
        if (el.shadowRoot) visit(el.shadowRoot);
        if (el instanceof HTMLIFrameElement) {
          try {
            if (el.contentDocument) visit(el.contentDocument);
          } catch {}
        }
      }
    };
    visit(document);
    for (let i = 0; i < window.frames.length; i++) {
      try {
        visit(window.frames[i]!.document);
      } catch {}
    }
    return wanted.filter((needle) => texts.some((text) => text.includes(needle)));
  }, needles);
}
