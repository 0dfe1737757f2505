import { execFileSync } from 'node:child_process';
import type { BrowserContext } from 'playwright-core';
import { afterAll, test as base, beforeAll } from 'vitest';
import { launchWithExtension } from '../harness/browser.mjs';
import { ExtensionProbe } from '../harness/extension-api';
import { joinMeetCall, MEET_URL, serveMeet } from './pages/call-page';
import { RehearsalRoom } from './pages/rehearsal';

/**
 * The e2e tests' fixtures, in the shape of WXT's Playwright example (wxt-dev/examples,
 * examples/playwright-e2e-testing/e2e/fixtures.ts: a `context` with the built extension loaded and its
 * `extensionId`, page objects in e2e/pages/), written with Vitest's `test.extend` instead of @playwright/test's.
 * Every fixture is lazy: a test gets a browser only if it names `extension`, `context`, `probe`… in its arguments.
 *
 * - `extension`: Chromium with the production build, a fresh profile, and the zero-network guard (checked when the
 *   context closes, tests/harness/browser.mjs); closed after the test. Its launch options come from `launchOptions`,
 *   which a describe block changes with `test.override('launchOptions', {...})`.
 * - `browsers`: for tests that open more than one browser (a restart on the same profile, a kill); every browser it
 *   launched is closed after the test.
 * - `probe`: an extension page that speaks the typed API and reads tabs, badges and alarms (tests/harness).
 * - `meet`: the Meet fixture served at its real address, and `meet.join()` to join a call there (in a new tab).
 * - `rehearsal`: the rehearsal room page object.
 *
 * Tests that continue one story across several `it`s share one browser: `shareBrowser(options)` in their describe
 * (below). Vitest 4.1's file-scoped fixtures (`{ scope: 'file' }`) would do for a whole file, but they can only be
 * overridden at a file's top level (FixtureDependencyError inside a describe), and one file here needs three browsers
 * with different launch options (cue-card.e2e.ts), so the shared browser is per describe, by beforeAll/afterAll.
 */

export type LaunchOptions = NonNullable<Parameters<typeof launchWithExtension>[0]>;
export type Extension = Awaited<ReturnType<typeof launchWithExtension>>;

/** Every browser a test launched, closed after it (each close runs the zero-network check once). */
export class Browsers {
  private readonly open = new Set<Extension>();

  async launch(options: LaunchOptions = {}): Promise<Extension> {
    const launched = await launchWithExtension(options);
    this.open.add(launched);
    return launched;
  }

  /** Closes a browser the way a user does; the network check runs now, so a leak fails here. */
  async close(launched: Extension): Promise<void> {
    this.open.delete(launched);
    await launched.context.close();
  }

  /** Kills a browser's processes, as a crash or a power cut would: no page hide, no flush, no goodbye. */
  async kill(launched: Extension): Promise<void> {
    this.open.delete(launched);
    execFileSync('pkill', ['-KILL', '-f', `user-data-dir=${launched.userDataDir}`]);
    await launched.context.close().catch(() => {});
  }

  async closeAll(): Promise<void> {
    const open = [...this.open];
    this.open.clear();
    for (const launched of open) await launched.context.close();
  }
}

/** The browser a describe block shares among its tests (see shareBrowser), by suite. */
const sharedBySuite = new WeakMap<object, Extension>();

interface SuiteLike {
  suite?: SuiteLike;
  file?: SuiteLike;
}

function sharedFor(task: SuiteLike): Extension | undefined {
  for (let suite = task.suite; suite; suite = suite.suite) {
    const shared = sharedBySuite.get(suite);
    if (shared) return shared;
  }
  return task.file ? sharedBySuite.get(task.file) : undefined;
}

/**
 * One browser for every test of the enclosing describe (or file), launched before the first and closed after the
 * last: for tests that continue one story, and to keep the suite's cost where sharing was the point. Inside, the
 * `extension`, `context`, `extensionUrl`… fixtures are that browser; the returned handle gives it to the describe's
 * own beforeAll hooks (registered after this call, so they run after the launch).
 */
export function shareBrowser(options: LaunchOptions = {}): { readonly extension: Extension } {
  let launched: Extension | undefined;
  // biome-ignore lint/correctness/noEmptyPattern: Vitest reads what a hook or fixture needs from its first argument's pattern; this one needs nothing.
  beforeAll(async ({}, suite) => {
    launched = await launchWithExtension(options);
    sharedBySuite.set(suite, launched);
  });
  afterAll(async () => {
    await launched?.context.close();
  });
  return {
    get extension() {
      if (!launched) throw new Error('The shared browser is launched in beforeAll: use it from a hook or a test.');
      return launched;
    },
  };
}

/** Joining a call on the Meet fixture page, in the test's browser (the page is served when the fixture starts). */
export interface MeetCalls {
  /**
   * Opens the Meet page in a new tab, joins, and waits for the panel to show the call: that tab's id and its call
   * record as the background has it at the start. The panel shows the sample plan unless another caption is named.
   */
  join(planCaption?: string): Promise<
    Awaited<ReturnType<typeof joinMeetCall>> & {
      tabId: number;
      call: Awaited<ReturnType<ExtensionProbe['callIn']>>['call'];
    }
  >;
}

export const test = base
  .extend('launchOptions', {} as LaunchOptions)
  // biome-ignore lint/correctness/noEmptyPattern: as above, a pattern that asks for no other fixture.
  .extend('browsers', async ({}, { onCleanup }) => {
    const browsers = new Browsers();
    onCleanup(() => browsers.closeAll());
    return browsers;
  })
  .extend('extension', async ({ task, launchOptions, browsers }) => sharedFor(task) ?? browsers.launch(launchOptions))
  .extend('context', async ({ extension }): Promise<BrowserContext> => extension.context)
  .extend('extensionId', async ({ extension }) => extension.extensionId)
  .extend('extensionUrl', async ({ extension }) => extension.extensionUrl)
  .extend('probe', async ({ extension }, { onCleanup }) => {
    const probe = await ExtensionProbe.open(extension.context, extension.extensionUrl);
    // In a shared browser the next test opens its own.
    onCleanup(() => probe.close().catch(() => {}));
    return probe;
  })
  // The probe opens first, so the call tab is the one in front (a hidden panel never counts as seen).
  .extend('meet', async ({ context, probe }): Promise<MeetCalls> => {
    await serveMeet(context);
    return {
      async join(planCaption) {
        const before = new Set(await probe.tabIdsOfUrl(MEET_URL));
        const joined = await joinMeetCall(context, planCaption);
        const tabId = (await probe.tabIdsOfUrl(MEET_URL)).find((id) => !before.has(id));
        if (tabId === undefined) throw new Error('The Meet tab has no id');
        return { ...joined, tabId, call: (await probe.callIn(tabId)).call };
      },
    };
  })
  .extend('rehearsal', async ({ context, extensionUrl }) => new RehearsalRoom(context, extensionUrl));

export { expect } from 'vitest';
