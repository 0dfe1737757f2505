// `npm run screenshots [dir]`: the real build in headless Chromium with its sample data, photographed in light and
// dark: the panel at its default 360 px beside a rehearsal call with a story open, the same panel framed in the Meet
// fixture (the loader's chrome over its corner: one header, one collapse control), the rehearsal room, and the
// dashboard's Stories (a story open), Coverage, Settings (at the heads-ups) and Up next at 1280×800. For reviewing
// the look and for the README; written to test-results/screenshots unless a folder is given. Build first (npm run
// build).
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launchWithExtension, ROOT, registerFixtureUrls } from './browser.mjs';

const PLAN = 'Sample Co · Senior Software Engineer · Hiring manager';
/** The sample plan's meeting link, served with the Meet fixture's lobby (tests/fixtures/platforms/meet-lobby.html). */
const MEET_URL = 'https://meet.google.com/abc-defg-hij';
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

  registerFixtureUrls(context, [MEET_URL]);
  const lobby = readFileSync(join(ROOT, 'tests', 'fixtures', 'platforms', 'meet-lobby.html'), 'utf8');
  await context.route('https://meet.google.com/**', (route) =>
    new URL(route.request().url()).pathname === '/abc-defg-hij'
      ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: lobby })
      : route.fulfill({ status: 404, body: '' }),
  );
  const meet = await context.newPage();
  await meet.setViewportSize({ width: 1280, height: 800 });
  await meet.goto(MEET_URL);
  await meet.getByRole('button', { name: 'Jetzt teilnehmen' }).click();
  let framed;
  for (let i = 0; i < 150 && !framed; i++) {
    framed = meet.frames().find((f) => /\/panel\.html/.test(f.url()));
    if (!framed) await meet.waitForTimeout(100);
  }
  await framed.getByRole('heading', { name: PLAN }).waitFor();
  await framed.getByRole('list', { name: 'Pinned for this interview' }).getByRole('button').first().click();

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

  const shots = [
    ['panel-story', panel, {}],
    ['call-page-panel', meet, {}],
    ['rehearsal-room', room, {}],
    ['dashboard-stories', dashboard, {}],
    ['dashboard-coverage', coverage, {}],
    ['dashboard-settings', settings, {}],
    ['dashboard-up-next', upNext, {}],
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
