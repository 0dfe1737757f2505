import type { BrowserContext, Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/** Generous: polls wait for a state to be reached on a shared, noisy machine; they time nothing. */
export const WAIT = { timeout: 15_000 };

/** Opens the dashboard at a route (`#/stories`, `#/settings`…) and waits for its navigation. */
export async function openDashboard(
  context: BrowserContext,
  extensionUrl: (path: string) => string,
  route = '#/stories',
): Promise<Page> {
  const page = await context.newPage();
  await page.goto(extensionUrl(`dashboard.html${route}`));
  await page.getByRole('navigation', { name: 'Dashboard sections' }).waitFor();
  return page;
}

/** Goes to a dashboard section by its link, as a user does, and waits for the section's heading. */
export async function goTo(page: Page, section: string, heading: string) {
  await page.getByRole('navigation', { name: 'Dashboard sections' }).getByRole('link', { name: section }).click();
  await page.getByRole('heading', { name: heading, level: 1 }).waitFor();
}

/** Waits until the autosaving editor says everything typed is saved. */
export async function waitSaved(page: Page) {
  await expect.poll(() => page.getByRole('status').filter({ hasText: 'All changes saved' }).count(), WAIT).toBe(1);
}

// The journal section.

export function jsonFile(name: string, value: unknown) {
  return {
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)),
  };
}

export async function openJournal(page: Page, extensionUrl: (path: string) => string) {
  await page.goto(extensionUrl('dashboard.html#/journal'));
  await page.getByRole('heading', { name: 'Journal', level: 1 }).waitFor();
}

function searchStatus(page: Page) {
  return page.getByRole('status').filter({ hasText: /Matches:|No entries match/ });
}

/** Types into the journal search and waits for the result count to show. */
export async function searchJournal(page: Page, text: string) {
  await page.getByLabel('Search the journal').fill(text);
  const status = searchStatus(page);
  await expect.poll(async () => (await status.textContent()) ?? '').not.toBe('');
  return status;
}

export async function entryCount(page: Page): Promise<number> {
  await page.getByLabel('Search the journal').fill('');
  const status = searchStatus(page);
  await expect.poll(async () => (await status.count()) > 0).toBe(true);
  const text = (await status.textContent()) ?? '';
  // The count is written the UI language's way ("5,000"): digits and group separators, read as one number.
  return Number((/Matches: (\d[\d,.\u202f\u00a0]*)/.exec(text)?.[1] ?? '0').replace(/\D/g, ''));
}

/** Restores a backup file from the journal page, in "merge" (the default) or "replace" mode. */
export async function restore(page: Page, file: ReturnType<typeof jsonFile> | string, mode: 'merge' | 'replace') {
  await page.getByLabel('Restore from a backup file').setInputFiles(file);
  await page.getByRole('columnheader', { name: 'In the file' }).waitFor();
  expect(await page.getByLabel(/^Merge:/).isChecked()).toBe(true);
  if (mode === 'replace') await page.getByLabel(/^Replace:/).check();
  await page
    .getByRole('button', { name: mode === 'merge' ? 'Merge the backup' : 'Replace everything with the backup' })
    .click();
  await page.getByRole('status').filter({ hasText: 'Restored:' }).waitFor();
}

/**
 * Drops a file on a view the way a drag from the desktop does: dragover then drop, with a DataTransfer holding the
 * file (Playwright has no drag of an outside file).
 */
export async function dropFile(target: Locator, file: { name: string; mimeType: string; buffer: Buffer }) {
  const dataTransfer = await target.page().evaluateHandle(
    ({ name, mimeType, bytes }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(bytes)], name, { type: mimeType }));
      return transfer;
    },
    { name: file.name, mimeType: file.mimeType, bytes: [...file.buffer] },
  );
  await target.dispatchEvent('dragover', { dataTransfer });
  await target.dispatchEvent('drop', { dataTransfer });
}
