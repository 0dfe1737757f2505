import type { BrowserContext, Worker } from 'playwright-core';
import { beforeAll, describe } from 'vitest';
import { registerFixtureUrls } from '../harness/browser.mjs';
import { buildWithOptionalHostsGranted } from '../harness/granted-build.mjs';
import { expect, shareBrowser, test } from './fixtures';
import { serveCase } from './pages/platform-flow';
import { openToolbarPopup } from './pages/popup';

/**
 * Issue #11 on the real addresses: the screens each platform shows from its lobby to the end, from the case fixtures
 * (tests/fixtures/platforms, each citing the public bot its structure came from), and Zoom's invite link followed to
 * the web client. Zoom and Teams need their permissions, so the granted build (tests/harness/granted-build.mjs).
 */
describe('Meet, Zoom and Teams from the lobby to the end', () => {
  const shared = shareBrowser({ extensionPath: buildWithOptionalHostsGranted() });
  let worker: Worker;

  beforeAll(() => {
    worker = shared.extension.context.serviceWorkers()[0]!;
  });

  /** Opens `invite` in a new tab and returns where the browser took it; `client` serves the Zoom lobby fixture. */
  async function follow(context: BrowserContext, invite: string, client: string): Promise<string> {
    // The background installs the redirects (one per Zoom cloud) once it has seen Zoom on (its start-up sync).
    await expect
      .poll(() => worker.evaluate(async () => (await chrome.declarativeNetRequest.getDynamicRules()).length), {
        timeout: 15_000,
      })
      .toBe(2);
    await serveCase(context, 'zoom-lobby', client);
    // Followed by the test; the browser redirects it before any request leaves.
    registerFixtureUrls(context, [invite]);
    const page = await context.newPage();
    await page.goto(invite);
    const landed = page.url();
    await page.close();
    return landed;
  }

  test('a Zoom invite link lands on the web client, passcode and all', async ({ context }) => {
    const client = 'https://app.zoom.us/wc/81234567890/join?pwd=Ab1Cd2&uname=x';
    expect(await follow(context, 'https://us02web.zoom.us/j/81234567890?pwd=Ab1Cd2&uname=x', client)).toBe(client);
  });

  test('a ZoomGov invite lands on the web client of its own host', async ({ context }) => {
    const client = 'https://gsa.zoomgov.com/wc/join/1602639518?pwd=Ab1Cd2';
    expect(await follow(context, 'https://gsa.zoomgov.com/j/1602639518?pwd=Ab1Cd2', client)).toBe(client);
  });
});

describe('Zoom turned on before zoom.com and ZoomGov were among its sites', () => {
  // The grant such a user holds: the zoom.us origins; zoom.com and ZoomGov still optional (asked for, not granted).
  shareBrowser({
    extensionPath: buildWithOptionalHostsGranted({
      keepOptional: ['https://*.zoom.com/*', 'https://*.zoomgov.com/*'],
    }),
    args: ['--enable-unsafe-extension-debugging'],
  });

  test('Settings says Zoom is partly on, names the missing sites and offers them', async ({
    context,
    extensionUrl,
  }) => {
    const dashboard = await context.newPage();
    await dashboard.goto(extensionUrl('dashboard.html#/settings'));
    const zoom = dashboard.getByLabel('Zoom on the web', { exact: true });
    await expect.poll(() => zoom.isChecked()).toBe(true);
    await dashboard
      .getByText('Zoom is only partly on: it does not run on zoom.com and zoomgov.com pages yet.')
      .waitFor();
    await dashboard.getByRole('button', { name: 'Turn on Zoom for zoom.com and zoomgov.com too' }).waitFor();
    expect(await dashboard.getByLabel('Microsoft Teams on the web').isChecked()).toBe(true);
    await dashboard.close();
  });

  test('the popup on a ZoomGov page says Zoom is off there and offers the switch', async ({ context, extensionId }) => {
    for (const page of context.pages()) if (page.url().endsWith('/dashboard.html')) await page.close();
    await serveCase(context, 'zoom-lobby', 'https://gsa.zoomgov.com/wc/join/1602639518');
    const page = await context.newPage();
    await page.goto('https://gsa.zoomgov.com/wc/join/1602639518');
    const popup = await openToolbarPopup(context, page, extensionId);
    await popup.waitForRole('StaticText', 'Zoom is off, so Starboard does not run on this page.', 'popupPlatformOff');
    await popup.waitForRole('button', 'Turn on Zoom', 'platformTurnOn');
    await page.close();
  });
});
