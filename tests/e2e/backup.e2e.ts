import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { makeJournalBackup } from '../harness/journal-data.mjs';
import { test } from './fixtures';
import { entryCount, jsonFile, openJournal, restore, searchJournal, WAIT } from './pages/dashboard';

/**
 * Records every value a progress bar (found by its accessible name) takes, sampled each frame and on every DOM
 * change, into `window.__progressSeen[name]`: a restore of a few seconds must show a bar that moves.
 */
async function watchProgress(page: Page, names: Record<string, string>) {
  await page.evaluate((patterns) => {
    const seen: Record<string, number[]> = {};
    (window as unknown as { __progressSeen: typeof seen }).__progressSeen = seen;
    const sample = () => {
      for (const bar of document.querySelectorAll('progress')) {
        const label = bar.getAttribute('aria-label') ?? '';
        for (const [name, pattern] of Object.entries(patterns)) {
          if (!new RegExp(pattern).test(label)) continue;
          seen[name] ??= [];
          const list = seen[name];
          if (list.at(-1) !== bar.value) list.push(bar.value);
        }
      }
    };
    new MutationObserver(sample).observe(document.body, { subtree: true, childList: true, attributes: true });
    const frame = () => {
      sample();
      requestAnimationFrame(frame);
    };
    frame();
  }, names);
}

const progressSeen = (page: Page) =>
  page.evaluate(() => (window as unknown as { __progressSeen: Record<string, number[]> }).__progressSeen);

describe('restoring a large backup, in a real browser', () => {
  test('a 5,000-entry restore shows a moving progress bar; a restore that fails mid-way changes nothing', async ({
    context,
    extensionUrl,
  }) => {
    const page = await context.newPage();
    await openJournal(page, extensionUrl);
    const backup = makeJournalBackup({ entries: 5_000, stories: 20 });

    await watchProgress(page, { restore: '^Restoring:', index: '^Preparing search:' });
    await restore(page, jsonFile('big.json', backup), 'merge');
    const seen = await progressSeen(page);
    const restoring = seen.restore ?? [];
    // Moving: at least two different values seen, each larger than the last.
    expect(restoring.length).toBeGreaterThanOrEqual(2);
    expect([...restoring].sort((a, b) => a - b)).toEqual(restoring);
    await expect.poll(() => entryCount(page), WAIT).toBe(5_000);
    console.log(
      `restore progress seen: ${restoring.join(', ')}; index progress seen: ${(seen.index ?? []).join(', ')}`,
    );

    // The index was rebuilt from the restored journal: a word of the generated notes finds entries.
    const status = await searchJournal(page, 'kubernetes');
    const before = (await status.textContent()) ?? '';
    expect(before).toMatch(/Matches: \d+/);

    // A restore that fails after part of the file is written (the 3,000th journal row: IndexedDB refuses it, as a
    // full disk would) is rolled back whole: same entries, same search answer.
    const worker = context.serviceWorkers()[0]!;
    await worker.evaluate(() => {
      const put = IDBObjectStore.prototype.put;
      const add = IDBObjectStore.prototype.add;
      let rows = 0;
      const failing = (original: typeof put) =>
        function (this: IDBObjectStore, ...args: Parameters<typeof put>) {
          if (this.name === 'journal' && ++rows > 3_000) throw new DOMException('injected', 'QuotaExceededError');
          return original.apply(this, args);
        };
      IDBObjectStore.prototype.put = failing(put);
      IDBObjectStore.prototype.add = failing(add);
      (globalThis as unknown as { __undoFailure: () => void }).__undoFailure = () => {
        IDBObjectStore.prototype.put = put;
        IDBObjectStore.prototype.add = add;
      };
    });
    const other = makeJournalBackup({ entries: 5_000, stories: 5, seed: 7 });
    await page.getByLabel('Restore from a backup file').setInputFiles(jsonFile('other.json', other));
    await page.getByRole('columnheader', { name: 'In the file' }).waitFor();
    await page.getByLabel(/^Replace:/).check();
    await page.getByRole('button', { name: 'Replace everything with the backup' }).click();
    await page.getByRole('alert').filter({ hasText: 'could not be written' }).waitFor(WAIT);
    await worker.evaluate(() => (globalThis as unknown as { __undoFailure: () => void }).__undoFailure());

    await expect.poll(() => entryCount(page), WAIT).toBe(5_000);
    expect(await (await searchJournal(page, 'kubernetes')).textContent()).toBe(before);
  });
});
