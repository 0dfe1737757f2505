import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { freshProfileDir, stopServiceWorker } from '../harness/browser.mjs';
import { test } from './fixtures';
import { openDashboard, waitSaved } from './pages/dashboard';
import { openFold, openPanelTab } from './pages/panel';

async function openStoryLibrary(context: BrowserContext, extensionUrl: (path: string) => string): Promise<Page> {
  const page = await openDashboard(context, extensionUrl, '#/stories');
  await page.getByRole('heading', { name: 'Story library' }).waitFor();
  return page;
}

async function writeStory(page: Page, title: string, hook: string) {
  await page.getByRole('button', { name: 'New story' }).click();
  await page.getByLabel('Title').fill(title);
  await page.getByLabel('Hook: the one detail they will remember').fill(hook);
  await page.getByLabel('Result', { exact: true }).fill('Cut p95 latency from 900 ms to 120 ms.');
  await waitSaved(page);
}

describe('foundation: one data path, in a real browser', () => {
  test('a story written in the dashboard shows in the panel and survives a browser restart', async ({ browsers }) => {
    const userDataDir = freshProfileDir();
    const first = await browsers.launch({ userDataDir });
    const dashboard = await openStoryLibrary(first.context, first.extensionUrl);
    await writeStory(dashboard, 'Rebuilt the search indexer', 'Nine hundred to one hundred twenty.');

    const panel = await openPanelTab(first.context, first.extensionUrl);
    // Not pinned to the next interview: in the folded library, as a candidate would look for it.
    await openFold(panel, 'All stories');
    await expect
      .poll(() => panel.getByRole('button', { name: 'Rebuilt the search indexer' }).count())
      .toBeGreaterThan(0);

    await browsers.close(first);
    const second = await browsers.launch({ userDataDir });
    expect(second.extensionId).toBe(first.extensionId);
    const reopened = await openStoryLibrary(second.context, second.extensionUrl);
    await expect.poll(() => reopened.getByRole('link', { name: /Rebuilt the search indexer/ }).count()).toBe(1);
  });

  test('keeps reading and writing after the service worker is stopped, and open views catch up', async ({
    context,
    extensionId,
    extensionUrl,
  }) => {
    const dashboard = await openStoryLibrary(context, extensionUrl);
    await writeStory(dashboard, 'Before the restart', 'First hook.');
    const panel = await openPanelTab(context, extensionUrl);
    await openFold(panel, 'All stories');
    await panel.getByRole('button', { name: 'Before the restart' }).first().waitFor();

    await stopServiceWorker(context, extensionId);

    await dashboard.bringToFront();
    await dashboard.getByLabel('Title').fill('After the restart');
    await waitSaved(dashboard);
    await dashboard.reload();
    await expect.poll(() => dashboard.getByRole('link', { name: /After the restart/ }).count()).toBe(1);

    // The panel never reloaded: its live subscription reconnected to the new worker and was pushed the change.
    await panel.bringToFront();
    await expect
      .poll(() => panel.getByRole('button', { name: 'After the restart' }).count(), { timeout: 10_000 })
      .toBeGreaterThan(0);
  });
});
