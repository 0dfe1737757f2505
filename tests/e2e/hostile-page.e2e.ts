import type { BrowserContext, Frame, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { hostileMeetPage } from '../fixtures/hostile/meet-hostile';
import { launchWithExtension } from '../harness/browser.mjs';
import { MEET_LIKE_CSP, serveCallPages } from '../harness/call-pages';
import { ExtensionProbe } from '../harness/extension-api';
import {
  buttonNames,
  clickAxButton,
  frameBox,
  joinMeetCall,
  MEDIA_FLAGS,
  MEET_BUTTONS,
  MEET_URL,
  panelFrame,
} from './pages/call-page';
import { pinnedList } from './pages/panel';
import { ON_CALL } from './pages/sample-data';

const WAIT = { timeout: 15_000 };

/**
 * Until the panel itself knows it is covered: its observer reports at most every 100 ms, later than a fresh one, and
 * marks its body (`data-covered`, components/ui/occlusion.ts). A state probe, not a control: nothing is clicked by it.
 */
const panelKnowsCovered = (frame: Frame, covered: boolean) =>
  expect.poll(() => frame.evaluate(() => document.body.hasAttribute('data-covered')), WAIT).toBe(covered);

/** What a fresh IntersectionObserver v2 reports for a frame's document now (its first report is the current state). */
const visibleToV2 = (frame: Frame) =>
  frame.evaluate(
    () =>
      new Promise<boolean>((resolve) => {
        const observer = new IntersectionObserver(
          (entries) => {
            observer.disconnect();
            resolve((entries.at(-1) as IntersectionObserverEntry & { isVisible: boolean }).isVisible);
          },
          { trackVisibility: true, delay: 100 } as IntersectionObserverInit,
        );
        observer.observe(document.body);
      }),
  );

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

  it('cannot steer the user’s clicks onto the panel with an overlay; a deleted draft has an undo', async () => {
    const { page, probe, tabId } = await launchHostile();
    const attack = attacker(page);
    const panel = panelFrame(page)!;
    const covered = panel.getByRole('alert').filter({ hasText: 'something on the call page is covering the panel' });
    const toldEvents = async () =>
      (await probe.request('calls.current', { tabId }))!.call.events.filter((e) => e.type === 'story-told').length;

    // Uncovered, the panel is visible to IntersectionObserver v2 (the loader's chrome lies beside the iframe, never
    // over it): nothing is refused.
    expect(await visibleToV2(panel)).toBe(true);
    const story = pinnedList(panel).getByRole('button', { name: ON_CALL });
    await story.click();
    await expect.poll(() => story.getAttribute('aria-expanded')).toBe('true');
    const markTold = panel.getByRole('region', { name: ON_CALL }).getByRole('button', { name: 'Mark told' });

    // Covered by the page's see-through popover, "Mark told" is refused and says why; nothing is recorded.
    await attack('overlay');
    // The popover is on screen, and the panel's button is still what a click at its place reaches.
    await page.getByText('Click twice to claim your prize').waitFor();
    await panelKnowsCovered(panel, true);
    await markTold.click();
    await covered.waitFor();
    expect(await toldEvents()).toBe(0);

    // The page takes its overlay away: the reason goes by itself, and the same click marks the story told.
    await attack('removeOverlay');
    await covered.waitFor({ state: 'detached', ...WAIT });
    await markTold.click();
    await expect.poll(() => story.textContent()).toContain('Told');
    expect(await toldEvents()).toBe(1);

    // After the call, deleting the journal draft under the overlay is refused too.
    await page.getByRole('button', { name: MEET_BUTTONS.leave }).click();
    const journal = panelFrame(page)!;
    await journal.getByText('The call has ended.', { exact: false }).waitFor({ timeout: 20_000 });
    await attack('overlay');
    await panelKnowsCovered(journal, true);
    await journal.getByRole('button', { name: 'Delete entry' }).click();
    const confirm = journal.getByRole('button', { name: 'Delete', exact: true });
    await confirm.click();
    await journal.getByRole('alert').filter({ hasText: 'covering the panel' }).waitFor();
    const callId = (await probe.request('calls.all', {}))[0]!.id;
    expect(await probe.request('journal.forCall', { callId })).not.toBeNull();

    // Uncovered, the delete goes through, and its undo brings the draft back as it was.
    await attack('removeOverlay');
    await journal
      .getByRole('alert')
      .filter({ hasText: 'covering the panel' })
      .waitFor({ state: 'detached', ...WAIT });
    await confirm.click();
    await journal.getByRole('status').filter({ hasText: 'Deleted the journal entry' }).waitFor(WAIT);
    expect(await probe.request('journal.forCall', { callId })).toBeNull();
    await journal.getByRole('button', { name: 'Undo' }).click();
    await journal.getByText('The call has ended.', { exact: false }).waitFor(WAIT);
    expect((await probe.request('journal.forCall', { callId }))?.draft).toBe(1);
  });
});
