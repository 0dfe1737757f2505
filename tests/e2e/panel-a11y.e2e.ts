import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousA11yViolations } from '../harness/axe';
import { launchWithExtension } from '../harness/browser.mjs';
import { ExtensionProbe, tabIdOf } from '../harness/extension-api';
import { busyPanel } from '../harness/views';

const MIN = 60_000;
const PLAN = 'Sample Co · Senior Software Engineer · Hiring manager';

let context: BrowserContext;
let extensionUrl: (path: string) => string;
let room: Page;
let tabId: number;

beforeAll(async () => {
  ({ context, extensionUrl } = await launchWithExtension());
  await context.clock.install();
  room = await context.newPage();
  await room.goto(extensionUrl('rehearsal.html'));
  // The sample plan is seeded on install; the lobby offers it once it is there.
  await room.getByLabel('Plan to rehearse').locator('option', { hasText: PLAN }).waitFor({ state: 'attached' });
});
afterAll(async () => {
  await context?.close();
});

describe('accessibility of the panel and the rehearsal room (axe-core: no serious or critical violations)', () => {
  it('the rehearsal lobby', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      await room.emulateMedia({ colorScheme });
      expect(await seriousA11yViolations(room)).toEqual([]);
    }
  });

  it('the rehearsal room in a call', async () => {
    await room.getByRole('button', { name: 'Start rehearsal' }).click();
    await room.frameLocator('iframe[title="Starboard panel"]').getByRole('heading', { name: PLAN }).waitFor();
    tabId = await tabIdOf(room);
    for (const colorScheme of ['light', 'dark'] as const) {
      await room.emulateMedia({ colorScheme });
      expect(await seriousA11yViolations(room)).toEqual([]);
    }
  });

  it('the panel with a call and a plan, in light and dark, before and at the closing checklist', async () => {
    const panel = await context.newPage();
    await panel.setViewportSize({ width: 360, height: 800 });
    await panel.goto(extensionUrl(`panel.html?tabId=${tabId}`));
    await panel.getByRole('heading', { name: PLAN }).waitFor();
    await busyPanel(panel);
    for (const colorScheme of ['light', 'dark'] as const) {
      await panel.emulateMedia({ colorScheme });
      expect(await seriousA11yViolations(panel)).toEqual([]);
    }

    const probe = await ExtensionProbe.open(context, extensionUrl);
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

  it('the dashboard settings', async () => {
    const page = await context.newPage();
    await page.goto(extensionUrl('dashboard.html#/settings'));
    await page.getByRole('heading', { name: 'Closing checklist' }).waitFor();
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      expect(await seriousA11yViolations(page)).toEqual([]);
    }
  });
});
