import type { BrowserContext, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { hostileMeetPage } from '../fixtures/hostile/meet-hostile';
import { launchWithExtension } from '../harness/browser.mjs';
import { MEET_LIKE_CSP, serveCallPages } from '../harness/call-pages';
import { ExtensionProbe } from '../harness/extension-api';
import { buttonNames, clickAxButton, frameBox, joinMeetCall, MEDIA_FLAGS, MEET_URL } from './pages/call-page';

/** Issue #12's hostile page (tests/fixtures/hostile/meet-hostile.ts) against the real extension at the Meet URL. */

let context: BrowserContext | undefined;

afterEach(async () => {
  await context?.close();
  context = undefined;
});

async function launchHostile() {
  const launched = await launchWithExtension({ args: MEDIA_FLAGS });
  context = launched.context;
  await serveCallPages(context, [{ url: MEET_URL, html: hostileMeetPage(), csp: MEET_LIKE_CSP }]);
  const probe = await ExtensionProbe.open(context, launched.extensionUrl);
  const { page } = await joinMeetCall(context);
  const tabId = await probe.tabIdOfUrl(MEET_URL);
  return { page, probe, tabId };
}

type Attack = (name: string, ...args: unknown[]) => Promise<unknown>;
const attacker =
  (page: Page): Attack =>
  (name, ...args) =>
    page.evaluate(
      ([name, args]) =>
        (window as unknown as { attack: Record<string, (...a: unknown[]) => unknown> }).attack[name as string]!(
          ...(args as unknown[]),
        ),
      [name, args] as const,
    );

/** The frame stays hidden: sampled every 25 ms for `ms`, as a capture of the tab would see it. */
async function expectHiddenFor(page: Page, ms: number): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    expect(await frameBox(page)).toBeNull();
    await page.waitForTimeout(25);
  }
}

async function expectRestorable(probe: ExtensionProbe): Promise<void> {
  const file = await probe.request('backup.export', undefined as never);
  const preview = await probe.request('backup.preview', file.text);
  expect(preview.ok).toBe(true);
}

describe('a hostile call page', () => {
  it('cannot show the panel during its own share: prototype, blank frame, spoofed end, flood', async () => {
    const { page, probe, tabId } = await launchHostile();
    const attack = attacker(page);
    expect(await frameBox(page)).not.toBeNull();

    // The wrapper cannot be taken off or shadowed.
    expect(await attack('unwrap')).toEqual({
      assignProto: false,
      defineProto: false,
      deleteOwn: false,
      defineOwn: false,
    });

    await attack('viaPrototype');
    await expect.poll(() => buttonNames(page)).toContain('Hidden while sharing');
    await attack('spoofEnd');
    await expectHiddenFor(page, 500);
    await attack('flood', 5_000);
    await expectHiddenFor(page, 1_000);
    // Its share ends, as far as anything the page controls says: still hidden until the user's own click.
    await attack('stopAll');
    await expectHiddenFor(page, 500);
    await clickAxButton(page, 'Hidden while sharing');
    await expect.poll(() => frameBox(page)).not.toBeNull();

    // A share from a fresh about:blank frame hides it again.
    await attack('viaBlankFrame');
    await expect.poll(() => frameBox(page), { timeout: 5_000 }).toBeNull();
    await attack('spoofEnd');
    await attack('flood', 2_000);
    await expectHiddenFor(page, 500);
    await attack('stopAll');

    const view = await probe.request('calls.current', { tabId });
    const shares = view!.call.events.filter((e) => e.type === 'share-started' || e.type === 'share-ended');
    expect(shares.length).toBeLessThanOrEqual(4);
    await expectRestorable(probe);
  });

  it('cannot flood the store with calls by flapping the ended screen', async () => {
    const { page, probe } = await launchHostile();
    expect(await probe.request('calls.all', {})).toHaveLength(1);
    await attacker(page)('flapEnded', 40, 150);
    const calls = await probe.request('calls.all', {});
    // 6 s of flapping, one new call per 30 s at most.
    expect(calls.length).toBeLessThanOrEqual(2);
    await expectRestorable(probe);
  });
});
