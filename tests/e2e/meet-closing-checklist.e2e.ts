import type { BrowserContext, Frame, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { launchWithExtension, stopServiceWorker } from '../harness/browser.mjs';
import {
  buttonNames,
  clickAxButton,
  frameBox,
  joinMeetCall,
  MEDIA_FLAGS,
  MEET_BUTTONS,
  MEET_URL,
  SAMPLE_PLAN,
  serveMeet,
  waitForPanelFrame,
} from '../harness/call-page';
import { ExtensionProbe } from '../harness/extension-api';
import { SEEN_WAIT } from '../harness/seen-wait';

const MIN = 60_000;
/** The background lets a panel on screen show the checklist first (entrypoints/background/reminders.ts). */
const PANEL_FIRST_MS = 3_000;
/** The sample plan: 45 minutes, the checklist forward 8 minutes before the end. */
const REMINDER_AFTER_JOIN = 37 * MIN;
const NEXT_STEPS = 'Ask about next steps and the timeline';
/** The slim tab's dot, as assistive technology reads it inside the tab's name. */
const BADGE_DOT = 'The closing checklist is ready';

let context: BrowserContext | undefined;

afterEach(async () => {
  await context?.close();
  context = undefined;
});

async function launchOnMeet(options: { args?: string[] } = {}) {
  const launched = await launchWithExtension(options);
  context = launched.context;
  await serveMeet(context);
  // Opened before the call tab, so the call tab is the one in front (a hidden panel never counts as seen).
  const probe = await ExtensionProbe.open(context, launched.extensionUrl);
  return { ...launched, context, probe };
}

/**
 * Forward = at the top of the panel (the first section heading) with its calm note. Read from the DOM even while the
 * frame is collapsed (then nothing in it is in the accessibility tree).
 */
async function checklistState(panel: Frame) {
  const firstHeading = await panel.locator('h2:not(.visually-hidden):not(.popover-heading)').first().textContent();
  const note = await panel
    .getByRole('region', { name: 'Closing checklist', includeHidden: true })
    .getByRole('status', { includeHidden: true })
    .textContent();
  return { first: firstHeading, note };
}

const FORWARD = { first: 'Closing checklist', note: 'Time to start closing: your checklist is here.' };
const NOT_FORWARD = { first: 'Pinned for this interview', note: '' };

function clockText(panel: Frame) {
  return panel.getByRole('timer').textContent();
}

async function currentCall(probe: ExtensionProbe, tabId: number) {
  const view = await probe.request('calls.current', { tabId });
  if (!view) throw new Error(`No call in tab ${tabId}`);
  return view.call;
}

async function remindersShown(probe: ExtensionProbe, tabId: number) {
  return (await currentCall(probe, tabId)).events.filter((e) => e.type === 'reminder-shown').length;
}

/** The loader's slim tab (collapsed or hidden while sharing), by the name assistive technology reads. */
async function slimTabName(page: Page): Promise<string | undefined> {
  return (await buttonNames(page)).find((name) => /^(Starboard|Hidden while sharing)/.test(name));
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

/** Reloads the panel page in its frame, as a crash or the browser discarding it would, and waits for the new one. */
async function reloadPanel(panel: Frame): Promise<void> {
  await panel.evaluate(() => {
    (window as unknown as { beforeReload: boolean }).beforeReload = true;
    setTimeout(() => location.reload(), 0);
  });
  await expect
    .poll(() => panel.evaluate(() => 'beforeReload' in window).catch(() => true), { timeout: 15_000 })
    .toBe(false);
  await panel.getByRole('heading', { name: SAMPLE_PLAN }).waitFor({ timeout: 15_000 });
}

describe('the closing checklist on the Meet call page, with Playwright’s clock', () => {
  it('comes forward at T-minus 8 and not before; ticks survive reloading the panel and the call page', async () => {
    const { context, probe } = await launchOnMeet();
    // One clock for every page and frame of the context, the panel's out-of-process frame included (its first
    // assertion below reads the clock in the frame). The service worker keeps real time.
    await context.clock.install();
    const { page, frame } = await joinMeetCall(context);
    const tabId = await probe.tabIdOfUrl(MEET_URL);
    const call = await currentCall(probe, tabId);
    expect(call.platform).toBe('meet');
    expect((await probe.request('calls.current', { tabId }))?.interview?.company).toBe('Sample Co');
    expect(await checklistState(frame)).toEqual(NOT_FORWARD);
    expect((await probe.alarm(`reminder:${call.id}`))?.scheduledTime).toBe(
      call.joinedAt + REMINDER_AFTER_JOIN + PANEL_FIRST_MS,
    );

    await page.bringToFront();
    const frameNow = await frame.evaluate(() => Date.now());
    await context.clock.fastForward(call.joinedAt + REMINDER_AFTER_JOIN - 20_000 - frameNow);
    // The frame's clock moved: the panel shows the call 36 minutes in.
    await expect.poll(() => clockText(frame)).toMatch(/^36:\d\d in · 8:(1\d|20) left$/);
    expect(await checklistState(frame)).toEqual(NOT_FORWARD);

    await context.clock.fastForward(30_000);
    await expect.poll(() => checklistState(frame)).toEqual(FORWARD);
    expect(await clockText(frame)).toMatch(/ 7:\d\d left$/);

    await frame.getByRole('checkbox', { name: NEXT_STEPS }).check();
    await expect
      .poll(async () => (await currentCall(probe, tabId)).events.filter((e) => e.type === 'checklist-ticked'))
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
    expect((await currentCall(probe, tabId)).id).toBe(call.id);
    const calls = await probe.request('calls.recent', { since: 0 });
    expect(calls.filter((c) => c.tabId === tabId)).toHaveLength(1);
  });

  it('still comes forward after the service worker was stopped, and the panel still writes to the call', async () => {
    const { context, probe, extensionId } = await launchOnMeet();
    await context.clock.install();
    const { page, frame } = await joinMeetCall(context);
    const tabId = await probe.tabIdOfUrl(MEET_URL);
    const call = await currentCall(probe, tabId);

    await stopServiceWorker(context, extensionId);

    await page.bringToFront();
    const frameNow = await frame.evaluate(() => Date.now());
    await context.clock.fastForward(call.joinedAt + REMINDER_AFTER_JOIN + 5_000 - frameNow);
    await expect.poll(() => checklistState(frame), { timeout: 15_000 }).toEqual(FORWARD);
    await frame.getByRole('checkbox', { name: NEXT_STEPS }).check();
    await expect
      .poll(async () => (await currentCall(probe, tabId)).events.filter((e) => e.type === 'checklist-ticked'))
      .toEqual([expect.objectContaining({ itemId: 'next-steps', checked: true })]);

    // Only the page clock is fake: the background's reminder is still ahead, planned for the same moment by the
    // worker that woke up (the alarm outlives the worker; see the next test for one ringing after a stop).
    expect((await probe.alarm(`reminder:${call.id}`))?.scheduledTime).toBe(
      call.joinedAt + REMINDER_AFTER_JOIN + PANEL_FIRST_MS,
    );
  });
});

describe('the closing-checklist reminder while the panel is out of sight on Meet', () => {
  it('rings after the service worker was stopped: the toolbar and slim tab are badged until the checklist is seen', async () => {
    const { context, probe, extensionId } = await launchOnMeet();
    const { page, frame } = await joinMeetCall(context);
    const tabId = await probe.tabIdOfUrl(MEET_URL);
    const call = await currentCall(probe, tabId);
    await page.bringToFront();
    await clickAxButton(page, 'Collapse the panel');
    await expect.poll(() => slimTabName(page)).toBe('Starboard');

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
  it('badges the toolbar and the slim tab while collapsed from the frame’s own button; expanding clears them', async () => {
    const { context, probe } = await launchOnMeet();
    const { page, frame } = await joinMeetCall(context);
    const tabId = await probe.tabIdOfUrl(MEET_URL);
    const call = await currentCall(probe, tabId);
    await page.bringToFront();
    await clickAxButton(page, 'Collapse the panel');
    await expect.poll(() => slimTabName(page)).toBe('Starboard');
    expect(await frameBox(page)).toBeNull();

    // A one-minute call (no preset offers it) has its reminder due at once, so the real alarm rings within the test.
    await probe.request('calls.setPlannedMinutes', { callId: call.id, minutes: 1 });
    await expect.poll(() => probe.badgeText(tabId), { timeout: 60_000, interval: 500 }).toBe('•');
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

  it('does the same while the panel is hidden for screen sharing', async () => {
    const { context, probe } = await launchOnMeet({ args: MEDIA_FLAGS });
    const { page, frame } = await joinMeetCall(context);
    const tabId = await probe.tabIdOfUrl(MEET_URL);
    const call = await currentCall(probe, tabId);
    await page.bringToFront();
    await page.getByRole('button', { name: MEET_BUTTONS.present }).click();
    await expect.poll(() => slimTabName(page)).toBe('Hidden while sharing');
    expect(await frameBox(page)).toBeNull();

    await probe.request('calls.setPlannedMinutes', { callId: call.id, minutes: 1 });
    await expect.poll(() => probe.badgeText(tabId), { timeout: 60_000, interval: 500 }).toBe('•');
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
