// `npm run screenshots [dir]`: the real build in headless Chromium with its sample data, photographed in light and
// dark: the panel at its default 360 px beside a rehearsal call with a story open, the rehearsal room, and the
// dashboard's Stories (a story open), Coverage, Settings (at the heads-ups), Up next and Plans (the sample plan open) at 1280×800, and the toolbar popup. For reviewing
// the look and for the README; written to test-results/screenshots unless a folder is given. Build first (npm run
// build).
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launchWithExtension, ROOT } from './browser.mjs';

const PLAN = 'Sample Co · Senior Software Engineer · Hiring manager';
const outDir = resolve(process.argv[2] ?? join(ROOT, 'test-results', 'screenshots'));
mkdirSync(outDir, { recursive: true });

const { context, extensionUrl } = await launchWithExtension();
try {
  const room = await context.newPage();
  await room.goto(extensionUrl('rehearsal.html'));
  await room.getByLabel('Plan to rehearse').locator('option', { hasText: PLAN }).waitFor({ state: 'attached' });
  await room.getByRole('button', { name: 'Start rehearsal' }).click();
  await room.frameLocator('iframe[title="Starboard panel"]').getByRole('heading', { name: PLAN }).waitFor();
  const tabId = await room.evaluate(async () => (await globalThis.chrome.tabs.getCurrent()).id);

  const panel = await context.newPage();
  // Tall enough for the whole panel without a scrollbar, so the shot is the 360 px the panel lays out in.
  await panel.setViewportSize({ width: 360, height: 2300 });
  await panel.goto(extensionUrl(`panel.html?tabId=${tabId}`));
  await panel.getByRole('heading', { name: PLAN }).waitFor();
  await panel.getByRole('list', { name: 'Pinned for this interview' }).getByRole('button').first().click();

  const dashboard = await context.newPage();
  await dashboard.goto(extensionUrl('dashboard.html#/stories'));
  await dashboard.getByRole('link', { name: /Sample: Led the on-call overhaul/ }).click();
  await dashboard.getByRole('complementary', { name: 'Scorecard hints' }).waitFor();

  const coverage = await context.newPage();
  await coverage.goto(extensionUrl('dashboard.html#/coverage'));
  await coverage.getByRole('table').waitFor();

  const settings = await context.newPage();
  await settings.goto(extensionUrl('dashboard.html#/settings'));
  await settings.getByRole('group', { name: 'Heads-up before interviews' }).scrollIntoViewIfNeeded();

  const upNext = await context.newPage();
  await upNext.goto(extensionUrl('dashboard.html#/up-next'));
  await upNext.getByRole('heading', { name: 'Up next', level: 1 }).waitFor();

  const plans = await context.newPage();
  await plans.goto(extensionUrl('dashboard.html#/plans'));
  await plans.getByRole('link', { name: /Sample Co/ }).click();
  await plans.getByRole('heading', { name: 'Sample Co — Senior Software Engineer', level: 2 }).waitFor();

  // The toolbar popup as a tab of its own width (its active tab is itself: "Not a call page").
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 364, height: 560 });
  await popup.goto(extensionUrl('popup.html'));
  await popup.getByRole('region', { name: 'Next interview' }).waitFor();

  const shots = [
    ['panel-story', panel, {}],
    ['rehearsal-room', room, {}],
    ['dashboard-stories', dashboard, {}],
    ['dashboard-coverage', coverage, {}],
    ['dashboard-settings', settings, {}],
    ['dashboard-up-next', upNext, {}],
    ['dashboard-plans', plans, {}],
    ['popup', popup, {}],
  ];
  for (const colorScheme of ['light', 'dark']) {
    for (const [name, page, options] of shots) {
      await page.bringToFront();
      await page.emulateMedia({ colorScheme });
      await page.waitForTimeout(300);
      const path = join(outDir, `${name}-${colorScheme}.png`);
      await page.screenshot({ path, ...options });
      console.log(path);
    }
  }
} finally {
  await context.close();
}
