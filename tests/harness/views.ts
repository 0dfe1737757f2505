import type { Page } from 'playwright-core';
import { waitForQuietDom } from './keyboard';

/** A view in the state a user works in, shared by the tests that scan views (axe, keyboard, type size). */
export interface DashboardView {
  name: string;
  /** The dashboard's hash route. */
  path: string;
  prepare(page: Page): Promise<void>;
}

/**
 * The dashboard's views: Up next as a new user first sees it (the guided start), then story review: a story open, a
 * question matched, a rehearsal just stopped, a plan open.
 */
export const DASHBOARD_VIEWS: DashboardView[] = [
  {
    name: 'Up next, with the guided start',
    path: '#/up-next',
    async prepare(page) {
      await page.getByRole('region', { name: 'Next interview' }).waitFor();
      await page.getByRole('list', { name: 'First steps' }).waitFor();
    },
  },
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
      // A rehearsal left unrated by an earlier test is kept, waiting for its rating: that is this state already.
      await waitForQuietDom(page);
      if (await page.getByRole('button', { name: 'Start timer' }).isVisible()) {
        await page.getByRole('button', { name: 'Start timer' }).click();
        await page.getByRole('button', { name: 'Stop timer' }).click();
      }
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

/** Every state worth scanning: a story open with match reasons, a captured question, the help open, the checklist forward. */
export async function busyPanel(page: Page) {
  await page.getByRole('list', { name: 'Pinned for this interview' }).getByRole('button').first().click();
  await page.getByLabel('Jot down their question').fill('Why do you want this job?');
  await page.getByRole('button', { name: 'Capture', exact: true }).click();
  await page.getByLabel('Find a story: a keyword, or paste their question').fill('a time you failed');
  await page.getByRole('list', { name: 'Find a story' }).waitFor();
  await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
  await page.getByText('Pitch and questions to ask').click();
}

/**
 * Decide (issue #14): the offers side by side (one offer entered through the form first, if none is there yet) and
 * the offer form.
 */
export const DECIDE_VIEWS: DashboardView[] = [
  {
    name: 'Decide, offers side by side',
    path: '#/decide',
    async prepare(page) {
      await page.getByRole('heading', { name: 'Decide between offers', level: 1 }).waitFor();
      const table = page.getByRole('table', { name: 'Offers side by side' });
      await waitForQuietDom(page);
      if (!(await table.isVisible())) {
        await page.getByRole('link', { name: 'Add an offer' }).click();
        await page.getByLabel('Company', { exact: true }).fill('Sample offer Co');
        await page.getByLabel('Base salary per year').fill('100000');
        await page.getByLabel('Decision deadline').fill('2099-01-15');
        await page.getByRole('button', { name: 'Save offer' }).click();
      }
      await table.waitFor();
    },
  },
  {
    name: 'Decide, the offer form',
    path: '#/decide/new',
    prepare: (page) => page.getByRole('form', { name: 'New offer' }).waitFor(),
  },
];
