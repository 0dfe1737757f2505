import type { Frame, FrameLocator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { SAMPLE_PLAN } from './sample-data';

/**
 * The panel page, wherever it shows: framed in a call page (a Frame), in the rehearsal room (a FrameLocator), or
 * opened as a tab of its own (a Page). Everything here is found by role and accessible name, as a user finds it.
 */
export type PanelView = Frame | FrameLocator | Page;

export function pinnedList(panel: PanelView) {
  return panel.getByRole('list', { name: 'Pinned for this interview' });
}

/** The header's time left, in whole minutes rounded up: "9 min left" 8:20 before the planned end. */
export function clockText(panel: PanelView) {
  return panel.getByRole('timer').textContent();
}

/**
 * Forward = at the top of the panel (the first section heading) with its calm note. Read from the DOM even while the
 * frame is collapsed (then nothing in it is in the accessibility tree).
 */
export async function checklistState(panel: PanelView) {
  const firstHeading = await panel.locator('h2:not(.visually-hidden):not(.popover-heading)').first().textContent();
  const note = await panel
    .getByRole('region', { name: 'Closing checklist', includeHidden: true })
    .getByRole('status', { includeHidden: true })
    .textContent();
  return { first: firstHeading, note };
}

export const FORWARD = { first: 'Closing checklist', note: 'Time to start closing: your checklist is here.' };
export const NOT_FORWARD = { first: 'Pinned for this interview', note: '' };

/**
 * Opens one of the panel's folds (the closing checklist until it is due, the library, the length presets) by its
 * summary, as a user does; a fold already open stays open.
 */
export async function openFold(panel: PanelView, summary: string): Promise<void> {
  const fold = panel.locator('details', { has: panel.locator('summary', { hasText: summary }) });
  if ((await fold.getAttribute('open')) === null) await fold.locator('summary').first().click();
}

/** Opens a pinned story and marks it told, as a user does in the cue card. */
export async function tell(panel: PanelView, title: string): Promise<void> {
  const story = pinnedList(panel).getByRole('button', { name: title });
  // Clicked again if a late layout shift sent the click elsewhere.
  await expect
    .poll(async () => {
      if ((await story.getAttribute('aria-expanded')) !== 'true') await story.click();
      return story.getAttribute('aria-expanded');
    })
    .toBe('true');
  await panel.getByRole('region', { name: title }).getByRole('button', { name: 'Mark told' }).click();
  await expect.poll(() => story.textContent()).toContain('Told');
}

/** Captures one of the interviewer's questions and waits until the panel lists it. */
export async function capture(panel: PanelView, question: string): Promise<void> {
  await panel.getByLabel('Jot down their question').fill(question);
  await panel.getByRole('button', { name: 'Capture', exact: true }).click();
  await expect.poll(() => panel.getByRole('list', { name: 'Their questions' }).textContent()).toContain(question);
}

/** Reloads the panel page in its frame, as a crash or the browser discarding it would, and waits for the new one. */
export async function reloadPanel(panel: Frame): Promise<void> {
  await panel.evaluate(() => {
    (window as unknown as { beforeReload: boolean }).beforeReload = true;
    setTimeout(() => location.reload(), 0);
  });
  await expect
    .poll(() => panel.evaluate(() => 'beforeReload' in window).catch(() => true), { timeout: 15_000 })
    .toBe(false);
  await panel.getByRole('heading', { name: SAMPLE_PLAN }).waitFor({ timeout: 15_000 });
}

/** The panel page opened as a tab of its own, bound to the call in another tab (the side panel does the same). */
export async function openPanelTab(
  context: { newPage(): Promise<Page> },
  extensionUrl: (path: string) => string,
  tabId?: number,
  viewport?: { width: number; height: number },
): Promise<Page> {
  const panel = await context.newPage();
  if (viewport) await panel.setViewportSize(viewport);
  await panel.goto(extensionUrl(tabId === undefined ? 'panel.html' : `panel.html?tabId=${tabId}`));
  return panel;
}
