import type { BrowserContext, Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_URLS, fixturePage } from '../fixtures/platforms';
import { launchWithExtension } from '../harness/browser.mjs';
import {
  axButtons,
  buttonNames,
  clickAxButton,
  frameBox,
  MEDIA_FLAGS,
  pageCanFind,
  panelFrame,
  waitForPanelFrame,
} from '../harness/call-page';
import { MEET_LIKE_CSP, serveCallPages } from '../harness/call-pages';
import { buildWithOptionalHostsGranted } from '../harness/granted-build.mjs';
import { openToolbarPopup } from '../harness/toolbar-popup';

const PINNED_TITLE = 'Sample: Led the on-call overhaul across three teams';
const PINNED_HOOK = 'Night pages dropped from eleven a week to two.';
const BUSY_MEET_URL = 'https://meet.google.com/xyz-abcd-efg';

interface Seen {
  type: string;
  data: unknown;
  tabId?: number;
}

/** Records every request reaching the service worker, as the background's own listener sees it. */
async function recordRequests(worker: Worker): Promise<void> {
  await worker.evaluate(() => {
    const seen: Seen[] = [];
    (globalThis as unknown as { seen: Seen[] }).seen = seen;
    chrome.runtime.onMessage.addListener((message, sender) => {
      if (message && typeof message.type === 'string')
        seen.push({ type: message.type, data: message.data, tabId: sender.tab?.id });
    });
  });
}

async function seenFor(worker: Worker, tabId: number): Promise<Seen[]> {
  const all = await worker.evaluate(() => (globalThis as unknown as { seen: Seen[] }).seen);
  return all.filter((s) => s.tabId === tabId);
}

async function tabIdOf(worker: Worker, url: string): Promise<number> {
  return worker.evaluate(async (u) => (await chrome.tabs.query({ url: u }))[0]?.id ?? -1, url);
}

describe('the in-call panel on Google Meet', () => {
  let context: BrowserContext;
  let worker: Worker;
  let extensionUrl: (path: string) => string;
  let page: Page;
  let meetTab: number;

  beforeAll(async () => {
    ({ context, extensionUrl } = await launchWithExtension({ args: MEDIA_FLAGS }));
    worker = context.serviceWorkers()[0]!;
    await recordRequests(worker);
    // Every policy violation the call page sees, from its first moment.
    await context.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { violations: string[] }).violations = seen;
      document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    await serveCallPages(context, [
      { url: FIXTURE_URLS.meet, html: fixturePage('meet', 'lobby'), csp: MEET_LIKE_CSP },
      { url: BUSY_MEET_URL, html: fixturePage('meet', 'in-call', { busy: true }), csp: MEET_LIKE_CSP },
    ]);
    page = await context.newPage();
    await page.goto(FIXTURE_URLS.meet);
    meetTab = await tabIdOf(worker, FIXTURE_URLS.meet);
  });
  afterAll(async () => {
    await context?.close();
  });

  it('does not appear in the lobby', async () => {
    await expect.poll(async () => (await seenFor(worker, meetTab)).map((s) => s.type)).toContain('call.report');
    expect(await seenFor(worker, meetTab)).toEqual([
      { type: 'call.report', data: { platform: 'meet', state: 'lobby' }, tabId: meetTab },
    ]);
    expect(panelFrame(page)).toBeUndefined();
    expect(await buttonNames(page)).not.toContain('Starboard');
  });

  it('appears once in the call, docked right above the call controls, with the plan’s pinned stories', async () => {
    await page.getByRole('button', { name: 'Jetzt teilnehmen' }).click();
    const frame = await waitForPanelFrame(page);
    await frame.getByText(PINNED_TITLE).first().waitFor();
    await frame.getByRole('heading', { name: 'Sample Co · Senior Software Engineer · Hiring manager' }).waitFor();

    // The call in this tab is bound to the sample plan by its meeting link.
    const extensionPage = await context.newPage();
    await extensionPage.goto(extensionUrl('popup.html'));
    const reply = (await extensionPage.evaluate(
      (tabId) => chrome.runtime.sendMessage({ id: 1, type: 'calls.current', data: { tabId }, timestamp: Date.now() }),
      meetTab,
    )) as { res: { interview: { company: string }; pinnedStories: Array<{ title: string }> } };
    await extensionPage.close();
    expect(reply.res.interview.company).toBe('Sample Co');
    expect(reply.res.pinnedStories.map((s) => s.title)).toContain(PINNED_TITLE);

    const box = (await frameBox(page))!;
    const viewport = page.viewportSize()!;
    expect(viewport.width - (box.x + box.width)).toBeLessThanOrEqual(24);
    // The bottom bar, where all three apps keep their call controls, stays free.
    expect(box.y + box.height).toBeLessThanOrEqual(viewport.height - 96);

    // Under Meet's policy (no frames, Trusted Types) nothing of ours was blocked; the fixture's own inline <style>
    // is, which shows the policy is in force.
    const violations = await page.evaluate(() => (window as unknown as { violations: string[] }).violations);
    expect(violations).toContain('style-src-elem inline');
    expect(violations.filter((v) => v !== 'style-src-elem inline')).toEqual([]);
  });

  it('shows no story text to the call page', async () => {
    const frame = panelFrame(page)!;
    await frame.getByText(PINNED_HOOK).first().waitFor();
    // The search works (it finds the page's own text), and the story text is there, but only inside the frame.
    expect(await pageCanFind(page, ['Sam Berger', PINNED_TITLE, PINNED_HOOK])).toEqual(['Sam Berger']);
    expect(await page.evaluate(() => document.querySelectorAll('iframe').length)).toBe(0);
  });

  it('cannot be framed by the page itself: only the loader knows the panel’s session address', async () => {
    const extensionId = new URL(extensionUrl('')).host;
    await page.evaluate((id) => {
      const probe = document.createElement('iframe');
      probe.src = `chrome-extension://${id}/panel.html`;
      probe.id = 'probe';
      document.body.append(probe);
    }, extensionId);
    await expect.poll(() => page.frames().some((f) => f.url().startsWith('chrome-error://'))).toBe(true);
    expect(page.frames().filter((f) => /\/panel.html/.test(f.url()))).toHaveLength(1);
    await page.evaluate(() => document.getElementById('probe')?.remove());
  });

  it('folds into a slim tab the moment the screen is shared, and comes back only at the user’s click', async () => {
    expect(await frameBox(page)).not.toBeNull();
    await page.getByRole('button', { name: 'Jetzt präsentieren' }).click();
    await expect.poll(() => buttonNames(page)).toContain('Hidden while sharing');
    expect(await frameBox(page)).toBeNull();
    expect(await page.getByRole('button', { name: 'Jetzt präsentieren' }).getAttribute('aria-pressed')).toBe('true');

    // Stopping the share is the page's word, which a hostile page could say during its own share: the frame stays
    // hidden (a one-way latch) until the user's own click on the slim tab.
    await page.getByRole('button', { name: 'Jetzt präsentieren' }).click();
    await expect
      .poll(() => page.getByRole('button', { name: 'Jetzt präsentieren' }).getAttribute('aria-pressed'))
      .toBe('false');
    expect(await frameBox(page)).toBeNull();
    expect(await buttonNames(page)).toContain('Hidden while sharing');
    await clickAxButton(page, 'Hidden while sharing');
    await expect.poll(() => buttonNames(page)).toContain('Collapse the panel');
    expect(await frameBox(page)).not.toBeNull();
    expect(await buttonNames(page)).not.toContain('Hidden while sharing');
    const shares = (await seenFor(worker, meetTab)).filter((s) => s.type === 'call.share').map((s) => s.data);
    expect(shares).toEqual([{ sharing: true }, { sharing: false }]);
  });

  it('hides for a share Meet does not show as presenting: the page-world wrapper alone sees it', async () => {
    // The page's own call, outside its present button: Meet's presenting indicator never changes.
    await page.evaluate(async () => {
      const stream = await navigator.mediaDevices.getDisplayMedia({ video: true });
      (window as unknown as { shared: MediaStream }).shared = stream;
    });
    await expect.poll(() => buttonNames(page)).toContain('Hidden while sharing');
    expect(await page.getByRole('button', { name: 'Jetzt präsentieren' }).getAttribute('aria-pressed')).toBe('false');
    await page.evaluate(() => {
      for (const track of (window as unknown as { shared: MediaStream }).shared.getTracks()) track.stop();
    });
    await clickAxButton(page, 'Hidden while sharing');
    await expect.poll(() => frameBox(page)).not.toBeNull();
  });

  it('collapses and expands from its own button and from the background, and remembers it', async () => {
    await clickAxButton(page, 'Collapse the panel');
    await expect.poll(() => buttonNames(page)).toContain('Starboard');
    expect(await frameBox(page)).toBeNull();
    const extensionPage = await context.newPage();
    await extensionPage.goto(extensionUrl('popup.html'));
    const stored = () =>
      extensionPage.evaluate(async () => (await chrome.storage.local.get('panelFrame:meet'))['panelFrame:meet']);
    await expect.poll(stored).toMatchObject({ collapsed: true });

    // What the popup's "Show/hide panel on this tab" and the keyboard shortcut send.
    await extensionPage.evaluate(
      (tabId) =>
        chrome.runtime.sendMessage({
          id: 2,
          type: 'frame.frame',
          data: { action: 'toggle', tabId },
          timestamp: Date.now(),
        }),
      meetTab,
    );
    await expect.poll(() => frameBox(page)).not.toBeNull();
    await expect.poll(stored).toMatchObject({ collapsed: false });
    await extensionPage.close();
  });

  it('moves with its grip and resizes with its handle, by mouse and keyboard, and remembers where', async () => {
    const before = (await frameBox(page))!;
    const grip = (await axButtons(page)).find((b) => b.name === 'Starboard')!;
    expect(grip).toBeDefined();
    const start = { x: before.x + 40, y: before.y - 14 };
    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    await page.mouse.move(start.x - 200, start.y + 40, { steps: 5 });
    await page.mouse.up();
    await expect.poll(async () => (await frameBox(page))!.x).toBeCloseTo(before.x - 200, -1);
    const moved = (await frameBox(page))!;
    expect(moved.y).toBeCloseTo(before.y + 40, -1);

    await page.keyboard.press('ArrowUp');
    await expect.poll(async () => (await frameBox(page))!.y).toBeCloseTo(moved.y - 16, -1);

    const handle = { x: moved.x + 6, y: moved.y - 16 + moved.height - 6 };
    await page.mouse.move(handle.x, handle.y);
    await page.mouse.down();
    await page.mouse.move(handle.x - 100, handle.y - 50, { steps: 5 });
    await page.mouse.up();
    await expect.poll(async () => (await frameBox(page))!.width).toBeGreaterThan(moved.width + 80);

    const extensionPage = await context.newPage();
    await extensionPage.goto(extensionUrl('popup.html'));
    const stored = (await extensionPage.evaluate(
      async () => (await chrome.storage.local.get('panelFrame:meet'))['panelFrame:meet'],
    )) as { rect: { width: number } };
    await extensionPage.close();
    expect(stored.rect.width).toBeGreaterThan(moved.width + 80);
  });

  it('reports a busy call page once, however much it changes', async () => {
    const busy = await context.newPage();
    await busy.goto(BUSY_MEET_URL);
    const busyTab = await tabIdOf(worker, BUSY_MEET_URL);
    await waitForPanelFrame(busy);
    // Sixty changes at twenty a second: three times the watcher's longest wait.
    await busy.evaluate(
      () =>
        new Promise<void>((done) => {
          let changes = 0;
          new MutationObserver(() => {
            if (++changes >= 60) done();
          }).observe(document.body, { childList: true, subtree: true });
        }),
    );
    const requests = (await seenFor(worker, busyTab)).map((s) => `${s.type} ${JSON.stringify(s.data)}`);
    expect(requests).toEqual(['call.report {"platform":"meet","state":"in-call"}', 'frame.mount {}']);
    await busy.close();
  });
});

describe('the in-call panel on Zoom and Teams, once switched on', () => {
  let context: BrowserContext;
  let worker: Worker;
  let extensionUrl: (path: string) => string;

  beforeAll(async () => {
    ({ context, extensionUrl } = await launchWithExtension({
      extensionPath: buildWithOptionalHostsGranted(),
      args: MEDIA_FLAGS,
    }));
    worker = context.serviceWorkers()[0]!;
    await serveCallPages(context, [
      { url: FIXTURE_URLS.zoom, html: fixturePage('zoom', 'lobby') },
      { url: FIXTURE_URLS.teams, html: fixturePage('teams', 'lobby') },
    ]);
  });
  afterAll(async () => {
    await context?.close();
  });

  it('registers the Zoom and Teams scripts and shows them on in the settings', async () => {
    const dashboard = await context.newPage();
    await dashboard.goto(extensionUrl('dashboard.html#/settings'));
    await expect.poll(() => dashboard.getByLabel('Zoom on the web').isChecked()).toBe(true);
    await expect.poll(() => dashboard.getByLabel('Microsoft Teams on the web').isChecked()).toBe(true);
    const ids = await worker.evaluate(async () =>
      (await chrome.scripting.getRegisteredContentScripts()).map((s) => s.id).sort(),
    );
    expect(ids).toEqual([
      'starboard-teams-loader',
      'starboard-teams-share-guard',
      'starboard-zoom-loader',
      'starboard-zoom-share-guard',
    ]);
    await dashboard.close();
  });

  it('Zoom: the panel appears in the call, not in the lobby, and hides while sharing from the client frame until the user shows it', async () => {
    const page = await context.newPage();
    await page.goto(FIXTURE_URLS.zoom);
    const client = page.frameLocator('iframe#webclient');
    await client.getByRole('button', { name: 'Rejoindre' }).waitFor();
    expect(panelFrame(page)).toBeUndefined();
    await client.getByRole('button', { name: 'Rejoindre' }).click();
    const frame = await waitForPanelFrame(page);
    await frame.getByRole('heading', { level: 1 }).waitFor();
    await frame.getByText(PINNED_TITLE).first().waitFor();
    // The page's script reaches its own client frame too (same origin), and finds no story text in either.
    expect(await pageCanFind(page, ['Sample:', PINNED_TITLE, PINNED_HOOK])).toEqual([]);

    await client.getByRole('button', { name: 'Partager' }).click();
    await expect.poll(() => buttonNames(page)).toContain('Hidden while sharing');
    expect(await frameBox(page)).toBeNull();
    // The share ends; the panel comes back at the user's click on the slim tab (the page's word is a one-way latch).
    await client.getByRole('button', { name: 'Partager' }).click();
    expect(await frameBox(page)).toBeNull();
    await clickAxButton(page, 'Hidden while sharing');
    await expect.poll(() => frameBox(page)).not.toBeNull();
    await page.close();
  });

  it('Teams: the panel appears in the call', async () => {
    const page = await context.newPage();
    await page.goto(FIXTURE_URLS.teams);
    await page.getByRole('button', { name: '今すぐ参加' }).click();
    const frame = await waitForPanelFrame(page);
    await frame.getByRole('heading', { level: 1 }).waitFor();
    expect(await pageCanFind(page, ['Sample:'])).toEqual([]);
    await page.close();
  });

  it('says so, and changes nothing, when the browser will not take a permission back', async () => {
    // In this build the hosts are required permissions, which no extension may remove: the switch must not pretend.
    const dashboard = await context.newPage();
    await dashboard.goto(extensionUrl('dashboard.html#/settings'));
    await expect.poll(() => dashboard.getByLabel('Zoom on the web').isChecked()).toBe(true);
    await dashboard.getByLabel('Zoom on the web').click();
    await dashboard
      .getByRole('status')
      .filter({ hasText: 'Zoom on the web could not be switched; nothing was changed.' })
      .waitFor();
    expect(await dashboard.getByLabel('Zoom on the web').isChecked()).toBe(true);
    const ids = await worker.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).length);
    expect(ids).toBe(4);
    await dashboard.close();
  });
});

describe('"Use Starboard on this site" from the toolbar popup', () => {
  let context: BrowserContext;
  let extensionId: string;
  const SITE = 'https://calls.example.org/room/42';

  beforeAll(async () => {
    ({ context, extensionId } = await launchWithExtension({ args: ['--enable-unsafe-extension-debugging'] }));
    await serveCallPages(context, [
      { url: SITE, html: '<!doctype html><title>Room 42</title><h1>Room 42</h1>', csp: MEET_LIKE_CSP },
    ]);
    // The dashboard opened on install would otherwise be the active tab the popup acts on.
    const dashboard =
      context.pages().find((p) => p.url().endsWith('/dashboard.html')) ??
      (await context.waitForEvent('page', { predicate: (p) => p.url().endsWith('/dashboard.html') }));
    await dashboard.close();
  });
  afterAll(async () => {
    await context?.close();
  });

  it('mounts the panel on any site the user asks for, and the popup shows and hides it', async () => {
    const page = await context.newPage();
    await page.goto(SITE);
    expect(panelFrame(page)).toBeUndefined();

    await (await openToolbarPopup(context, page, extensionId)).click('Use Starboard on this site', 'popupUseHere');
    const frame = await waitForPanelFrame(page);
    await frame.getByRole('heading', { level: 1 }).waitFor();
    await expect.poll(() => frameBox(page)).not.toBeNull();
    expect(await pageCanFind(page, ['Sample:'])).toEqual([]);

    await (await openToolbarPopup(context, page, extensionId)).click('Show/hide panel on this tab', 'popupToggleFrame');
    await expect.poll(() => frameBox(page)).toBeNull();
    expect(await buttonNames(page)).toContain('Starboard');
  });
});
