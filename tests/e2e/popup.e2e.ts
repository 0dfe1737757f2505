import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe } from 'vitest';
import { casePage } from '../fixtures/platforms';
import { ExtensionProbe } from '../harness/extension-api';
import { buildWithOptionalHostsGranted } from '../harness/granted-build.mjs';
import { expect, shareBrowser, test } from './fixtures';
import { waitForPanelFrame } from './pages/call-page';
import { caseByName, serveCase } from './pages/platform-flow';
import { openToolbarPopup } from './pages/popup';

/**
 * Issue #11, the toolbar popup on a call page, as the user meets it: the real popup opened by the toolbar button on
 * the call tab (so it acts on that tab, as `tabs.query({active: true})` finds it), driven by role and accessible name
 * through its accessibility tree. The popup's layout may change; these names may not.
 */

/** The dashboard opened on install would otherwise be the active tab the popup acts on. */
async function closeDashboard(context: BrowserContext): Promise<void> {
  const dashboard =
    context.pages().find((p) => p.url().endsWith('/dashboard.html')) ??
    (await context.waitForEvent('page', { predicate: (p) => p.url().endsWith('/dashboard.html') }));
  await dashboard.close();
}

async function openCase(context: BrowserContext, name: string, url = caseByName(name).url): Promise<Page> {
  await serveCase(context, name, url);
  const page = await context.newPage();
  await page.goto(url);
  return page;
}

/** Every run of text a person could read on a fixture page (its comments are not page text). */
function pageTexts(html: string): string[] {
  const body = html.replace(/<!--[\s\S]*?-->/g, '').match(/<body[^>]*>([\s\S]*)<\/body>/i)?.[1] ?? '';
  return body
    .split(/<[^>]+>/)
    .map((text) => text.trim())
    .filter((text) => text.length > 2);
}

describe('the popup on a call page it cannot read, and on a platform that is off', () => {
  const shared = shareBrowser({ args: ['--enable-unsafe-extension-debugging'] });

  beforeAll(async () => {
    const { context } = shared.extension;
    await closeDashboard(context);
    // The report is copied by the popup and read back by the test, as the user's paste would.
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  });

  test('says the state is unknown, copies a report without page text, and shows the panel now', async ({
    context,
    extensionId,
    extensionUrl,
  }) => {
    // Meet's denial screen, opened fresh: no call control at all, so the adapter reads nothing and it stays unknown.
    const page = await openCase(context, 'meet-denied');
    const popup = await openToolbarPopup(context, page, extensionId);
    await popup.waitForRole(
      'region',
      'Starboard cannot tell whether you are in a call on this page.',
      'popupStateUnknown',
    );
    await popup.clickRole('button', 'Copy a detection report', 'popupCopyReport');
    await popup.waitForRole(
      'StaticText',
      'Detection report copied. It holds no meeting ids and no page text: paste it into a new issue.',
      'popupReportCopied',
    );

    const reader = await context.newPage();
    await reader.goto(extensionUrl('popup.html'));
    const report = () => reader.evaluate(() => navigator.clipboard.readText());
    await expect.poll(report).toMatch(/^Starboard detection report/);
    const text = await report();
    expect(text).toContain('platform: meet');
    expect(text).toContain('page: https://meet.google.com/<meet-code>');
    expect(text).toMatch(/signals missing: [^\n]*icon:call_end/);
    expect(text).toMatch(/verdicts \(last 5 min\): [^\n]*unknown/);
    expect(text).not.toContain('abc-defg-hij');
    const texts = pageTexts(casePage('meet-denied'));
    expect(texts.length).toBeGreaterThan(2);
    expect(texts.filter((t) => text.includes(t))).toEqual([]);
    await reader.close();

    await page.bringToFront();
    const again = await openToolbarPopup(context, page, extensionId);
    await again.clickRole('button', 'Show the panel now', 'popupShowPanelNow');
    const frame = await waitForPanelFrame(page);
    await frame.getByRole('heading', { level: 1 }).waitFor();
    await page.close();
  });

  test('on Zoom while Zoom is off, says so and offers the switch', async ({ context, extensionId }) => {
    const page = await openCase(context, 'zoom-lobby');
    const popup = await openToolbarPopup(context, page, extensionId);
    await popup.waitForRole('StaticText', 'Zoom is off, so Starboard does not run on this page.', 'popupPlatformOff');
    await popup.waitForRole('button', 'Turn on Zoom', 'platformTurnOn');
    await page.close();
  });
});

describe('the popup turns a platform on from its own switch', () => {
  // The browser's permission prompt cannot be answered headless; in this build the hosts are granted, so the
  // request from the click resolves at once and the rest of the path (sync, scripts, status) is the real one.
  const shared = shareBrowser({
    extensionPath: buildWithOptionalHostsGranted(),
    args: ['--enable-unsafe-extension-debugging'],
  });

  beforeAll(async () => {
    await closeDashboard(shared.extension.context);
  });

  test('Turn on Zoom from the popup, then Zoom is on', async ({ context, extensionId, extensionUrl, probe }) => {
    // Zoom as it reads before the switch: the background mirrors the grant at start, so the setting is set after.
    await expect.poll(async () => (await probe.request('settings.get', undefined)).platforms.zoom).toBe(true);
    await probe.request('settings.update', { platforms: { zoom: false, teams: true } });
    // The popup acts on the active tab: the probe's tab must not be it.
    await probe.close();
    const page = await openCase(context, 'zoom-lobby');
    const popup = await openToolbarPopup(context, page, extensionId);
    await popup.clickRole('button', 'Turn on Zoom', 'platformTurnOn');
    await popup.waitForRole('StaticText', 'Zoom is on. Tabs already open there need a reload.', 'settingsPlatformOn');
    const after = await ExtensionProbe.open(context, extensionUrl);
    expect((await after.request('settings.get', undefined)).platforms.zoom).toBe(true);
    await after.close();
    await page.close();
  });
});
