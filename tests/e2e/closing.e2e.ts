import type { Frame, Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { stopServiceWorker } from '../harness/browser.mjs';
import type { ExtensionProbe } from '../harness/extension-api';
import { SEEN_WAIT } from '../harness/seen-wait';
import { test } from './fixtures';
import {
  buttonNames,
  clickAxButton,
  frameBox,
  MEDIA_FLAGS,
  MEET_BUTTONS,
  panelFrame,
  waitForPanelFrame,
} from './pages/call-page';
import { openDashboard } from './pages/dashboard';
import { checklistState, clockText, FORWARD, NOT_FORWARD, openFold, openPanelTab, reloadPanel } from './pages/panel';
import { NEXT_STEPS, SAMPLE_PLAN } from './pages/sample-data';

const MIN = 60_000;
/** The background lets a panel on screen show the checklist first (entrypoints/background/reminders.ts). */
const PANEL_FIRST_MS = 3_000;
/** The sample plan: 45 minutes, the checklist forward 8 minutes before the end. */
const REMINDER_AFTER_JOIN = 37 * MIN;
/** The slim tab's dot, as assistive technology reads it inside the tab's name. */
const BADGE_DOT = 'The closing checklist is ready';

async function remindersShown(probe: ExtensionProbe, tabId: number) {
  return (await probe.callIn(tabId)).call.events.filter((e) => e.type === 'reminder-shown').length;
}

/** The loader's slim tab (collapsed or hidden while sharing), by the name assistive technology reads. */
async function slimTabName(page: Page): Promise<string | undefined> {
  return (await buttonNames(page)).find((name) => /^(Starboard|Hidden while sharing)/.test(name));
}

/**
 * A one-minute call (no preset offers it; set through the API) has its reminder due at once, so the real alarm rings
 * within the test: the background's clock cannot be faked.
 */
async function ringNow(probe: ExtensionProbe, tabId: number) {
  const call = (await probe.callIn(tabId)).call;
  await probe.request('calls.setPlannedMinutes', { callId: call.id, minutes: 1 });
  await expect.poll(() => probe.badgeText(tabId), { timeout: 60_000, interval: 500 }).toBe('•');
}

/**
 * The badge proves the panel did not count the checklist as seen only if the panel could have seen it: its tab in
 * front and its document visible, with the frame collapsed or hidden being the one reason it was out of sight.
 */
async function expectOutOfSightOnly(page: Page, panel: Frame): Promise<void> {
  await page.bringToFront();
  expect(await panel.evaluate(() => document.visibilityState)).toBe('visible');
  expect(await frameBox(page)).toBeNull();
}

describe('the closing-checklist reminder, in the rehearsal room', () => {
  test('comes forward at T-minus 8 and not before, and ticks are kept in the call record across a reload', async ({
    context,
    rehearsal,
    probe,
  }) => {
    // The page clock (for every page and frame of the context): the panel computes the reminder from timestamps.
    await context.clock.install();
    const { room, panel, tabId } = await rehearsal.openAndStart();
    const call = (await probe.request('calls.current', { tabId }))!.call;
    expect(await checklistState(panel)).toEqual(NOT_FORWARD);

    // The background scheduled its own alarm for the same moment (its clock is real: only the page clock is fake).
    expect((await probe.alarm(`reminder:${call.id}`))?.scheduledTime).toBe(
      call.joinedAt + REMINDER_AFTER_JOIN + PANEL_FIRST_MS,
    );

    await room.bringToFront();
    const pageNow = await panelFrame(room)!.evaluate(() => Date.now());
    await context.clock.fastForward(call.joinedAt + REMINDER_AFTER_JOIN - 20_000 - pageNow);
    await expect.poll(() => clockText(panel)).toBe('9 min left');
    expect(await checklistState(panel)).toEqual(NOT_FORWARD);

    await context.clock.fastForward(30_000);
    await expect.poll(() => checklistState(panel)).toEqual(FORWARD);
    expect(await clockText(panel)).toBe('8 min left');

    const nextSteps = panel.getByRole('checkbox', { name: NEXT_STEPS });
    await nextSteps.check();
    await expect
      .poll(async () =>
        (await probe.request('calls.current', { tabId }))?.call.events.filter((e) => e.type === 'checklist-ticked'),
      )
      .toEqual([expect.objectContaining({ itemId: 'next-steps', label: NEXT_STEPS, checked: true })]);

    await room.reload();
    const reloaded = rehearsal.panel;
    await reloaded.getByRole('heading', { name: SAMPLE_PLAN }).waitFor();
    await expect.poll(() => reloaded.getByRole('checkbox', { name: NEXT_STEPS }).isChecked()).toBe(true);
    expect(
      await reloaded.getByRole('checkbox', { name: 'Ask a question that shows you thought about the role' }).count(),
    ).toBe(0);
    expect(await reloaded.getByRole('checkbox', { name: /Thank Alex Kim/ }).isChecked()).toBe(false);
  });

  test('still comes after the service worker was stopped', async ({ context, extensionId, rehearsal, probe }) => {
    await context.clock.install();
    const { room, panel, tabId } = await rehearsal.openAndStart();
    const call = (await probe.request('calls.current', { tabId }))!.call;

    await stopServiceWorker(context, extensionId);

    await room.bringToFront();
    const pageNow = await panelFrame(room)!.evaluate(() => Date.now());
    await context.clock.fastForward(call.joinedAt + REMINDER_AFTER_JOIN + 5_000 - pageNow);
    await expect.poll(() => checklistState(panel), { timeout: 15_000 }).toEqual(FORWARD);

    // The background's clock is real, so its reminder is still ahead: the alarm outlived the worker, and the new
    // worker (woken by the panel) re-planned it from the call record to the same time. Recording the reminder when
    // the alarm rings is covered by the unit tests and the collapsed-panel test below.
    expect(await probe.request('settings.get', undefined)).toBeTruthy();
    expect((await probe.alarm(`reminder:${call.id}`))?.scheduledTime).toBe(
      call.joinedAt + REMINDER_AFTER_JOIN + PANEL_FIRST_MS,
    );
    const events = (await probe.request('calls.current', { tabId }))!.call.events;
    expect(events.filter((e) => e.type === 'reminder-shown')).toEqual([]);
  });

  test('badges the toolbar and the slim tab while the panel is collapsed, and clears them once the checklist is seen', async ({
    rehearsal,
    probe,
  }) => {
    const { room, panel, tabId } = await rehearsal.openAndStart();
    const call = (await probe.request('calls.current', { tabId }))!.call;
    // The toolbar says a call runs in this tab (the in-call mark goes with this title: tests/unit/toolbar).
    const IN_CALL = 'Starboard: in a call, your panel is on this tab';
    await expect.poll(() => probe.toolbarTitle(tabId)).toBe(IN_CALL);

    await room.bringToFront();
    await panel.getByRole('button', { name: 'Collapse the panel' }).click();
    const slimTab = room.getByRole('button', { name: /^Show the Starboard panel/ });
    await slimTab.waitFor();

    await ringNow(probe, tabId);
    expect(await slimTab.getAttribute('aria-label')).toBe('Show the Starboard panel: your closing checklist is due');
    expect(await remindersShown(probe, tabId)).toBe(1);
    expect(await probe.toolbarTitle(tabId)).toBe('Starboard: time for your closing checklist');

    await room.bringToFront();
    await slimTab.click();
    await expect.poll(() => checklistState(panel)).toEqual(FORWARD);
    await expect.poll(() => probe.badgeText(tabId), SEEN_WAIT).toBe('');
    expect(await remindersShown(probe, tabId)).toBe(1);
    // Seen mid-call: the badge goes, the in-call state stays.
    expect(await probe.toolbarTitle(tabId)).toBe(IN_CALL);

    await room.bringToFront();
    await room.getByRole('button', { name: 'Leave' }).click();
    await room.getByRole('button', { name: 'Rehearse again' }).waitFor();
    await expect.poll(() => probe.toolbarTitle(tabId)).toBe('Starboard');
    expect(await probe.alarm(`reminder:${call.id}`)).toBeUndefined();
  });
});

describe('editing the closing checklist', () => {
  test('edits the template in the dashboard settings and a plan’s own list in the panel', async ({
    context,
    extensionUrl,
  }) => {
    const dashboard = await openDashboard(context, extensionUrl, '#/settings');
    await dashboard.getByRole('heading', { name: 'Settings', exact: true }).waitFor();

    // Bad input is refused with a reason and saves nothing.
    const reminder = dashboard.getByLabel('Bring the closing checklist forward this many minutes before the end');
    await expect.poll(() => reminder.inputValue()).toBe('8');
    await reminder.fill('0');
    await dashboard.getByRole('button', { name: 'Save', exact: true }).click();
    await dashboard.getByText('Choose a whole number of minutes from 1 to 60 for the closing checklist.').waitFor();
    await reminder.fill('10');
    await dashboard.getByRole('button', { name: 'Save', exact: true }).click();
    await dashboard.getByText('Saved.', { exact: true }).waitFor();

    const template = dashboard.getByRole('region', { name: 'Closing checklist' });
    await template.getByLabel('New item').fill('Mention the open-source work');
    await template.getByRole('button', { name: 'Add item' }).click();
    await template.getByRole('button', { name: 'Move “Mention the open-source work” up' }).click();
    await template.getByRole('button', { name: 'Move “Mention the open-source work” up' }).click();
    await template.getByRole('button', { name: 'Remove “Thank the interviewers by name”' }).click();
    await template.getByRole('button', { name: 'Save checklist' }).click();
    await template.getByText('Checklist saved.').waitFor();

    const panel = await openPanelTab(context, extensionUrl);
    // Folded until it is due.
    await openFold(panel, 'Closing checklist');
    const checklist = panel.getByRole('region', { name: 'Closing checklist' });
    await expect
      .poll(() => checklist.getByRole('listitem').allTextContents(), { timeout: 15_000 })
      .toEqual([
        'Restate why you fit the role, and that you want it',
        'Bring back your standout story in one line',
        'Ask a question that shows you thought about the role',
        'Mention the open-source work',
        NEXT_STEPS,
      ]);

    // This interview's own list, from the panel's plan view.
    await checklist.getByRole('button', { name: 'Edit checklist for this interview' }).click();
    await checklist.getByLabel('New item').fill('Ask about the on-call rotation');
    await checklist.getByRole('button', { name: 'Add item' }).click();
    await checklist.getByRole('button', { name: 'Save checklist' }).click();
    await expect
      .poll(() => checklist.getByRole('listitem').allTextContents())
      .toContain('Ask about the on-call rotation');
    await dashboard.reload();
    await expect
      .poll(() =>
        dashboard.getByRole('region', { name: 'Closing checklist' }).locator('input[aria-label^="Item"]').count(),
      )
      .toBe(5);

    // Back to the template for this plan, then the template back to the built-in list (filled from the plan).
    await checklist.getByRole('button', { name: 'Edit checklist for this interview' }).click();
    await checklist.getByRole('button', { name: 'Reset to default' }).click();
    await checklist.getByRole('button', { name: 'Cancel' }).click();
    await expect
      .poll(() => checklist.getByRole('listitem').allTextContents())
      .not.toContain('Ask about the on-call rotation');
    await dashboard
      .getByRole('region', { name: 'Closing checklist' })
      .getByRole('button', { name: 'Reset to default' })
      .click();
    await expect.poll(() => checklist.getByRole('listitem').allTextContents()).toContain('Thank Alex Kim by name');
  });
});

describe('the closing checklist on the Meet call page, with Playwright’s clock', () => {
  test('comes forward at T-minus 8 and not before; ticks survive reloading the panel and the call page', async ({
    context,
    probe,
    meet,
  }) => {
    // One clock for every page and frame of the context, the panel's out-of-process frame included (its first
    // assertion below reads the clock in the frame). The service worker keeps real time.
    await context.clock.install();
    const { page, frame, tabId, call } = await meet.join();
    expect(call.platform).toBe('meet');
    expect((await probe.request('calls.current', { tabId }))?.interview?.company).toBe('Sample Co');
    expect(await checklistState(frame)).toEqual(NOT_FORWARD);
    expect((await probe.alarm(`reminder:${call.id}`))?.scheduledTime).toBe(
      call.joinedAt + REMINDER_AFTER_JOIN + PANEL_FIRST_MS,
    );

    await page.bringToFront();
    const frameNow = await frame.evaluate(() => Date.now());
    await context.clock.fastForward(call.joinedAt + REMINDER_AFTER_JOIN - 20_000 - frameNow);
    // The frame's clock moved: the panel shows the call 36 minutes in, 8 min 20 s before its end.
    await expect.poll(() => clockText(frame)).toBe('9 min left');
    expect(await checklistState(frame)).toEqual(NOT_FORWARD);

    await context.clock.fastForward(30_000);
    await expect.poll(() => checklistState(frame)).toEqual(FORWARD);
    expect(await clockText(frame)).toBe('8 min left');

    await frame.getByRole('checkbox', { name: NEXT_STEPS }).check();
    await expect
      .poll(async () => (await probe.callIn(tabId)).call.events.filter((e) => e.type === 'checklist-ticked'))
      .toEqual([expect.objectContaining({ itemId: 'next-steps', label: NEXT_STEPS, checked: true })]);

    // The panel page reloads inside the same frame: the tick comes back from the call record, still forward.
    await reloadPanel(frame);
    await expect.poll(() => frame.getByRole('checkbox', { name: NEXT_STEPS }).isChecked()).toBe(true);
    expect(await frame.getByRole('checkbox', { name: /Thank Alex Kim/ }).isChecked()).toBe(false);
    expect(await checklistState(frame)).toEqual(FORWARD);

    // The whole call page reloads: Meet puts the user back in the lobby; rejoining is the same call.
    await page.reload();
    await page.getByRole('button', { name: MEET_BUTTONS.join }).click();
    const remounted = await waitForPanelFrame(page);
    await remounted.getByRole('heading', { name: SAMPLE_PLAN }).waitFor({ timeout: 15_000 });
    await expect.poll(() => remounted.getByRole('checkbox', { name: NEXT_STEPS }).isChecked()).toBe(true);
    expect(await checklistState(remounted)).toEqual(FORWARD);
    expect((await probe.callIn(tabId)).call.id).toBe(call.id);
    const calls = await probe.request('calls.recent', { since: 0 });
    expect(calls.filter((c) => c.tabId === tabId)).toHaveLength(1);
  });

  test('still comes forward after the service worker was stopped, and the panel still writes to the call', async ({
    context,
    extensionId,
    probe,
    meet,
  }) => {
    await context.clock.install();
    const { page, frame, tabId, call } = await meet.join();

    await stopServiceWorker(context, extensionId);

    await page.bringToFront();
    const frameNow = await frame.evaluate(() => Date.now());
    await context.clock.fastForward(call.joinedAt + REMINDER_AFTER_JOIN + 5_000 - frameNow);
    await expect.poll(() => checklistState(frame), { timeout: 15_000 }).toEqual(FORWARD);
    await frame.getByRole('checkbox', { name: NEXT_STEPS }).check();
    await expect
      .poll(async () => (await probe.callIn(tabId)).call.events.filter((e) => e.type === 'checklist-ticked'))
      .toEqual([expect.objectContaining({ itemId: 'next-steps', checked: true })]);

    // Only the page clock is fake: the background's reminder is still ahead, planned for the same moment by the
    // worker that woke up (the alarm outlives the worker; see the next test for one ringing after a stop).
    expect((await probe.alarm(`reminder:${call.id}`))?.scheduledTime).toBe(
      call.joinedAt + REMINDER_AFTER_JOIN + PANEL_FIRST_MS,
    );
  });
});

describe('the closing-checklist reminder while the panel is out of sight on Meet', () => {
  /** Collapses the panel from the frame's own button and waits for the slim tab. */
  async function collapse(page: Page) {
    await page.bringToFront();
    await clickAxButton(page, 'Collapse the panel');
    await expect.poll(() => slimTabName(page)).toBe('Starboard');
  }

  test('rings after the service worker was stopped: the toolbar and slim tab are badged until the checklist is seen', async ({
    context,
    extensionId,
    probe,
    meet,
  }) => {
    const { page, frame, tabId, call } = await meet.join();
    await collapse(page);

    // Real time for the background (its clock cannot be faked): the plan is scheduled so that this call, joined
    // late inside its slot, reaches T-minus 8 half a minute from now. Seconds matter here, which no form offers.
    const reminderAt = Date.now() + 30_000;
    await probe.request('plans.save', { id: call.interviewId!, scheduledAt: reminderAt - REMINDER_AFTER_JOIN });
    await expect
      .poll(async () => (await probe.alarm(`reminder:${call.id}`))?.scheduledTime)
      .toBe(reminderAt + PANEL_FIRST_MS);

    await stopServiceWorker(context, extensionId);
    // The stop came before the alarm (else this test would prove nothing about it).
    expect(Date.now()).toBeLessThan(reminderAt);
    expect(await probe.badgeText(tabId)).toBe('');
    await page.bringToFront();

    await expect.poll(() => probe.badgeText(tabId), { timeout: 60_000, interval: 500 }).toBe('•');
    await expect.poll(() => slimTabName(page)).toBe(`Starboard ${BADGE_DOT}`);
    expect(await remindersShown(probe, tabId)).toBe(1);
    await expectOutOfSightOnly(page, frame);

    await page.bringToFront();
    await clickAxButton(page, /^Starboard/);
    await expect.poll(() => checklistState(frame)).toEqual(FORWARD);
    await expect.poll(() => probe.badgeText(tabId), SEEN_WAIT).toBe('');
    // The slim tab lost its dot too (seen again by collapsing).
    await clickAxButton(page, 'Collapse the panel');
    await expect.poll(() => slimTabName(page)).toBe('Starboard');
    expect(await remindersShown(probe, tabId)).toBe(1);
  });

  // Once quarantined: the panel counted the checklist as seen before its observer heard of the collapse. The frame now
  // answers for itself (closing.seen asks it; tests/unit/closing/reminder-race.test.ts is the race, deterministic).
  test('badges the toolbar and the slim tab while collapsed from the frame’s own button; expanding clears them', async ({
    probe,
    meet,
  }) => {
    const { page, frame, tabId } = await meet.join();
    await collapse(page);
    expect(await frameBox(page)).toBeNull();

    await ringNow(probe, tabId);
    await expect.poll(() => slimTabName(page)).toBe(`Starboard ${BADGE_DOT}`);
    expect(await remindersShown(probe, tabId)).toBe(1);
    // The panel computed the same reminder all along, but out of sight it did not count as seen.
    expect(await checklistState(frame)).toEqual(FORWARD);
    await expectOutOfSightOnly(page, frame);

    await page.bringToFront();
    await clickAxButton(page, /^Starboard/);
    await expect.poll(() => frameBox(page)).not.toBeNull();
    await expect.poll(() => probe.badgeText(tabId), SEEN_WAIT).toBe('');
    await clickAxButton(page, 'Collapse the panel');
    await expect.poll(() => slimTabName(page)).toBe('Starboard');
    expect(await remindersShown(probe, tabId)).toBe(1);
  });

  describe('with the screen shared', () => {
    test.override('launchOptions', { args: MEDIA_FLAGS });

    test('does the same while the panel is hidden for screen sharing', async ({ probe, meet }) => {
      const { page, frame, tabId } = await meet.join();
      await page.bringToFront();
      await page.getByRole('button', { name: MEET_BUTTONS.present }).click();
      await expect.poll(() => slimTabName(page)).toBe('Hidden while sharing');
      expect(await frameBox(page)).toBeNull();

      await ringNow(probe, tabId);
      await expect.poll(() => slimTabName(page)).toBe(`Hidden while sharing ${BADGE_DOT}`);
      expect(await remindersShown(probe, tabId)).toBe(1);
      expect(await checklistState(frame)).toEqual(FORWARD);
      await expectOutOfSightOnly(page, frame);

      // The user opens the panel during the share: the checklist is on screen, so both badges go.
      await page.bringToFront();
      await clickAxButton(page, /^Hidden while sharing/);
      await expect.poll(() => frameBox(page)).not.toBeNull();
      await expect.poll(() => checklistState(frame)).toEqual(FORWARD);
      await expect.poll(() => probe.badgeText(tabId), SEEN_WAIT).toBe('');
      // The user's click opened the share latch: collapsing again is the user's own collapse, without the dot.
      await clickAxButton(page, 'Collapse the panel');
      await expect.poll(() => slimTabName(page)).toBe('Starboard');
      expect(await remindersShown(probe, tabId)).toBe(1);
      await clickAxButton(page, /^Starboard/);
      await expect.poll(() => frameBox(page)).not.toBeNull();
    });
  });
});
