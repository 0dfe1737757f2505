import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect } from 'vitest';
import { samplePlan, sampleStories } from '../../utils/samples/samples';
import { buildWithOptionalHostsGranted } from '../harness/granted-build.mjs';
import { SEEN_WAIT } from '../harness/seen-wait';
import { shareBrowser, test } from './fixtures';
import {
  buttonNames,
  clickAxButton,
  frameBox,
  HOSTS,
  joinCall,
  MEET_BUTTONS,
  pageCanFind,
  serveHosts,
} from './pages/call-page';
import { WAIT } from './pages/dashboard';
import { NEXT_STEPS } from './pages/sample-data';

// Privacy on the call page: what the host page's own script can observe while the panel is in it.

const QUESTION = 'Tell me about the hardest rollback you ran';

/** Every private text of the sample data the call shows: stories, the plan, the checklist, what was captured. */
function privateTexts(): string[] {
  const start = (text: string) => text.slice(0, 40);
  const stories = sampleStories().flatMap((story) =>
    [story.title, story.hook, story.situation, story.task, story.action, story.result, story.resultMetrics]
      .filter((text): text is string => typeof text === 'string' && text.trim() !== '')
      .map(start),
  );
  const plan = samplePlan([]);
  return [
    ...stories,
    plan.company!,
    plan.role!,
    plan.round!,
    start(plan.pitch!),
    ...plan.questionsToAsk!,
    ...plan.interviewers!,
    'Thank Alex Kim by name',
    NEXT_STEPS,
    QUESTION,
  ];
}

/** The page's own marks, left by its own script: each observation below must find these, or it observes nothing. */
const OWN = 'own-mark-7f3a';

interface Observed {
  messages: Array<{ origin: string; data: string }>;
  localStorage: string;
  sessionStorage: string;
  indexedDb: string;
  cookie: string;
  caches: string[];
}

/** Everything the call page's own script can read of its origin's storage, and every message its window got. */
async function observe(page: Page): Promise<Observed> {
  return page.evaluate(async () => {
    const dump = (storage: Storage) => JSON.stringify(Object.keys(storage).map((key) => [key, storage.getItem(key)]));
    const databases = await indexedDB.databases();
    const contents: unknown[] = [];
    for (const { name } of databases) {
      if (!name) continue;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      for (const store of db.objectStoreNames) {
        const rows = await new Promise<unknown[]>((resolve, reject) => {
          const request = db.transaction(store).objectStore(store).getAll();
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
        contents.push({ name, store, rows });
      }
      db.close();
    }
    return {
      messages: (window as unknown as { observedMessages: Observed['messages'] }).observedMessages,
      localStorage: dump(localStorage),
      sessionStorage: dump(sessionStorage),
      indexedDb: JSON.stringify({ databases, contents }),
      cookie: document.cookie,
      caches: await caches.keys(),
    };
  });
}

/** In the page's own world, before any of its scripts: every message its window receives, from anyone. */
async function recordHostMessages(context: BrowserContext, origins: string[]): Promise<void> {
  await context.addInitScript((wanted) => {
    // Only the call pages: the panel's own frame gets init scripts too.
    if (!wanted.includes(location.origin) || window.top !== window) return;
    const observed: Array<{ origin: string; data: string }> = [];
    (window as unknown as { observedMessages: typeof observed }).observedMessages = observed;
    addEventListener(
      'message',
      (event) => {
        let data: string;
        try {
          data = JSON.stringify(event.data);
        } catch {
          data = String(event.data);
        }
        observed.push({ origin: event.origin, data });
      },
      true,
    );
  }, origins);
}

describe('what the Meet page itself can observe during a whole call', () => {
  test('finds no story, plan or journal text in its messages, storage, cookies or DOM', async ({
    context,
    probe,
    meet,
  }) => {
    // In the page's own world, before any of its scripts and long before the panel frame mounts: every message
    // its window receives, from anyone. Only on Meet: the panel's own frame gets init scripts too.
    await recordHostMessages(context, ['https://meet.google.com']);
    const { page, frame, tabId } = await meet.join();
    await page.bringToFront();

    // The page's own traces, for the controls.
    await page.evaluate(async (mark) => {
      localStorage.setItem('own', mark);
      sessionStorage.setItem('own', mark);
      // biome-ignore lint/suspicious/noDocumentCookie: the page's own cookie, written the way call pages write theirs.
      document.cookie = `own=${mark}; path=/; secure`;
      await new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('own-db', 1);
        open.onupgradeneeded = () => open.result.createObjectStore('notes', { autoIncrement: true });
        open.onsuccess = () => {
          const tx = open.result.transaction('notes', 'readwrite');
          tx.objectStore('notes').add({ mark });
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
        };
        open.onerror = () => reject(open.error);
      });
      window.postMessage({ mark }, '*');
    }, OWN);

    // A whole call: every pinned story opened, one told, a question captured, the plan's pitch and questions shown.
    const pinned = frame.getByRole('list', { name: 'Pinned for this interview' });
    await expect.poll(() => pinned.getByRole('listitem').count()).toBe(4);
    for (const story of await pinned.getByRole('button', { name: /^Sample:/ }).all()) {
      await expect
        .poll(async () => {
          if ((await story.getAttribute('aria-expanded')) !== 'true') await story.click();
          return story.getAttribute('aria-expanded');
        })
        .toBe('true');
    }
    const lastOpen = frame.getByRole('region', { name: /^Sample:/ });
    await lastOpen.getByRole('button', { name: 'Mark told' }).click();
    await expect.poll(() => lastOpen.textContent()).toMatch(/Told at/);
    await frame.getByLabel('Jot down their question').fill(QUESTION);
    await frame.getByRole('button', { name: 'Capture', exact: true }).click();
    await expect.poll(() => frame.getByRole('list', { name: 'Their questions' }).textContent()).toContain(QUESTION);
    await frame.getByText('Pitch and questions to ask').click();

    // The reminder, the background's way: due while collapsed, so it badges the slim tab through the loader.
    await clickAxButton(page, 'Collapse the panel');
    await expect.poll(() => frameBox(page)).toBeNull();
    const call = (await probe.request('calls.current', { tabId }))!.call;
    await probe.request('calls.setPlannedMinutes', { callId: call.id, minutes: 1 });
    await expect.poll(() => probe.badgeText(tabId), { timeout: 60_000, interval: 500 }).toBe('•');
    await page.bringToFront();
    await expect.poll(() => buttonNames(page)).toContain('Starboard The closing checklist is ready');
    await clickAxButton(page, /^Starboard/);
    await frame.getByRole('checkbox', { name: NEXT_STEPS }).check();
    await expect.poll(() => probe.badgeText(tabId), SEEN_WAIT).toBe('');

    await page.getByRole('button', { name: MEET_BUTTONS.leave }).click();
    // The panel now shows the journal draft, captured question included: the page must not see that either.
    await frame.getByText('The call has ended.', { exact: false }).waitFor({ timeout: 15_000 });
    await expect.poll(async () => (await probe.request('calls.current', { tabId }))?.call.endedAt).toBeTypeOf('number');

    const observed = await observe(page);
    // The controls: each observation sees what the page itself put there.
    expect(observed.messages.map((m) => m.data)).toContain(JSON.stringify({ mark: OWN }));
    expect(observed.localStorage).toContain(OWN);
    expect(observed.sessionStorage).toContain(OWN);
    expect(observed.indexedDb).toContain(OWN);
    expect(observed.cookie).toContain(OWN);

    // And nothing of ours: no message from the extension at all, no private text anywhere.
    expect(observed.messages.filter((m) => m.origin !== 'https://meet.google.com')).toEqual([]);
    const everything = JSON.stringify(observed);
    const secrets = privateTexts();
    expect(secrets.length).toBeGreaterThan(40);
    expect(secrets.filter((secret) => everything.includes(secret))).toEqual([]);
    expect(observed.caches).toEqual([]);
    // The page's DOM, open shadow roots and reachable frames: its own text is found, ours is not.
    expect(await pageCanFind(page, ['Du hast die Besprechung verlassen', ...secrets])).toEqual([
      'Du hast die Besprechung verlassen',
    ]);
  });
});

describe('what the Zoom and Teams pages can observe during a call', () => {
  const hosts = [HOSTS.zoom, HOSTS.teams];
  const shared = shareBrowser({ extensionPath: buildWithOptionalHostsGranted() });

  beforeAll(async () => {
    const { context } = shared.extension;
    await recordHostMessages(
      context,
      hosts.map((host) => new URL(host.url).origin),
    );
    await serveHosts(context, hosts);
  });

  // Each step waits for what the last one changed on screen (the call reaching the panel, the story told), and acts by
  // keyboard, as a keyboard user would. Why not the mouse here: on Zoom the panel's frame lies over the client's own
  // full-page iframe, and Chromium routes a click there by asking the call page's renderer where it landed
  // (asynchronous hit-testing). On a loaded two-core machine a click Playwright reported done never reached the
  // panel's document at all (a capture listener in the panel saw no pointerdown; the story stayed shut, a Capture
  // never submitted), while the same click on Meet and Teams, with no iframe under the panel, always did. Keys go to
  // the focused frame with no hit test. The pointer path is covered on Meet (above) and the other call e2e tests;
  // whether a candidate's click over Zoom can be lost the same way is open in #12.
  test.for(hosts)('$name: finds no story text in its messages, storage, cookies or DOM', async (host, { context }) => {
    // The background registers the opted-in platforms' scripts as it starts; a page opened before that has none.
    const worker = context.serviceWorkers()[0]!;
    await expect
      .poll(() => worker.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).length))
      .toBe(4);
    const secrets = privateTexts().filter((text) => text !== QUESTION);
    const { page, frame } = await joinCall(context, host);
    // The call has reached the panel: no plan is bound to these links, so it offers to choose one, and the user's
    // whole library (unfolded, nothing being pinned) is what it shows.
    await frame.getByText('In call', { exact: true }).waitFor({ timeout: 15_000 });
    await frame.getByRole('button', { name: 'Use this plan' }).waitFor(WAIT);
    const all = frame.getByRole('list', { name: 'All stories' });
    await all.waitFor(WAIT);
    const first = all.getByRole('button', { name: /^Sample:/ }).first();
    await first.press('Enter');
    await expect.poll(() => first.getAttribute('aria-expanded')).toBe('true');
    const open = frame.getByRole('region', { name: /^Sample:/ });
    await open.getByRole('button', { name: 'Mark told' }).press('Enter');
    await expect.poll(() => open.textContent()).toMatch(/Told at/);
    const box = frame.getByLabel('Jot down their question');
    await box.fill(QUESTION);
    await box.press('Enter');
    await expect.poll(() => frame.getByRole('list', { name: 'Their questions' }).textContent()).toContain(QUESTION);
    // Captured, not just typed: the box is empty again.
    expect(await box.inputValue()).toBe('');

    const observed = await observe(page);
    expect(observed.messages.filter((m) => m.origin !== new URL(host.url).origin)).toEqual([]);
    const everything = JSON.stringify(observed);
    expect([...secrets, QUESTION].filter((secret) => everything.includes(secret))).toEqual([]);
    expect(await pageCanFind(page, [...secrets, QUESTION])).toEqual([]);
    await page.close();
  });
});
