import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { ExtensionProbe } from '../harness/extension-api';
import { shareBrowser, test } from './fixtures';
import { goTo, openDashboard, WAIT } from './pages/dashboard';

/** `YYYY-MM-DD` of a day `days` from today, local time: what a date input holds. */
function dayFromNow(days: number): string {
  const date = new Date();
  date.setDate(date.getDate() + days);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** On the journal entry: outcome Offer, the team signals noted, then "Enter the offer" and the figures given. */
async function offerFromEntry(
  page: Page,
  entry: { id: string; title: string },
  offer: { signals: string; base: string; bonus?: string; deadlineInDays: number },
) {
  await page.goto(page.url().replace(/#.*$/, `#/journal/${entry.id}`));
  const form = page.getByRole('form', { name: entry.title });
  await form.waitFor(WAIT);
  await form.getByLabel('Signals from the interviewers').fill(offer.signals);
  await form.getByLabel('Outcome', { exact: true }).selectOption({ label: 'Offer' });
  await form.getByRole('link', { name: 'Enter the offer' }).click();

  const editor = page.getByRole('form', { name: 'New offer' });
  await editor.waitFor(WAIT);
  // Prefilled from the entry it comes from.
  expect(await editor.getByLabel('Company', { exact: true }).inputValue()).toBe(entry.title.split(' · ')[0]);
  await editor.getByLabel('Currency').fill('EUR');
  await editor.getByLabel('Base salary per year').fill(offer.base);
  if (offer.bonus) await editor.getByLabel('Bonus per year (target)').fill(offer.bonus);
  await editor.getByLabel('Decision deadline').fill(dayFromNow(offer.deadlineInDays));
  await editor.getByRole('button', { name: 'Save offer' }).click();
  await page.getByRole('heading', { name: 'Decide between offers', level: 1 }).waitFor(WAIT);
}

/**
 * Offers and the decision (issue #14, item 5), through the UI: two journal entries whose outcome becomes Offer, an
 * offer entered from each, then Decide lays them side by side with their deadlines and what the journal noted, and
 * Up next shows the deadlines.
 */
describe('offers and the decision', () => {
  shareBrowser();

  test('an offer entered from a journal entry appears in Decide beside a second one, deadlines on Up next', async ({
    context,
    extensionUrl,
  }) => {
    // Set-up another feature owns: two rounds in the journal, written by hand.
    const api = await ExtensionProbe.open(context, extensionUrl);
    const northwind = await api.request('journal.createManual', { company: 'Northwind Labs', round: 'Final' });
    const contoso = await api.request('journal.createManual', { company: 'Contoso', round: 'Onsite' });

    const page = await openDashboard(context, extensionUrl, '#/journal');
    await offerFromEntry(
      page,
      { id: northwind.id, title: 'Northwind Labs · Final' },
      { signals: 'The manager gives real ownership.', base: '120000', bonus: '12000', deadlineInDays: 9 },
    );
    await offerFromEntry(
      page,
      { id: contoso.id, title: 'Contoso · Onsite' },
      { signals: 'The team pairs every day.', base: '135000', deadlineInDays: 4 },
    );

    const table = page.getByRole('table', { name: 'Offers side by side' });
    await table.waitFor(WAIT);
    // Each offer a column, the soonest deadline first.
    const headers = table.getByRole('columnheader');
    await expect.poll(() => headers.allTextContents(), WAIT).toEqual(['Contoso', 'Northwind Labs']);
    const row = (name: string) => table.getByRole('row').filter({ has: page.getByRole('rowheader', { name }) });
    const cells = (name: string) => row(name).getByRole('cell').allTextContents();

    const deadlines = await cells('Decision deadline');
    expect(deadlines[0]).toContain('in 4 days');
    expect(deadlines[0]).toContain('Nearest deadline');
    expect(deadlines[1]).toContain('in 9 days');
    expect(deadlines[1]).not.toContain('Nearest deadline');
    // Amounts in the offer's currency as the browser's locale writes them; unknown ones are a dash, never 0.
    expect(await cells('Base salary per year')).toEqual(['€135,000', '€120,000']);
    expect(await cells('Bonus per year (target)')).toEqual(['—', '€12,000']);
    expect(await cells('Sign-on bonus')).toEqual(['—', '—']);
    const firstYear = await cells('First-year total');
    expect(firstYear[0]).toContain('€135,000');
    expect(firstYear[0]).toContain('Highest first year');
    expect(firstYear[0]).toContain('Not counted (not known): Bonus per year (target)');
    expect(firstYear[1]).toContain('€132,000');
    // What the journal noted about each team and manager, beside its offer.
    const signals = await cells('Team and manager signals');
    expect(signals[0]).toContain('The team pairs every day.');
    expect(signals[1]).toContain('The manager gives real ownership.');
    expect(await cells('Rounds in your journal')).toEqual(['1', '1']);

    // The journal entry now leads to its offer.
    await page.goto(page.url().replace(/#.*$/, `#/journal/${northwind.id}`));
    await page.getByRole('link', { name: 'Open the offer from Northwind Labs' }).click();
    await page.getByRole('heading', { name: 'Offer from Northwind Labs', level: 1 }).waitFor(WAIT);
    expect(await page.getByLabel('Base salary per year').inputValue()).toBe('120000');

    // Bad input is refused with the field named, and nothing changes.
    await page.getByLabel('Base salary per year').fill('-5');
    await page.getByRole('button', { name: 'Save offer' }).click();
    await page.getByRole('alert').filter({ hasText: 'Base salary per year must be a number' }).waitFor(WAIT);
    await goTo(page, 'Decide', 'Decide between offers');
    // The view shows its heading at once and its table once the offers arrive ("Loading offers…" between): wait for it.
    await expect.poll(() => cells('Base salary per year'), WAIT).toEqual(['€135,000', '€120,000']);

    // Both are in the backup file (format 2), linked to their journal entries.
    const backup = JSON.parse((await api.request('backup.export', undefined)).text);
    expect(backup.version).toBe(2);
    expect(
      backup.tables.offers
        .map((offer: { company: string; journalEntryId: string }) => [offer.company, offer.journalEntryId])
        .sort(),
    ).toEqual([
      ['Contoso', contoso.id],
      ['Northwind Labs', northwind.id],
    ]);

    await goTo(page, 'Up next', 'Up next');
    const deadlinesCard = page.getByRole('region', { name: 'Offer deadlines' });
    await deadlinesCard.waitFor(WAIT);
    const items = await deadlinesCard.getByRole('listitem').allTextContents();
    expect(items).toHaveLength(2);
    expect(items[0]).toContain('Contoso');
    expect(items[0]).toContain('in 4 days');
    expect(items[1]).toContain('Northwind Labs');
    await page.close();
  });
});
