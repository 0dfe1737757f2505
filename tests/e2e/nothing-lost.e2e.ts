import { execFileSync } from 'node:child_process';
import type { BrowserContext, Worker } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { freshProfileDir, launchWithExtension } from '../harness/browser.mjs';

const TYPED = 'Mid-sentence when the browser died: we cut the build from 40 to 9 minutes';

let context: BrowserContext | undefined;

afterEach(async () => {
  await context?.close().catch(() => {});
  context = undefined;
});

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
  it('keeps an autosaving edit when the browser is killed, not closed', async () => {
    const userDataDir = freshProfileDir();
    const first = await launchWithExtension({ userDataDir });
    context = first.context;
    const dashboard = await context.newPage();
    await dashboard.goto(first.extensionUrl('dashboard.html#/stories'));
    await dashboard.getByRole('button', { name: 'New story' }).click();
    const situation = dashboard.getByLabel('Situation');
    await situation.waitFor();
    const storyUrl = dashboard.url();
    await situation.pressSequentially(TYPED, { delay: 5 });

    // Killed the moment the keystrokes reached the disk: no page hide, no flush, no goodbye.
    const [worker] = context.serviceWorkers();
    await expect.poll(() => persisted(worker!, TYPED), { timeout: 10_000, interval: 50 }).toBe(true);
    execFileSync('pkill', ['-KILL', '-f', `user-data-dir=${userDataDir}`]);
    await context.close().catch(() => {});

    const second = await launchWithExtension({ userDataDir });
    context = second.context;
    const reopened = await context.newPage();
    await reopened.goto(storyUrl);
    await expect.poll(() => reopened.getByLabel('Situation').inputValue(), { timeout: 15_000 }).toBe(TYPED);
  });
});
