import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension } from '../harness/browser.mjs';
import { tabIdOf } from '../harness/extension-api';
import { waitForQuietDom } from '../harness/keyboard';
import { smallText, unreadBoxes } from '../harness/readable';
import { busyPanel, DASHBOARD_VIEWS, type DashboardView, DECIDE_VIEWS } from '../harness/views';

/**
 * What the candidate can actually read, measured in the rendered page rather than the DOM: the cue card's expanded
 * story shows its S/T/A/R text whole at the panel's default width, and no visible text on any view is under 12 px
 * (Chrome's extension page stylesheet shrinks `body` to 75%, so a size set on the root alone is not what renders).
 */

const PLAN = 'Sample Co · Senior Software Engineer · Hiring manager';
const PANEL_WIDTH = 360;

let context: BrowserContext;
let extensionUrl: (path: string) => string;
let tabId: number;

beforeAll(async () => {
  ({ context, extensionUrl } = await launchWithExtension());
  const room = await context.newPage();
  await room.goto(extensionUrl('rehearsal.html'));
  await room.getByLabel('Plan to rehearse').locator('option', { hasText: PLAN }).waitFor({ state: 'attached' });
  await room.getByRole('button', { name: 'Start rehearsal' }).click();
  await room.frameLocator('iframe[title="Starboard panel"]').getByRole('heading', { name: PLAN }).waitFor();
  tabId = await tabIdOf(room);
});
afterAll(async () => {
  await context?.close();
});

async function openPanel(): Promise<Page> {
  const panel = await context.newPage();
  await panel.setViewportSize({ width: PANEL_WIDTH, height: 800 });
  await panel.goto(extensionUrl(`panel.html?tabId=${tabId}`));
  await panel.getByRole('heading', { name: PLAN }).waitFor();
  return panel;
}

/** Opens the first pinned story and returns its card. */
async function expandFirstPinned(panel: Page) {
  const pinned = panel.getByRole('list', { name: 'Pinned for this interview' });
  const toggle = pinned.getByRole('button').first();
  await toggle.click();
  await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('true');
  return pinned.getByRole('article');
}

describe('the cue card at the panel default width (360 px)', () => {
  it('shows every S/T/A/R line of the expanded story whole, Result included', async () => {
    const panel = await openPanel();
    const card = await expandFirstPinned(panel);
    const lines = card.getByRole('definition');
    expect(await lines.count()).toBe(4);
    // The Result is the longest-lived sentence mid-answer: it must be rendered to its last word.
    const result = lines.last();
    expect((await result.textContent())?.length ?? 0).toBeGreaterThan(100);
    expect(await unreadBoxes(lines)).toEqual([]);
    await panel.close();
  });
});

const ALL_DASHBOARD_VIEWS: DashboardView[] = [
  ...DASHBOARD_VIEWS,
  {
    name: 'Settings',
    path: '#/settings',
    prepare: (page) => page.getByRole('heading', { level: 1 }).first().waitFor(),
  },
  { name: 'Journal', path: '#/journal', prepare: (page) => page.getByRole('heading', { level: 1 }).first().waitFor() },
  {
    name: 'Insights',
    path: '#/insights',
    prepare: (page) => page.getByRole('heading', { level: 1 }).first().waitFor(),
  },
  ...DECIDE_VIEWS,
];

describe('no visible text under 12 px', () => {
  for (const view of ALL_DASHBOARD_VIEWS) {
    it(`dashboard: ${view.name}`, async () => {
      const page = await context.newPage();
      await page.goto(extensionUrl(`dashboard.html${view.path}`));
      await page.getByRole('button', { name: 'Remove sample data' }).waitFor();
      await view.prepare(page);
      await waitForQuietDom(page);
      expect(await smallText(page)).toEqual([]);
      await page.close();
    });
  }

  it('popup', async () => {
    const page = await context.newPage();
    await page.goto(extensionUrl('popup.html'));
    await page.locator('#app > *').first().waitFor();
    await waitForQuietDom(page);
    expect(await smallText(page)).toEqual([]);
    await page.close();
  });

  it('panel in a call, a story open, a question captured, the shortcuts shown', async () => {
    const panel = await openPanel();
    await busyPanel(panel);
    await waitForQuietDom(panel);
    expect(await smallText(panel)).toEqual([]);
    await panel.close();
  });

  it('the rehearsal room around the panel', async () => {
    const [room] = context.pages().filter((page) => page.url().includes('rehearsal.html'));
    await waitForQuietDom(room!);
    expect(await smallText(room!)).toEqual([]);
  });
});
