import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefoxWithExtension } from '../harness/firefox.mjs';
import { joinAndSeePanel, openMeetLobby } from './pages/firefox-meet';
import { CHECKOUT } from './pages/sample-data';

let browser: Browser;

beforeAll(async () => {
  ({ browser } = await launchFirefoxWithExtension());
});
afterAll(async () => {
  await browser?.close();
});

describe('Firefox ESR smoke test', () => {
  it('shows the panel with a pinned story on the Meet fixture once in a call', async () => {
    const page = await openMeetLobby(browser);
    // The lobby is not a call: no panel yet.
    await new Promise((r) => setTimeout(r, 1_000));
    expect(page.frames()).toHaveLength(1);

    const frame = await joinAndSeePanel(page, CHECKOUT);
    expect(await frame.evaluate(() => document.body.textContent ?? '')).toContain('Sample Co');
  });
});
