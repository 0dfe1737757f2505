import type { BrowserContext, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { freshProfileDir, launchWithExtension, stopServiceWorker } from '../harness/browser.mjs';

let context: BrowserContext | undefined;

afterEach(async () => {
  await context?.close();
  context = undefined;
});

async function openDashboard(ctx: BrowserContext, url: (path: string) => string): Promise<Page> {
  const page = await ctx.newPage();
  await page.goto(url('dashboard.html#/stories'));
  await page.getByRole('heading', { name: 'Story library' }).waitFor();
  return page;
}

async function writeStory(page: Page, title: string, hook: string) {
  await page.getByRole('button', { name: 'New story' }).click();
  await page.getByLabel('Title').fill(title);
  await page.getByLabel('Hook: the one detail they will remember').fill(hook);
  await page.getByLabel('Result', { exact: true }).fill('Cut p95 latency from 900 ms to 120 ms.');
  await expect.poll(() => page.getByRole('status').filter({ hasText: 'All changes saved' }).count()).toBe(1);
}

describe('foundation: one data path, in a real browser', () => {
  it('a story written in the dashboard shows in the panel and survives a browser restart', async () => {
    const userDataDir = freshProfileDir();
    const first = await launchWithExtension({ userDataDir });
    context = first.context;
    const dashboard = await openDashboard(context, first.extensionUrl);
    await writeStory(dashboard, 'Rebuilt the search indexer', 'Nine hundred to one hundred twenty.');

    const panel = await context.newPage();
    await panel.goto(first.extensionUrl('panel.html'));
    await expect
      .poll(() => panel.getByRole('button', { name: 'Rebuilt the search indexer' }).count())
      .toBeGreaterThan(0);

    await context.close();
    const second = await launchWithExtension({ userDataDir });
    context = second.context;
    expect(second.extensionId).toBe(first.extensionId);
    const reopened = await openDashboard(context, second.extensionUrl);
    await expect.poll(() => reopened.getByRole('link', { name: /Rebuilt the search indexer/ }).count()).toBe(1);
  });

  it('keeps reading and writing after the service worker is stopped, and open views catch up', async () => {
    const launched = await launchWithExtension();
    context = launched.context;
    const dashboard = await openDashboard(context, launched.extensionUrl);
    await writeStory(dashboard, 'Before the restart', 'First hook.');
    const panel = await context.newPage();
    await panel.goto(launched.extensionUrl('panel.html'));
    await panel.getByRole('button', { name: 'Before the restart' }).first().waitFor();

    await stopServiceWorker(context, launched.extensionId);

    await dashboard.bringToFront();
    await dashboard.getByLabel('Title').fill('After the restart');
    await expect.poll(() => dashboard.getByRole('status').filter({ hasText: 'All changes saved' }).count()).toBe(1);
    await dashboard.reload();
    await expect.poll(() => dashboard.getByRole('link', { name: /After the restart/ }).count()).toBe(1);

    // The panel never reloaded: its live subscription reconnected to the new worker and was pushed the change.
    await panel.bringToFront();
    await expect
      .poll(() => panel.getByRole('button', { name: 'After the restart' }).count(), { timeout: 10_000 })
      .toBeGreaterThan(0);
  });
});
