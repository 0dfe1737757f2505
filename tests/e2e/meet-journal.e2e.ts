import type { BrowserContext, Frame, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { FIXTURE_URLS, fixturePage } from '../fixtures/platforms';
import { launchWithExtension } from '../harness/browser.mjs';
import { MEET_LIKE_CSP, serveCallPages } from '../harness/call-pages';
import { ExtensionProbe } from '../harness/extension-api';

// Issue 6's journey on the real call path: the Meet fixture at its real address, the loader, the framed panel.
const PINNED = 'Sample: Led the on-call overhaul across three teams';
const QUESTION = 'How did you get three teams to agree on one rota?';
const WENT_WELL = 'The on-call story landed; they asked two follow-ups about the rota.';

let context: BrowserContext | undefined;

afterEach(async () => {
  await context?.close();
  context = undefined;
});

function panelFrame(page: Page): Frame | undefined {
  return page.frames().find((f) => /\/panel\.html/.test(f.url()));
}

async function joinMeet(ctx: BrowserContext): Promise<{ page: Page; panel: Frame }> {
  await serveCallPages(ctx, [{ url: FIXTURE_URLS.meet, html: fixturePage('meet', 'lobby'), csp: MEET_LIKE_CSP }]);
  const page = await ctx.newPage();
  await page.goto(FIXTURE_URLS.meet);
  await page.locator('[data-go="in-call"]').click();
  await expect.poll(() => panelFrame(page) !== undefined, { timeout: 15_000 }).toBe(true);
  const panel = panelFrame(page)!;
  await panel.getByRole('list', { name: 'Pinned for this interview' }).waitFor();
  return { page, panel };
}

async function searchJournal(dashboard: Page, text: string): Promise<void> {
  await dashboard.getByLabel('Search the journal').fill(text);
  await dashboard
    .getByRole('status')
    .filter({ hasText: /Matches:|No entries match/ })
    .waitFor();
}

describe('the journal, drafted from a call on the Meet fixture', () => {
  it('tell a story, capture a question, leave: the panel turns to a prefilled draft that saves and is found', async () => {
    const launched = await launchWithExtension();
    context = launched.context;
    const { page, panel } = await joinMeet(context);

    const pinned = panel.getByRole('list', { name: 'Pinned for this interview' });
    await pinned.getByRole('button', { name: PINNED }).click();
    await panel.getByRole('region', { name: PINNED }).getByRole('button', { name: 'Mark told' }).click();
    await expect.poll(() => pinned.getByRole('button', { name: PINNED }).textContent()).toContain('Told');
    await panel.getByLabel('Jot down their question').fill(QUESTION);
    await panel.getByRole('button', { name: 'Capture', exact: true }).click();
    await expect.poll(() => panel.getByRole('list', { name: 'Their questions' }).textContent()).toContain(QUESTION);

    // Leaving the call: the fixture's own leave control, as the user would press it.
    await page.locator('[data-go="ended"]').click();

    const journal = panelFrame(page)!;
    await journal.getByText('The call has ended.', { exact: false }).waitFor({ timeout: 20_000 });
    await expect.poll(() => journal.getByLabel('Question 1', { exact: true }).inputValue()).toBe(QUESTION);
    await expect.poll(() => journal.getByRole('listitem').filter({ hasText: PINNED }).count()).toBeGreaterThan(0);
    await journal.getByLabel('What went well').fill(WENT_WELL);
    // Beside "Save entry", the status says what the button adds, not that typing is already saved.
    await journal
      .getByRole('status')
      .filter({ hasText: 'Kept as a draft as you type. Save entry marks it reviewed.' })
      .waitFor();
    // The interview took place: its plan is done.
    const probe = await ExtensionProbe.open(context, launched.extensionUrl);
    const plans = await probe.request('plans.list', undefined);
    expect(plans.find((plan) => plan.company === 'Sample Co')?.status).toBe('done');
    await journal.getByRole('button', { name: 'Save entry' }).click();
    await journal.getByRole('status').filter({ hasText: 'Entry saved' }).waitFor();

    const dashboard = await context.newPage();
    await dashboard.goto(launched.extensionUrl('dashboard.html#/journal'));
    await dashboard.getByRole('heading', { name: 'Journal', level: 1 }).waitFor();
    await searchJournal(dashboard, 'rota');
    await dashboard
      .getByRole('link', { name: /Sample Co/ })
      .first()
      .click();
    await expect.poll(() => dashboard.getByLabel('What went well').inputValue()).toBe(WENT_WELL);
  });
});
