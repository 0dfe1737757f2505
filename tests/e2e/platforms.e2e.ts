import type { BrowserContext, Worker } from 'playwright-core';
import { beforeAll, describe } from 'vitest';
import { registerFixtureUrls } from '../harness/browser.mjs';
import { buildWithOptionalHostsGranted } from '../harness/granted-build.mjs';
import { expect, shareBrowser, test } from './fixtures';
import { serveCase } from './pages/platform-flow';

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
