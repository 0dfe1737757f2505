import type { Page } from 'playwright-core';
import { beforeAll, describe, expect } from 'vitest';
import { seriousA11yViolations } from '../harness/axe';
import { auditKeyboard, waitForQuietDom } from '../harness/keyboard';
import { DASHBOARD_VIEWS, DECIDE_VIEWS } from '../harness/views';
import { shareBrowser, test } from './fixtures';
import { openPanelTab } from './pages/panel';
import { RehearsalRoom } from './pages/rehearsal';
import { SAMPLE_PLAN } from './pages/sample-data';

// Accessibility of every page: axe-core (no serious or critical violation) and the keyboard (every control reachable
// by Tab, focus always visible). Each describe shares one browser among its scans.

const MIN = 60_000;

describe('accessibility (axe-core): no serious or critical violations', () => {
  shareBrowser();

  for (const path of ['dashboard.html#/stories', 'dashboard.html#/settings', 'panel.html', 'popup.html']) {
    test(`${path}, light and dark`, async ({ context, extensionUrl }) => {
      const page = await context.newPage();
      await page.goto(extensionUrl(path));
      await page.locator('#app > *').first().waitFor();
      await waitForQuietDom(page);
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        expect({ colorScheme, violations: await seriousA11yViolations(page) }).toEqual({ colorScheme, violations: [] });
      }
      await page.close();
    });
  }
});

// Every action reachable by keyboard, with focus visible, on each view as a user first sees it.
describe('keyboard: every control reachable by Tab, focus always visible', () => {
  shareBrowser();

  for (const path of ['dashboard.html#/stories', 'panel.html', 'popup.html']) {
    test(path, async ({ context, extensionUrl }) => {
      const page = await context.newPage();
      await page.goto(extensionUrl(path));
      await page.locator('#app > *').first().waitFor();
      const audit = await auditKeyboard(page);
      expect({ unreachable: audit.unreachable, invisibleFocus: audit.invisibleFocus }).toEqual({
        unreachable: [],
        invisibleFocus: [],
      });
      await page.close();
    });
  }
});

/**
 * Every dashboard view of story review, in the state a user works in (a story open, a question matched, a rehearsal
 * just stopped, a plan open): no serious or critical axe-core violation, every control reachable by Tab with its
 * focus visible. Sample data, seeded on install, fills the views.
 */
/** The dashboard's views in the state a user works in (tests/harness/views.ts, shared with readable.e2e.ts). */
const VIEWS = [...DASHBOARD_VIEWS, ...DECIDE_VIEWS];

async function openView(
  context: { newPage(): Promise<Page> },
  extensionUrl: (path: string) => string,
  view: (typeof VIEWS)[number],
): Promise<Page> {
  const page = await context.newPage();
  await page.goto(extensionUrl(`dashboard.html${view.path}`));
  // Sample data is seeded on install; wait until it shows before acting on it.
  await page.getByRole('button', { name: 'Remove sample data' }).waitFor();
  await view.prepare(page);
  await waitForQuietDom(page);
  return page;
}

describe('dashboard story review: accessibility', () => {
  shareBrowser();

  for (const view of VIEWS) {
    test(`${view.name}: no serious or critical axe-core violation, light and dark`, async ({
      context,
      extensionUrl,
    }) => {
      const page = await openView(context, extensionUrl, view);
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        expect({ colorScheme, violations: await seriousA11yViolations(page) }).toEqual({ colorScheme, violations: [] });
      }
      await page.close();
    });

    test(`${view.name}: every control reachable by Tab, focus visible`, async ({ context, extensionUrl }) => {
      const page = await openView(context, extensionUrl, view);
      const audit = await auditKeyboard(page);
      expect({ unreachable: audit.unreachable, invisibleFocus: audit.invisibleFocus }).toEqual({
        unreachable: [],
        invisibleFocus: [],
      });
      await page.close();
    });
  }
});

/** Every state worth scanning: a story open with match reasons, a captured question, the help open, the checklist forward. */
async function busyPanel(page: Page) {
  await page.getByRole('list', { name: 'Pinned for this interview' }).getByRole('button').first().click();
  await page.getByLabel('Jot down their question').fill('Why do you want this job?');
  await page.getByRole('button', { name: 'Capture', exact: true }).click();
  await page.getByLabel('Find a story: a keyword, or paste their question').fill('a time you failed');
  await page.getByRole('list', { name: 'Find a story' }).waitFor();
  await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
  await page.getByText('Pitch and questions to ask').click();
}

describe('accessibility of the panel and the rehearsal room (axe-core: no serious or critical violations)', () => {
  const shared = shareBrowser();
  let rehearsal: RehearsalRoom;
  let room: Page;
  let tabId: number;

  beforeAll(async () => {
    const { context, extensionUrl } = shared.extension;
    await context.clock.install();
    rehearsal = new RehearsalRoom(context, extensionUrl);
    // The sample plan is seeded on install; the lobby offers it once it is there.
    room = await rehearsal.open();
  });

  test('the rehearsal lobby', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      await room.emulateMedia({ colorScheme });
      expect(await seriousA11yViolations(room)).toEqual([]);
    }
  });

  test('the rehearsal room in a call', async () => {
    ({ tabId } = await rehearsal.start());
    for (const colorScheme of ['light', 'dark'] as const) {
      await room.emulateMedia({ colorScheme });
      expect(await seriousA11yViolations(room)).toEqual([]);
    }
  });

  test('the panel with a call and a plan, in light and dark, before and at the closing checklist', async ({
    context,
    extensionUrl,
    probe,
  }) => {
    const panel = await openPanelTab(context, extensionUrl, tabId, { width: 360, height: 800 });
    await panel.getByRole('heading', { name: SAMPLE_PLAN }).waitFor();
    await busyPanel(panel);
    for (const colorScheme of ['light', 'dark'] as const) {
      await panel.emulateMedia({ colorScheme });
      expect(await seriousA11yViolations(panel)).toEqual([]);
    }

    const call = (await probe.request('calls.current', { tabId }))!.call;
    await panel.bringToFront();
    const pageNow = await panel.evaluate(() => Date.now());
    await context.clock.fastForward(call.joinedAt + 38 * MIN - pageNow);
    await panel.getByText('Time to start closing: your checklist is here.').waitFor();
    await panel.getByRole('checkbox').first().check();
    await panel.getByRole('button', { name: 'Edit checklist for this interview' }).click();
    for (const colorScheme of ['light', 'dark'] as const) {
      await panel.emulateMedia({ colorScheme });
      expect(await seriousA11yViolations(panel)).toEqual([]);
    }
  });

  test('the dashboard settings', async ({ context, extensionUrl }) => {
    const page = await context.newPage();
    await page.goto(extensionUrl('dashboard.html#/settings'));
    await page.getByRole('heading', { name: 'Closing checklist' }).waitFor();
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      expect(await seriousA11yViolations(page)).toEqual([]);
    }
  });
});
