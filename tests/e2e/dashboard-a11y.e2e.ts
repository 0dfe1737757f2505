import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousA11yViolations } from '../harness/axe';
import { launchWithExtension } from '../harness/browser.mjs';
import { auditKeyboard, waitForQuietDom } from '../harness/keyboard';
import { DASHBOARD_VIEWS } from '../harness/views';

/**
 * Every dashboard view of story review, in the state a user works in (a story open, a question matched, a rehearsal
 * just stopped, a plan open): no serious or critical axe-core violation, every control reachable by Tab with its
 * focus visible. Sample data, seeded on install, fills the views.
 */

let context: BrowserContext;
let extensionUrl: (path: string) => string;

beforeAll(async () => {
  ({ context, extensionUrl } = await launchWithExtension());
});
afterAll(async () => {
  await context?.close();
});

async function open(path: string, prepare: (page: Page) => Promise<void>): Promise<Page> {
  const page = await context.newPage();
  await page.goto(extensionUrl(`dashboard.html${path}`));
  // Sample data is seeded on install; wait until it shows before acting on it.
  await page.getByRole('button', { name: 'Remove sample data' }).waitFor();
  await prepare(page);
  await waitForQuietDom(page);
  return page;
}

describe('dashboard story review: accessibility', () => {
  for (const view of DASHBOARD_VIEWS) {
    it(`${view.name}: no serious or critical axe-core violation`, async () => {
      const page = await open(view.path, view.prepare);
      expect(await seriousA11yViolations(page)).toEqual([]);
      await page.close();
    });

    it(`${view.name}: every control reachable by Tab, focus visible`, async () => {
      const page = await open(view.path, view.prepare);
      const audit = await auditKeyboard(page);
      expect({ unreachable: audit.unreachable, invisibleFocus: audit.invisibleFocus }).toEqual({
        unreachable: [],
        invisibleFocus: [],
      });
      await page.close();
    });
  }
});
