import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { extensionSession } from '../harness/session';

/**
 * Where focus goes in the dashboard, for keyboard and screen-reader users: past the navigation with a skip link, to
 * the new view's heading after switching views, to the story's heading after opening one from the list.
 */

const session = extensionSession();

async function openDashboard(path = '#/stories'): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(session.extensionUrl(`dashboard.html${path}`));
  await page.getByRole('button', { name: 'Remove sample data' }).waitFor();
  return page;
}

/** The focused element as a user would name it: its role-ish tag and its text. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    return el ? `${el.tagName.toLowerCase()}: ${(el.textContent ?? '').trim().slice(0, 60)}` : null;
  });

describe('dashboard focus', () => {
  it('offers a skip link as the first Tab stop, which moves focus to the main content', async () => {
    const page = await openDashboard();
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to main content' });
    expect(await skip.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await skip.isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('MAIN');
    await expect.poll(() => page.url()).toMatch(/#\/stories$/);
    // The next Tab lands inside the view, not back in the navigation.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => !!document.activeElement?.closest('main'))).toBe(true);
    await page.close();
  });

  it('moves focus to the view heading after switching views', async () => {
    const page = await openDashboard();
    const nav = page.getByRole('navigation', { name: 'Dashboard sections' });
    await nav.getByRole('link', { name: 'Coverage' }).click();
    await expect.poll(() => focused(page)).toBe('h1: Coverage');
    await nav.getByRole('link', { name: 'Plans' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toMatch(/^h1: /);
    expect(await page.getByRole('heading', { level: 1 }).first().textContent()).toBe(
      (await focused(page))!.replace(/^h1: /, ''),
    );
    await page.close();
  });

  it('moves focus to the story heading after opening a story from the list', async () => {
    const page = await openDashboard();
    await page.getByRole('link', { name: /Sample: Rescued the checkout migration/ }).click();
    await expect.poll(() => focused(page)).toBe('h2: Sample: Rescued the checkout migration');
    await page.close();
  });
});
