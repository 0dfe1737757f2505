import type { Browser, Frame, Page } from 'puppeteer-core';
import { FIXTURE_URLS, fixturePage } from '../../fixtures/platforms';

/**
 * The Meet fixture in Firefox (puppeteer-core over WebDriver BiDi): served at its real address by request
 * interception, joined, and the panel frame found. Firefox lets no WebDriver navigation reach a moz-extension://
 * page that is not web-accessible, so a call page is how a test sees the extension's UI there.
 */
export async function openMeetLobby(browser: Browser): Promise<Page> {
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
  return page;
}

export async function findPanelFrame(page: Page, timeoutMs = 60_000): Promise<Frame> {
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

/** Joins the call on the lobby page and waits for the panel to show a text (a pinned story's title). */
export async function joinAndSeePanel(page: Page, text: string): Promise<Frame> {
  await page.click('[data-go="in-call"]');
  const frame = await findPanelFrame(page);
  await frame.waitForFunction(
    (wanted: string) => (document.body.textContent ?? '').includes(wanted),
    {
      timeout: 30_000,
    },
    text,
  );
  return frame;
}
