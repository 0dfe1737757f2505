import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension } from '../harness/browser.mjs';
import { auditKeyboard } from '../harness/keyboard';

let context: BrowserContext;
let extensionUrl: (path: string) => string;

beforeAll(async () => {
  ({ context, extensionUrl } = await launchWithExtension());
});
afterAll(async () => {
  await context?.close();
});

// Every action reachable by keyboard, with focus visible, on each view as a user first sees it.
describe('keyboard: every control reachable by Tab, focus always visible', () => {
  for (const path of ['dashboard.html#/stories', 'panel.html', 'popup.html']) {
    it(path, async () => {
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
