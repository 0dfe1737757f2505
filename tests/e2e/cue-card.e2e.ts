import type { Page, Worker } from 'playwright-core';
import { beforeAll, describe, expect } from 'vitest';
import { fixturePage } from '../fixtures/platforms';
import { MEET_LIKE_CSP, serveCallPages } from '../harness/call-pages';
import { ExtensionProbe } from '../harness/extension-api';
import { buildWithOptionalHostsGranted } from '../harness/granted-build.mjs';
import { shareBrowser, test } from './fixtures';
import {
  axButtonCenter,
  axButtons,
  buttonNames,
  clickAxButton,
  frameBox,
  HOSTS,
  MEDIA_FLAGS,
  MEET_BUTTONS,
  pageCanFind,
  panelFrame,
  serveHosts,
  waitForPanelFrame,
} from './pages/call-page';
import { openFold, openPanelTab, pinnedList } from './pages/panel';
import { openToolbarPopup } from './pages/popup';
import { API_DISPUTE, CHECKOUT, ON_CALL, SAMPLE_PLAN } from './pages/sample-data';

// The cue card: the plan's pinned stories, told marks, captured questions and the story finder, in every place the
// panel shows (the rehearsal room, a tab of its own, framed in the Meet, Zoom and Teams call pages, any site).

const PINNED_HOOK = 'Night pages dropped from eleven a week to two.';
const BUSY_MEET_URL = 'https://meet.google.com/xyz-abcd-efg';

describe('the cue card in the rehearsal room', () => {
  test("shows the plan's pinned stories; expand, mark told, capture and match a question, all kept in the call record", async ({
    context,
    extensionUrl,
    rehearsal,
    probe,
  }) => {
    const { room, panel, tabId } = await rehearsal.openAndStart();

    const pinned = pinnedList(panel);
    await expect.poll(() => pinned.getByRole('listitem').count()).toBe(4);
    const checkout = pinned.getByRole('button', { name: CHECKOUT });
    expect(await checkout.getAttribute('aria-expanded')).toBe('false');

    // One story open at a time, with its S/T/A/R lines and result metric.
    await checkout.click();
    expect(await checkout.getAttribute('aria-expanded')).toBe('true');
    const body = panel.getByRole('region', { name: CHECKOUT });
    await expect.poll(() => body.textContent()).toContain('4% → 0.3% errors');
    await pinned.getByRole('button', { name: ON_CALL }).click();
    expect(await checkout.getAttribute('aria-expanded')).toBe('false');
    await checkout.click();

    // Who is asking (#14): the plan's interviewer, said once; the told mark and the question record them.
    const asking = panel.getByRole('group', { name: 'Who is asking now' }).getByRole('button', { name: 'Alex Kim' });
    await asking.click();
    await expect.poll(() => asking.getAttribute('aria-pressed')).toBe('true');

    await body.getByRole('button', { name: 'Mark told' }).click();
    await expect.poll(() => body.textContent()).toMatch(/Told at/);
    await expect.poll(() => checkout.textContent()).toContain('Told');

    await panel.getByLabel('Jot down their question').fill('How do you handle pushback from another team?');
    await panel.getByRole('button', { name: 'Capture', exact: true }).click();
    const captured = panel.getByRole('list', { name: 'Their questions' });
    await expect.poll(() => captured.textContent()).toContain('How do you handle pushback from another team?');
    expect(await panel.getByLabel('Jot down their question').inputValue()).toBe('');

    await panel
      .getByLabel('Find a story: a keyword, or paste their question')
      .fill('Tell me about a time you disagreed with a colleague on another team');
    const found = panel.getByRole('list', { name: 'Find a story' });
    await expect
      .poll(() => found.getByRole('listitem').first().getByRole('button').first().textContent())
      .toContain(API_DISPUTE);
    await expect.poll(() => found.getByRole('listitem').first().textContent()).toContain('Conflict resolution');

    // The pitch and the questions to ask, one click away.
    await panel.getByText('Pitch and questions to ask').click();
    await expect
      .poll(() => panel.getByRole('group').filter({ hasText: 'Your pitch' }).textContent())
      .toContain('I turn messy, high-stakes systems into reliable ones');

    // The side panel for the same tab reads the call record, not the framed panel's state.
    const side = await openPanelTab(context, extensionUrl, tabId);
    await expect
      .poll(() => pinnedList(side).getByRole('button', { name: CHECKOUT }).textContent(), { timeout: 10_000 })
      .toContain('Told');
    await expect
      .poll(() => side.getByRole('list', { name: 'Their questions' }).textContent())
      .toContain('How do you handle pushback from another team?');

    const view = await probe.request('calls.current', { tabId });
    const told = view?.call.events.filter((event) => event.type === 'story-told') ?? [];
    expect(told).toHaveLength(1);
    expect(told[0]).toMatchObject({ interviewer: 'Alex Kim' });
    expect(view?.call.events.find((event) => event.type === 'question-captured')).toMatchObject({
      text: 'How do you handle pushback from another team?',
      interviewer: 'Alex Kim',
    });
    expect(view?.call.platform).toBe('rehearsal');

    await room.bringToFront();
    await room.getByRole('button', { name: 'Leave' }).click();
    await expect.poll(() => room.getByRole('status').textContent()).toMatch(/Rehearsal over after/);
    expect((await probe.request('calls.current', { tabId }))?.call.endedAt).toBeTypeOf('number');
  });

  test('works from the keyboard: / j k t q Escape and the help popover', async ({
    context,
    extensionUrl,
    rehearsal,
  }) => {
    const { tabId } = await rehearsal.openAndStart();
    // The same panel page, opened as a tab bound to the rehearsal's tab, so the keyboard reaches it directly.
    const panel = await openPanelTab(context, extensionUrl, tabId);
    await pinnedList(panel).getByRole('button', { name: ON_CALL }).waitFor();

    await panel.keyboard.press('/');
    expect(await panel.evaluate(() => document.activeElement?.id)).toBe('finder-input');
    await panel.keyboard.type('t');
    expect(await panel.getByLabel('Find a story: a keyword, or paste their question').inputValue()).toBe('t');
    await panel.keyboard.press('Escape');
    await panel.getByLabel('Find a story: a keyword, or paste their question').fill('');
    await panel.locator('body').click({ position: { x: 2, y: 2 } });

    const pinned = pinnedList(panel);
    await panel.keyboard.press('j');
    await expect.poll(() => pinned.getByRole('button', { name: ON_CALL }).getAttribute('aria-expanded')).toBe('true');
    expect(await panel.evaluate(() => document.activeElement?.textContent)).toContain(ON_CALL);
    await panel.keyboard.press('j');
    await expect.poll(() => pinned.getByRole('button', { name: CHECKOUT }).getAttribute('aria-expanded')).toBe('true');
    await panel.keyboard.press('k');
    await panel.keyboard.press('j');
    await panel.keyboard.press('t');
    await expect.poll(() => pinned.getByRole('button', { name: CHECKOUT }).textContent()).toContain('Told');

    await panel.keyboard.press('q');
    expect(await panel.evaluate(() => document.activeElement?.id)).toBe('capture-input');
    await panel.keyboard.type('Why this company?');
    await panel.keyboard.press('Enter');
    await expect
      .poll(() => panel.getByRole('list', { name: 'Their questions' }).textContent())
      .toContain('Why this company?');

    await panel.keyboard.press('Escape');
    await panel.keyboard.press('Escape');
    await expect.poll(() => pinned.getByRole('button', { name: CHECKOUT }).getAttribute('aria-expanded')).toBe('false');

    await panel.keyboard.press('?');
    const help = panel.getByRole('button', { name: 'Keyboard shortcuts' });
    await expect.poll(() => help.getAttribute('aria-expanded')).toBe('true');
    await expect.poll(() => panel.locator('#shortcut-list').textContent()).toContain('Mark the open story told');
    await panel.keyboard.press('Escape');
    await expect.poll(() => help.getAttribute('aria-expanded')).toBe('false');
    // Closed by its key, the popover hands focus back to its (icon) button.
    expect(await panel.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Keyboard shortcuts');
  });
});

describe('the panel without a call', () => {
  test('reviews the next planned interview, then starts and ends a call by hand on any site', async ({
    context,
    extensionUrl,
    probe,
  }) => {
    await serveCallPages(context, [
      { url: 'https://interview.example/room', html: '<title>Room</title><h1>Room</h1>' },
    ]);
    const site = await context.newPage();
    await site.goto('https://interview.example/room');
    const tabId = await probe.tabIdOfUrl('https://interview.example/room');

    const panel = await openPanelTab(context, extensionUrl, tabId);
    await panel.getByText('Not in a call: reviewing your next interview.').waitFor({ timeout: 15_000 });
    await panel.getByRole('heading', { name: SAMPLE_PLAN }).waitFor();
    await expect.poll(() => pinnedList(panel).getByRole('listitem').count()).toBe(4);
    // Without a call the checklist is a preview, filled from the plan, folded below the stories.
    await openFold(panel, 'Closing checklist');
    await expect
      .poll(() => panel.getByRole('region', { name: 'Closing checklist' }).textContent())
      .toContain('Thank Alex Kim by name');
    expect(await panel.getByRole('checkbox').count()).toBe(0);

    await panel.getByRole('button', { name: 'Start call' }).click();
    await panel.getByText('In call', { exact: true }).waitFor();
    const view = await probe.request('calls.current', { tabId });
    expect(view?.call).toMatchObject({ platform: 'generic', tabUrl: 'https://interview.example/room' });
    expect(view?.interview?.company).toBe('Sample Co');
    await expect.poll(() => panel.getByRole('checkbox').count()).toBe(5);

    await panel.getByRole('button', { name: 'End call' }).click();
    await panel.getByText('Call ended', { exact: true }).waitFor();
    expect((await probe.request('calls.current', { tabId }))?.call.endedAt).toBeTypeOf('number');
  });

  test('binds a call with no matching plan to one picked, or to a plan quick-created from a company name', async ({
    rehearsal,
  }) => {
    const room = await rehearsal.open();
    await rehearsal.planPicker.selectOption({ label: 'No plan, just my stories' });
    await room.getByRole('button', { name: 'Start rehearsal' }).click();
    const panel = rehearsal.panel;

    await panel.getByText('No plan for this call yet: pick one').waitFor();
    await panel.getByRole('button', { name: 'Use this plan' }).click();
    await panel.getByRole('heading', { name: SAMPLE_PLAN }).waitFor();

    await panel.getByText('Another plan').click();
    await panel.getByRole('button', { name: 'Create and use' }).click();
    await panel.getByText("Type the company's name first.").waitFor();
    await panel.getByLabel('Or a new plan for the company').fill('Globex');
    await panel.getByRole('button', { name: 'Create and use' }).click();
    await panel.getByRole('heading', { name: 'Globex', exact: true }).waitFor();
    await expect.poll(() => panel.getByText('No stories pinned to this interview yet.').count()).toBe(1);
  });
});

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

/** The loader's frame state for a host, as the background keeps it. */
async function storedFrameState(page: Page, host: string): Promise<unknown> {
  return page.evaluate(async (key) => (await chrome.storage.local.get(key))[key], `panelFrame:${host}`);
}

describe('the in-call panel on Google Meet', () => {
  const shared = shareBrowser({ args: MEDIA_FLAGS });
  let worker: Worker;
  let probe: ExtensionProbe;
  let page: Page;
  let meetTab: number;

  beforeAll(async () => {
    const { context, extensionUrl } = shared.extension;
    worker = context.serviceWorkers()[0]!;
    await recordRequests(worker);
    // Every policy violation the call page sees, from its first moment.
    await context.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { violations: string[] }).violations = seen;
      document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    await serveCallPages(context, [
      HOSTS.meet.route,
      { url: BUSY_MEET_URL, html: fixturePage('meet', 'in-call', { busy: true }), csp: MEET_LIKE_CSP },
    ]);
    // Opened before the call tab, so the call tab is the one in front.
    probe = await ExtensionProbe.open(context, extensionUrl);
    page = await context.newPage();
    await page.goto(HOSTS.meet.url);
    meetTab = await probe.tabIdOfUrl(HOSTS.meet.url);
  });

  test('does not appear in the lobby', async () => {
    await expect.poll(async () => (await seenFor(worker, meetTab)).map((s) => s.type)).toContain('call.report');
    expect(await seenFor(worker, meetTab)).toEqual([
      { type: 'call.report', data: { platform: 'meet', state: 'lobby' }, tabId: meetTab },
    ]);
    expect(panelFrame(page)).toBeUndefined();
    expect(await buttonNames(page)).not.toContain('Starboard');
  });

  test('appears once in the call, docked right above the call controls, with the plan’s pinned stories', async () => {
    await HOSTS.meet.joinButton(page).click();
    const frame = await waitForPanelFrame(page);
    await frame.getByText(ON_CALL).first().waitFor();
    await frame.getByRole('heading', { name: SAMPLE_PLAN }).waitFor();

    // The call in this tab is bound to the sample plan by its meeting link, and the header says so.
    const view = await probe.request('calls.current', { tabId: meetTab });
    expect(view?.interview?.company).toBe('Sample Co');
    expect(view?.pinnedStories.map((s) => s.title)).toContain(ON_CALL);
    await frame.getByRole('banner').getByText('Matched by link: Sample Co', { exact: true }).waitFor();
    await expect.poll(() => frame.getByRole('banner').getByRole('timer').textContent()).toMatch(/^\d+ min left$/);

    // One header, one collapse control: the frame's, in the page's closed root (trusted, its state known at once);
    // the panel page draws neither a second title bar nor a second collapse button.
    const collapseControls = async () =>
      (await buttonNames(page)).filter((name) => /collapse/i.test(name)).length +
      (await frame.getByRole('button', { name: /collapse/i }).count());
    expect(await collapseControls()).toBe(1);
    expect(await buttonNames(page)).not.toContain('Starboard');
    expect(await frame.getByRole('heading', { level: 1 }).count()).toBe(1);

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

  test('shows no story text to the call page', async () => {
    const frame = panelFrame(page)!;
    await frame.getByText(PINNED_HOOK).first().waitFor();
    // The search works (it finds the page's own text), and the story text is there, but only inside the frame.
    expect(await pageCanFind(page, ['Sam Berger', ON_CALL, PINNED_HOOK])).toEqual(['Sam Berger']);
    expect(await page.evaluate(() => document.querySelectorAll('iframe').length)).toBe(0);
  });

  test('cannot be framed by the page itself: only the loader knows the panel’s session address', async ({
    extensionId,
  }) => {
    // Waits for the frame's own load event, which fires for the error page too (a 1 s poll was seen to miss it on a
    // loaded machine).
    await page.evaluate(
      (id) =>
        new Promise<void>((resolve) => {
          const probe = document.createElement('iframe');
          probe.addEventListener('load', () => resolve(), { once: true });
          probe.src = `chrome-extension://${id}/panel.html`;
          probe.id = 'probe';
          document.body.append(probe);
        }),
      extensionId,
    );
    expect(page.frames().some((f) => f.url().startsWith('chrome-error://'))).toBe(true);
    expect(page.frames().filter((f) => /\/panel\.html/.test(f.url()))).toHaveLength(1);
    await page.evaluate(() => document.getElementById('probe')?.remove());
  });

  test('folds into a slim tab the moment the screen is shared, and comes back only at the user’s click', async () => {
    const present = page.getByRole('button', { name: MEET_BUTTONS.present });
    expect(await frameBox(page)).not.toBeNull();
    await present.click();
    await expect.poll(() => buttonNames(page)).toContain('Hidden while sharing');
    expect(await frameBox(page)).toBeNull();
    expect(await present.getAttribute('aria-pressed')).toBe('true');

    // Stopping the share is the page's word, which a hostile page could say during its own share: the frame stays
    // hidden (a one-way latch) until the user's own click on the slim tab.
    await present.click();
    await expect.poll(() => present.getAttribute('aria-pressed')).toBe('false');
    expect(await frameBox(page)).toBeNull();
    expect(await buttonNames(page)).toContain('Hidden while sharing');
    await clickAxButton(page, 'Hidden while sharing');
    await expect.poll(() => buttonNames(page)).toContain('Collapse the panel');
    expect(await frameBox(page)).not.toBeNull();
    expect(await buttonNames(page)).not.toContain('Hidden while sharing');
    const shares = (await seenFor(worker, meetTab)).filter((s) => s.type === 'call.share').map((s) => s.data);
    expect(shares).toEqual([{ sharing: true }, { sharing: false }]);
  });

  test('hides for a share Meet does not show as presenting: the page-world wrapper alone sees it', async () => {
    // The page's own call, outside its present button: Meet's presenting indicator never changes.
    await page.evaluate(async () => {
      const stream = await navigator.mediaDevices.getDisplayMedia({ video: true });
      (window as unknown as { shared: MediaStream }).shared = stream;
    });
    await expect.poll(() => buttonNames(page)).toContain('Hidden while sharing');
    expect(await page.getByRole('button', { name: MEET_BUTTONS.present }).getAttribute('aria-pressed')).toBe('false');
    await page.evaluate(() => {
      for (const track of (window as unknown as { shared: MediaStream }).shared.getTracks()) track.stop();
    });
    await clickAxButton(page, 'Hidden while sharing');
    await expect.poll(() => frameBox(page)).not.toBeNull();
  });

  test('blanks the browser side panel within 100 ms of a whole-screen share from the call tab, and restores it', async () => {
    const { context, extensionUrl } = shared.extension;
    // The side panel page as Chrome shows it for this tab (headless Chromium cannot open the real side panel).
    const side = await openPanelTab(context, extensionUrl, meetTab);
    await side.getByText(ON_CALL).first().waitFor();
    // The moment the panel's text loses every story, seen from inside the panel page.
    await side.evaluate((title) => {
      const record = window as unknown as { blankAt?: number };
      new MutationObserver(() => {
        if (record.blankAt === undefined && !(document.body.textContent ?? '').includes(title))
          record.blankAt = Date.now();
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    }, ON_CALL);

    // Chromium's fake capture answers "Entire screen" (displaySurface 'monitor').
    const { sharedAt, surface } = await page.evaluate(async () => {
      const stream = await navigator.mediaDevices.getDisplayMedia({ video: { displaySurface: 'monitor' } });
      (window as unknown as { shared: MediaStream }).shared = stream;
      return { sharedAt: Date.now(), surface: stream.getVideoTracks()[0]?.getSettings().displaySurface };
    });
    expect(surface).toBe('monitor');
    await side.getByText('Hidden while the call tab shares the screen').waitFor({ timeout: 5_000 });
    const blankAt = await side.evaluate(() => (window as unknown as { blankAt?: number }).blankAt);
    expect(blankAt).toBeTypeOf('number');
    expect(blankAt! - sharedAt).toBeLessThan(100);
    expect(await side.evaluate((title) => (document.body.textContent ?? '').includes(title), ON_CALL)).toBe(false);

    await page.evaluate(() => {
      for (const track of (window as unknown as { shared: MediaStream }).shared.getTracks()) track.stop();
    });
    // The share's end comes back at the user's click on the slim tab (a one-way latch), and the side panel with it.
    await clickAxButton(page, 'Hidden while sharing');
    await expect.poll(() => frameBox(page)).not.toBeNull();
    await side.getByText(ON_CALL).first().waitFor();
    await side.close();
  });

  test('collapses and expands from its own button and from the background, and remembers it', async ({
    context,
    extensionUrl,
  }) => {
    await clickAxButton(page, 'Collapse the panel');
    await expect.poll(() => buttonNames(page)).toContain('Starboard');
    expect(await frameBox(page)).toBeNull();
    const extensionPage = await context.newPage();
    await extensionPage.goto(extensionUrl('popup.html'));
    const stored = () => storedFrameState(extensionPage, 'meet');
    await expect.poll(stored).toMatchObject({ collapsed: true });

    // What the popup's "Show/hide panel on this tab" and the keyboard shortcut send.
    await probe.request('frame.frame', { action: 'toggle', tabId: meetTab });
    await expect.poll(() => frameBox(page)).not.toBeNull();
    await expect.poll(stored).toMatchObject({ collapsed: false });
    await extensionPage.close();
  });

  test('moves with its grip and resizes with its handle, by mouse and keyboard, and remembers where', async ({
    context,
    extensionUrl,
  }) => {
    const before = (await frameBox(page))!;
    const grip = (await axButtons(page)).find((b) => b.name === 'Move the panel: drag, or use the arrow keys')!;
    expect(grip).toBeDefined();
    // The grip sits in the loader's bar just above the panel, beside the collapse button: never over the panel's
    // iframe, which IntersectionObserver v2 would then count as covered (components/ui/occlusion.ts).
    const start = await axButtonCenter(page, grip.name);
    expect(before.y - start.y).toBeGreaterThan(0);
    expect(before.y - start.y).toBeLessThan(30);
    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    await page.mouse.move(start.x - 200, start.y + 40, { steps: 5 });
    await page.mouse.up();
    await expect.poll(async () => (await frameBox(page))!.x).toBeCloseTo(before.x - 200, -1);
    const moved = (await frameBox(page))!;
    expect(moved.y).toBeCloseTo(before.y + 40, -1);

    await page.keyboard.press('ArrowUp');
    await expect.poll(async () => (await frameBox(page))!.y).toBeCloseTo(moved.y - 16, -1);

    // The resize handle sits just below the panel's bottom left corner, in the loader's own strip.
    const handle = await axButtonCenter(page, /^Resize/);
    expect(handle.y).toBeGreaterThan(moved.y - 16 + moved.height);
    await page.mouse.move(handle.x, handle.y);
    await page.mouse.down();
    await page.mouse.move(handle.x - 100, handle.y - 50, { steps: 5 });
    await page.mouse.up();
    await expect.poll(async () => (await frameBox(page))!.width).toBeGreaterThan(moved.width + 80);

    const extensionPage = await context.newPage();
    await extensionPage.goto(extensionUrl('popup.html'));
    const stored = (await storedFrameState(extensionPage, 'meet')) as { rect: { width: number } };
    await extensionPage.close();
    expect(stored.rect.width).toBeGreaterThan(moved.width + 80);
  });

  test('reports a busy call page once, however much it changes', async ({ context }) => {
    const busy = await context.newPage();
    await busy.goto(BUSY_MEET_URL);
    const busyTab = await probe.tabIdOfUrl(BUSY_MEET_URL);
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
  const shared = shareBrowser({ extensionPath: buildWithOptionalHostsGranted(), args: MEDIA_FLAGS });
  let worker: Worker;

  beforeAll(async () => {
    const { context } = shared.extension;
    worker = context.serviceWorkers()[0]!;
    await serveHosts(context, [HOSTS.zoom, HOSTS.teams]);
  });

  const registeredScripts = () =>
    worker.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).map((s) => s.id).sort());

  test('registers the Zoom and Teams scripts and shows them on in the settings', async ({ context, extensionUrl }) => {
    const dashboard = await context.newPage();
    await dashboard.goto(extensionUrl('dashboard.html#/settings'));
    await expect.poll(() => dashboard.getByLabel('Zoom on the web', { exact: true }).isChecked()).toBe(true);
    await expect.poll(() => dashboard.getByLabel('Microsoft Teams on the web').isChecked()).toBe(true);
    expect(await registeredScripts()).toEqual([
      'starboard-teams-loader',
      'starboard-teams-share-guard',
      'starboard-zoom-loader',
      'starboard-zoom-share-guard',
    ]);
    await dashboard.close();
  });

  test('Zoom: the panel appears in the call, not in the lobby, and hides while sharing from the client frame until the user shows it', async ({
    context,
  }) => {
    const page = await context.newPage();
    await page.goto(HOSTS.zoom.url);
    const client = page.frameLocator('iframe#webclient');
    await HOSTS.zoom.joinButton(page).waitFor();
    expect(panelFrame(page)).toBeUndefined();
    await HOSTS.zoom.joinButton(page).click();
    const frame = await waitForPanelFrame(page);
    await frame.getByRole('heading', { level: 1 }).waitFor();
    await frame.getByText(ON_CALL).first().waitFor();
    // The page's script reaches its own client frame too (same origin), and finds no story text in either.
    expect(await pageCanFind(page, ['Sample:', ON_CALL, PINNED_HOOK])).toEqual([]);

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

  test('Teams: the panel appears in the call', async ({ context }) => {
    const page = await context.newPage();
    await page.goto(HOSTS.teams.url);
    await HOSTS.teams.joinButton(page).click();
    const frame = await waitForPanelFrame(page);
    await frame.getByRole('heading', { level: 1 }).waitFor();
    expect(await pageCanFind(page, ['Sample:'])).toEqual([]);
    await page.close();
  });

  test('says so, and changes nothing, when the browser will not take a permission back', async ({
    context,
    extensionUrl,
  }) => {
    // In this build the hosts are required permissions, which no extension may remove: the switch must not pretend.
    const dashboard = await context.newPage();
    await dashboard.goto(extensionUrl('dashboard.html#/settings'));
    await expect.poll(() => dashboard.getByLabel('Zoom on the web', { exact: true }).isChecked()).toBe(true);
    await dashboard.getByLabel('Zoom on the web', { exact: true }).click();
    await dashboard
      .getByRole('status')
      .filter({ hasText: 'Zoom on the web could not be switched; nothing was changed.' })
      .waitFor();
    expect(await dashboard.getByLabel('Zoom on the web', { exact: true }).isChecked()).toBe(true);
    expect(await registeredScripts()).toHaveLength(4);
    await dashboard.close();
  });
});

describe('"Use Starboard on this site" from the toolbar popup', () => {
  const shared = shareBrowser({ args: ['--enable-unsafe-extension-debugging'] });
  const SITE = 'https://calls.example.org/room/42';

  beforeAll(async () => {
    const { context } = shared.extension;
    await serveCallPages(context, [
      { url: SITE, html: '<!doctype html><title>Room 42</title><h1>Room 42</h1>', csp: MEET_LIKE_CSP },
    ]);
    // The dashboard opened on install would otherwise be the active tab the popup acts on.
    const dashboard =
      context.pages().find((p) => p.url().endsWith('/dashboard.html')) ??
      (await context.waitForEvent('page', { predicate: (p) => p.url().endsWith('/dashboard.html') }));
    await dashboard.close();
  });

  test('mounts the panel on any site the user asks for, and the popup shows and hides it', async ({
    context,
    extensionId,
  }) => {
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
