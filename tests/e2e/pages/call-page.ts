import type { BrowserContext, Frame, Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { FIXTURE_URLS, fixturePage } from '../../fixtures/platforms';
import { type FixtureRoute, MEET_LIKE_CSP, serveCallPages } from '../../harness/call-pages';
import { SAMPLE_PLAN } from './sample-data';

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

/** The fixture's own controls (tests/fixtures/platforms/meet-lobby.html), as Meet labels them in German. */
export const MEET_BUTTONS = {
  join: 'Jetzt teilnehmen',
  present: 'Jetzt präsentieren',
  leave: 'Anruf verlassen',
} as const;

export type HostName = 'meet' | 'zoom' | 'teams';

/**
 * The call pages the panel mounts on, each as its fixture (tests/fixtures/platforms, lobby first) at its real
 * address, and the control that joins the call there. Zoom and Teams are optional hosts: their scripts run only in a
 * build that has their permissions granted (tests/harness/granted-build.mjs).
 */
export interface CallHost {
  name: HostName;
  url: string;
  /** The fixture's lobby, served at `url`. */
  route: FixtureRoute;
  /** The page's own "join" control (a Zoom call runs in the client's same-origin frame). */
  joinButton(page: Page): Locator;
  /** Whether the host's scripts are registered only once the user switched it on (so the test needs a granted build). */
  optional: boolean;
}

export const HOSTS: Record<HostName, CallHost> = {
  meet: {
    name: 'meet',
    url: FIXTURE_URLS.meet,
    route: { url: FIXTURE_URLS.meet, html: fixturePage('meet', 'lobby'), csp: MEET_LIKE_CSP },
    joinButton: (page) => page.getByRole('button', { name: MEET_BUTTONS.join }),
    optional: false,
  },
  zoom: {
    name: 'zoom',
    url: FIXTURE_URLS.zoom,
    route: { url: FIXTURE_URLS.zoom, html: fixturePage('zoom', 'lobby') },
    joinButton: (page) => page.frameLocator('iframe#webclient').getByRole('button', { name: 'Rejoindre' }),
    optional: true,
  },
  teams: {
    name: 'teams',
    url: FIXTURE_URLS.teams,
    route: { url: FIXTURE_URLS.teams, html: fixturePage('teams', 'lobby') },
    joinButton: (page) => page.getByRole('button', { name: '今すぐ参加' }),
    optional: true,
  },
};

/** Serves the call pages of these hosts at their real addresses. */
export async function serveHosts(context: BrowserContext, hosts: CallHost[]): Promise<void> {
  await serveCallPages(
    context,
    hosts.map((host) => host.route),
  );
}

/** Serves the Meet fixture, lobby first, at its real address under a Meet-like policy. */
export async function serveMeet(context: BrowserContext): Promise<void> {
  await serveHosts(context, [HOSTS.meet]);
}

/** Opens a host's call page in a new tab (served already) and joins the call with the page's own control. */
export async function joinCall(context: BrowserContext, host: CallHost): Promise<{ page: Page; frame: Frame }> {
  const page = await context.newPage();
  await page.goto(host.url);
  await host.joinButton(page).click();
  return { page, frame: await waitForPanelFrame(page) };
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
 * waits for the panel frame to show the call, bound to the plan of the meeting link (the sample plan unless named).
 */
export async function joinMeetCall(
  context: BrowserContext,
  planCaption = SAMPLE_PLAN,
): Promise<{ page: Page; frame: Frame }> {
  const { page, frame } = await joinCall(context, HOSTS.meet);
  // Both: without a call the panel shows the next planned interview under the same heading.
  await frame.getByRole('heading', { name: planCaption }).waitFor({ timeout: 15_000 });
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

/** The centre of a button found in the accessibility tree, in the page's coordinates. */
export async function axButtonCenter(page: Page, name: string | RegExp): Promise<{ x: number; y: number }> {
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
  return { x: (x1 + x3) / 2, y: (y1 + y3) / 2 };
}

/** Clicks a button found in the accessibility tree, with the mouse, at its centre. */
export async function clickAxButton(page: Page, name: string | RegExp): Promise<void> {
  const { x, y } = await axButtonCenter(page, name);
  await page.mouse.click(x, y);
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
