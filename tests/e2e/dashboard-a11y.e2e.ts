import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousA11yViolations } from '../harness/axe';
import { launchWithExtension } from '../harness/browser.mjs';
import { auditKeyboard, waitForQuietDom } from '../harness/keyboard';

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

const VIEWS: Array<{ name: string; path: string; prepare(page: Page): Promise<void> }> = [
  {
    name: 'Stories, with a story open',
    path: '#/stories',
    async prepare(page) {
      await page.getByRole('link', { name: /Sample: Rescued the checkout migration/ }).click();
      await page.getByRole('complementary', { name: 'Scorecard hints' }).waitFor();
    },
  },
  {
    name: 'Coverage',
    path: '#/coverage',
    async prepare(page) {
      await page.getByRole('table').waitFor();
    },
  },
  {
    name: 'Match, with a question matched',
    path: '#/match',
    async prepare(page) {
      await page.getByLabel('Interview question').fill('Tell me about a time you disagreed with a teammate.');
      await page.getByRole('list', { name: 'Matching stories' }).waitFor();
    },
  },
  {
    name: 'Practice, after a rehearsal',
    path: '#/practice',
    async prepare(page) {
      await page.getByRole('button', { name: 'Show STAR bullets' }).click();
      await page.getByRole('button', { name: 'Start timer' }).click();
      await page.getByRole('button', { name: 'Stop timer' }).click();
      await page.getByRole('group', { name: 'How was your delivery?' }).waitFor();
    },
  },
  {
    name: 'Plans, with a plan open',
    path: '#/plans',
    async prepare(page) {
      await page.getByRole('link', { name: /Sample Co/ }).click();
      await page.getByRole('list', { name: 'Pinned stories' }).waitFor();
    },
  },
];

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
  for (const view of VIEWS) {
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
