import type { Frame } from 'playwright-core';
import { describe, expect } from 'vitest';
import { stopServiceWorker } from '../harness/browser.mjs';
import { test } from './fixtures';
import { MEET_BUTTONS } from './pages/call-page';
import { capture, openFold, pinnedList, tell } from './pages/panel';
import { CHECKOUT, ON_CALL } from './pages/sample-data';

// The call record: what a call keeps (stories told, questions captured, its plan) through the worker stopping and
// with two calls at once.

const FIRST_QUESTION = 'How do you handle pushback from another team?';
const SECOND_QUESTION = 'What would you change about our on-call?';

describe('a Meet call when the service worker stops mid-call', () => {
  test('keeps every story told and question captured, before and after the stop, and ends with the call', async ({
    context,
    extensionId,
    probe,
    meet,
  }) => {
    const { page, frame, tabId, call } = await meet.join();
    const stories = await probe.request('stories.list', {});
    const idOf = (title: string) => stories.find((s) => s.title === title)!.id;

    await page.bringToFront();
    await tell(frame, CHECKOUT);
    await capture(frame, FIRST_QUESTION);

    await stopServiceWorker(context, extensionId);
    await page.bringToFront();

    await tell(frame, ON_CALL);
    await capture(frame, SECOND_QUESTION);
    // The first marks are still shown: the panel re-subscribed to the woken worker and got the whole record back.
    await expect.poll(() => pinnedList(frame).getByRole('button', { name: CHECKOUT }).textContent()).toContain('Told');
    await expect
      .poll(() => frame.getByRole('list', { name: 'Their questions' }).textContent())
      .toContain(FIRST_QUESTION);

    // Stopped again, so the leave report itself has to wake the worker.
    await stopServiceWorker(context, extensionId);
    await page.bringToFront();
    await page.getByRole('button', { name: MEET_BUTTONS.leave }).click();
    // The panel turns to the journal draft of the call; the stories are one click away.
    await frame.getByText('The call has ended.', { exact: false }).waitFor({ timeout: 15_000 });
    await frame.getByRole('button', { name: 'Back to my stories' }).click();
    await frame.getByText('Call ended', { exact: true }).waitFor();
    // After the call the panel still shows what was told (the questions go to the journal draft).
    for (const title of [CHECKOUT, ON_CALL]) {
      expect(await pinnedList(frame).getByRole('button', { name: title }).textContent()).toContain('Told');
    }

    const ended = (await probe.callIn(tabId)).call;
    expect(ended.id).toBe(call.id);
    expect(ended.events.map(({ at: _at, ...event }) => event)).toEqual([
      { type: 'story-told', storyId: idOf(CHECKOUT) },
      { type: 'question-captured', text: FIRST_QUESTION },
      { type: 'story-told', storyId: idOf(ON_CALL) },
      { type: 'question-captured', text: SECOND_QUESTION },
    ]);
    expect(ended.endedAt).toBeTypeOf('number');
    expect(ended.endedAt!).toBeGreaterThanOrEqual(ended.joinedAt);
    expect(await probe.alarm(`reminder:${call.id}`)).toBeUndefined();
  });
});

describe('two Meet tabs in a call on the same meeting link', () => {
  test('keep their own call records and both edits to the plan they share', async ({
    context,
    extensionUrl,
    probe,
    meet,
  }) => {
    const first = await meet.join();
    const firstTab = first.tabId;
    const second = await meet.join();
    const secondTab = second.tabId;
    expect(secondTab).not.toBe(firstTab);
    const firstView = await probe.callIn(firstTab);
    const secondView = await probe.callIn(secondTab);
    expect(firstView.call.id).not.toBe(secondView.call.id);
    expect(secondView.interview?.id).toBe(firstView.interview?.id);
    const planId = firstView.interview!.id;

    // Each panel writes to its own call at the same moment.
    await first.frame.getByLabel('Jot down their question').fill(FIRST_QUESTION);
    await second.frame.getByLabel('Jot down their question').fill(SECOND_QUESTION);
    await Promise.all([
      first.frame.getByRole('button', { name: 'Capture', exact: true }).click(),
      second.frame.getByRole('button', { name: 'Capture', exact: true }).click(),
    ]);
    const questionsIn = async (tabId: number) =>
      (await probe.callIn(tabId)).call.events.flatMap((e) => (e.type === 'question-captured' ? [e.text] : []));
    // Two writes at once through one worker on a loaded machine: give them the time a person would.
    await expect.poll(() => questionsIn(firstTab), { timeout: 15_000 }).toEqual([FIRST_QUESTION]);
    await expect.poll(() => questionsIn(secondTab), { timeout: 15_000 }).toEqual([SECOND_QUESTION]);

    // The plan is open in the dashboard too, from before either panel edits it.
    const dashboard = await context.newPage();
    await dashboard.goto(extensionUrl(`dashboard.html#/plans/${encodeURIComponent(planId)}`));
    const round = dashboard.getByLabel('Round or stage');
    await expect.poll(() => round.inputValue(), { timeout: 15_000 }).toBe('Hiring manager');

    // Both open the plan's own checklist before either saves; each adds an item and saves.
    const checklist = (panel: Frame) => panel.getByRole('region', { name: 'Closing checklist' });
    const labels = async (panel: Frame) =>
      checklist(panel)
        .getByRole('checkbox')
        .evaluateAll((boxes) => boxes.map((box) => box.closest('label')?.textContent ?? ''));
    for (const { page, frame } of [first, second]) {
      await page.bringToFront();
      // Folded until it is due.
      await openFold(frame, 'Closing checklist');
      await checklist(frame).getByRole('button', { name: 'Edit checklist for this interview' }).click();
      await checklist(frame).getByLabel('New item').waitFor();
    }

    await first.page.bringToFront();
    await checklist(first.frame).getByLabel('New item').fill('Ask about the on-call rotation');
    await checklist(first.frame).getByRole('button', { name: 'Add item' }).click();
    await checklist(first.frame).getByRole('button', { name: 'Save checklist' }).click();
    await checklist(first.frame).getByRole('button', { name: 'Edit checklist for this interview' }).waitFor();
    // The other panel shows the first edit live, editor still open.
    await expect.poll(() => labels(second.frame)).toContain('Ask about the on-call rotation');

    await second.page.bringToFront();
    await checklist(second.frame).getByLabel('New item').fill('Mention the open-source work');
    await checklist(second.frame).getByRole('button', { name: 'Add item' }).click();
    await checklist(second.frame).getByRole('button', { name: 'Save checklist' }).click();
    await checklist(second.frame).getByRole('button', { name: 'Edit checklist for this interview' }).waitFor();

    for (const { frame } of [first, second]) {
      await expect
        .poll(() => labels(frame))
        .toEqual(expect.arrayContaining(['Ask about the on-call rotation', 'Mention the open-source work']));
    }

    // An edit in the dashboard's plan editor, opened before: both panels follow it live, and it keeps both lists.
    await dashboard.bringToFront();
    await round.fill('Final round');
    for (const { page, frame } of [first, second]) {
      await page.bringToFront();
      await frame
        .getByRole('heading', { name: 'Sample Co · Senior Software Engineer · Final round' })
        .waitFor({ timeout: 15_000 });
    }
    const plan = await probe.request('plans.get', planId);
    expect(plan?.round).toBe('Final round');
    expect(plan?.checklist?.map((item) => item.label)).toEqual(
      expect.arrayContaining(['Ask about the on-call rotation', 'Mention the open-source work']),
    );
  });
});
