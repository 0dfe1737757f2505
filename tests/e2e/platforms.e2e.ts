import type { Worker } from 'playwright-core';
import { beforeAll, describe } from 'vitest';
import { registerFixtureUrls } from '../harness/browser.mjs';
import { buildWithOptionalHostsGranted } from '../harness/granted-build.mjs';
import { expect, shareBrowser, test } from './fixtures';
import { panelFrame, waitForPanelFrame } from './pages/call-page';
import { caseByName, serveCase, showScreen } from './pages/platform-flow';

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

  test('Meet: the waiting screen makes no call and no panel for as long as it lasts; admission does', async ({
    context,
    probe,
  }) => {
    await serveCase(context, 'meet-lobby');
    const page = await context.newPage();
    await page.goto(caseByName('meet-lobby').url);
    // The only tab at this address (each test closes its own).
    const tabId = await probe.tabIdOfUrl(page.url());
    await showScreen(page, 'meet-waiting');
    // Past the watcher's debounce and its 5 s grace for lost signals, twice over.
    await page.waitForTimeout(12_000);
    expect(await probe.request('calls.current', { tabId })).toBeNull();
    expect(panelFrame(page)).toBeUndefined();

    await showScreen(page, 'meet-in-call');
    await waitForPanelFrame(page);
    await expect.poll(async () => (await probe.request('calls.current', { tabId }))?.call.platform).toBe('meet');
    const callId = (await probe.callIn(tabId)).call.id;

    await showScreen(page, 'meet-ended');
    await expect.poll(() => probe.request('calls.current', { tabId })).toBeNull();
    const [ended] = await probe.request('calls.recent', { since: 0 });
    expect(ended?.id).toBe(callId);
    expect(ended?.endedAt).toBeTypeOf('number');
    await page.close();
  });

  test('Zoom: lobby, waiting room, in call, recording consent, ended by host', async ({ context, probe }) => {
    await serveCase(context, 'zoom-lobby');
    const page = await context.newPage();
    await page.goto(caseByName('zoom-lobby').url);
    // The only tab at this address (each test closes its own).
    const tabId = await probe.tabIdOfUrl(page.url());
    await showScreen(page, 'zoom-waiting-room');
    await page.waitForTimeout(3000);
    expect(await probe.request('calls.current', { tabId })).toBeNull();
    expect(panelFrame(page)).toBeUndefined();

    await showScreen(page, 'zoom-in-call');
    await waitForPanelFrame(page);
    await expect.poll(async () => (await probe.request('calls.current', { tabId }))?.call.platform).toBe('zoom');
    await showScreen(page, 'zoom-recording-consent');
    await page.waitForTimeout(7000);
    expect((await probe.request('calls.current', { tabId }))?.call.platform).toBe('zoom');

    await showScreen(page, 'zoom-ended');
    await expect.poll(() => probe.request('calls.current', { tabId })).toBeNull();
    await page.close();
  });

  test('Teams: a guest join (coords form) shows the plan bound by its link, then ends', async ({ context, probe }) => {
    await probe.request('plans.save', {
      company: 'Guest Join Co',
      role: 'Engineer',
      round: 'Panel',
      // The invite as the candidate got it; the tab's URL is the launcher's coords form of the same meeting.
      meetingUrl:
        'https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjMxNzFkNTUtNjVkMy00Nzc4LTk1MDgtNjZkOWEyNTMxOTY1%40thread.v2/0',
    });
    await serveCase(context, 'teams-guest-prejoin');
    const page = await context.newPage();
    await page.goto(caseByName('teams-guest-prejoin').url);
    // The only tab at this address (each test closes its own).
    const tabId = await probe.tabIdOfUrl(page.url());
    await showScreen(page, 'teams-guest-waiting');
    await page.waitForTimeout(3000);
    expect(await probe.request('calls.current', { tabId })).toBeNull();
    expect(panelFrame(page)).toBeUndefined();

    await showScreen(page, 'teams-guest-in-call');
    const frame = await waitForPanelFrame(page);
    await frame
      .getByRole('heading', { name: /Guest Join Co/ })
      .first()
      .waitFor({ timeout: 15_000 });
    expect((await probe.callIn(tabId)).interview?.company).toBe('Guest Join Co');

    await showScreen(page, 'teams-guest-ended');
    await expect.poll(() => probe.request('calls.current', { tabId })).toBeNull();
    await page.close();
  });
});
