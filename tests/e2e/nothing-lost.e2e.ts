import type { Worker } from 'playwright-core';
import { describe, expect } from 'vitest';
import { freshProfileDir } from '../harness/browser.mjs';
import { test } from './fixtures';

const TYPED = 'Mid-sentence when the browser died: we cut the build from 40 to 9 minutes';

/** What the background has on disk for a text: read straight from IndexedDB in the worker, as a test oracle. */
async function persisted(worker: Worker, text: string): Promise<boolean> {
  return worker.evaluate(async (needle) => {
    const db = await new Promise<IDBDatabase>((done, fail) => {
      const open = indexedDB.open('starboard');
      open.onsuccess = () => done(open.result);
      open.onerror = () => fail(open.error);
    });
    const all = (store: string) =>
      new Promise<unknown[]>((done) => {
        const request = db.transaction(store).objectStore(store).getAll();
        request.onsuccess = () => done(request.result);
      });
    const found = JSON.stringify([await all('drafts'), await all('stories')]).includes(needle);
    db.close();
    return found;
  }, text);
}

describe('nothing lost', () => {
  test('keeps an autosaving edit when the browser is killed, not closed', async ({ browsers }) => {
    const userDataDir = freshProfileDir();
    const first = await browsers.launch({ userDataDir });
    const dashboard = await first.context.newPage();
    await dashboard.goto(first.extensionUrl('dashboard.html#/stories'));
    await dashboard.getByRole('button', { name: 'New story' }).click();
    const situation = dashboard.getByLabel('Situation');
    await situation.waitFor();
    const storyUrl = dashboard.url();
    await situation.pressSequentially(TYPED, { delay: 5 });

    // Killed the moment the keystrokes reached the disk: no page hide, no flush, no goodbye.
    const [worker] = first.context.serviceWorkers();
    await expect.poll(() => persisted(worker!, TYPED), { timeout: 10_000, interval: 50 }).toBe(true);
    await browsers.kill(first);

    const second = await browsers.launch({ userDataDir });
    const reopened = await second.context.newPage();
    await reopened.goto(storyUrl);
    await expect.poll(() => reopened.getByLabel('Situation').inputValue(), { timeout: 15_000 }).toBe(TYPED);
  });
});
