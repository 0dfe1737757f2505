import type { Worker } from 'playwright-core';
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

  test('a Zoom invite link lands on the web client, passcode and all', async ({ context }) => {
    // The background installs the redirect once it has seen Zoom on (its start-up sync).
    await expect
      .poll(() => worker.evaluate(async () => (await chrome.declarativeNetRequest.getDynamicRules()).length), {
        timeout: 15_000,
      })
      .toBe(1);
    const client = 'https://app.zoom.us/wc/81234567890/join?pwd=Ab1Cd2&uname=x';
    await serveCase(context, 'zoom-lobby', client);
    const invite = 'https://us02web.zoom.us/j/81234567890?pwd=Ab1Cd2&uname=x';
    // Followed by the test; the browser redirects it before any request leaves.
    registerFixtureUrls(context, [invite]);
    const page = await context.newPage();
    await page.goto(invite);
    expect(page.url()).toBe(client);
    await page.close();
  });
});
