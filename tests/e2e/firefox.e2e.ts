import type { Browser, Frame, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_URLS, fixturePage } from '../fixtures/platforms';
import { launchFirefoxWithExtension } from '../harness/firefox.mjs';

let browser: Browser;

beforeAll(async () => {
  ({ browser } = await launchFirefoxWithExtension());
});
afterAll(async () => {
  await browser?.close();
});

async function findPanelFrame(page: Page, timeoutMs = 60_000): Promise<Frame> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    // Over BiDi a frame's url() can still read about:blank after it navigated: ask the frame itself.
    for (const frame of page.frames().slice(1)) {
      const href = await frame.evaluate(() => location.href).catch(() => '');
      if (href.startsWith('moz-extension://') && href.includes('panel.html')) return frame;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  const html = await page.evaluate(() => document.documentElement.outerHTML.slice(-300)).catch((e) => String(e));
  throw new Error(`The Starboard panel frame never appeared: ${page.frames().length} frames; ${html}`);
}

describe('Firefox ESR smoke test', () => {
  it('shows the panel with a pinned story on the Meet fixture once in a call', async () => {
    const page = await browser.newPage();
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      // The fixture answers at the real address; nothing else may go out (and nothing else is asked for).
      if (request.url().startsWith(FIXTURE_URLS.meet)) {
        void request.respond({
          status: 200,
          contentType: 'text/html; charset=utf-8',
          body: fixturePage('meet', 'lobby'),
        });
      } else void request.abort();
    });
    await page.goto(FIXTURE_URLS.meet);
    // The lobby is not a call: no panel yet.
    await new Promise((r) => setTimeout(r, 1_000));
    expect(page.frames()).toHaveLength(1);

    await page.click('[data-go="in-call"]');
    const frame = await findPanelFrame(page);
    await frame.waitForFunction(
      () => (document.body.textContent ?? '').includes('Sample: Rescued the checkout migration'),
      {
        timeout: 30_000,
      },
    );
    expect(await frame.evaluate(() => document.body.textContent ?? '')).toContain('Sample Co');
  });
});
