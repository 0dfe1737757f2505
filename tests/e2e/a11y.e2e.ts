import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousA11yViolations } from '../harness/axe';
import { launchWithExtension } from '../harness/browser.mjs';
import { waitForQuietDom } from '../harness/keyboard';

let context: BrowserContext;
let extensionUrl: (path: string) => string;

beforeAll(async () => {
  ({ context, extensionUrl } = await launchWithExtension());
});
afterAll(async () => {
  await context?.close();
});

describe('accessibility (axe-core): no serious or critical violations', () => {
  for (const path of ['dashboard.html#/stories', 'dashboard.html#/settings', 'panel.html', 'popup.html']) {
    it(path, async () => {
      const page = await context.newPage();
      await page.goto(extensionUrl(path));
      await page.locator('#app > *').first().waitFor();
      await waitForQuietDom(page);
      expect(await seriousA11yViolations(page)).toEqual([]);
      await page.close();
    });
  }
});
