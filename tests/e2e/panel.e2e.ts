import type { BrowserContext, FrameLocator, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { launchWithExtension } from '../harness/browser.mjs';
import { serveCallPages } from '../harness/call-pages';
import { ExtensionProbe, tabIdOf } from '../harness/extension-api';

const CHECKOUT = 'Sample: Rescued the checkout migration';
const ON_CALL = 'Sample: Led the on-call overhaul across three teams';
const API_DISPUTE = 'Sample: Settled the API versioning dispute with the mobile team';
const PLAN = 'Sample Co · Senior Software Engineer · Hiring manager';

let context: BrowserContext | undefined;

afterEach(async () => {
  await context?.close();
  context = undefined;
});

/** Opens the rehearsal room, waits for the sample plan (seeded on install) and starts a rehearsal of it. */
async function startRehearsal(
  ctx: BrowserContext,
  url: (path: string) => string,
): Promise<{ room: Page; panel: FrameLocator }> {
  const room = await ctx.newPage();
  await room.goto(url('rehearsal.html'));
  const plan = room.getByLabel('Plan to rehearse');
  await expect.poll(() => plan.locator('option:checked').textContent(), { timeout: 15_000 }).toBe(PLAN);
  await room.getByRole('button', { name: 'Start rehearsal' }).click();
  await room.getByRole('navigation', { name: 'Call controls' }).waitFor();
  const panel = room.frameLocator('iframe[title="Starboard panel"]');
  await panel.getByRole('heading', { name: PLAN }).waitFor();
  return { room, panel };
}

function pinnedList(panel: FrameLocator | Page) {
  return panel.getByRole('list', { name: 'Pinned for this interview' });
}

describe('the cue card in the rehearsal room', () => {
  it("shows the plan's pinned stories; expand, mark told, capture and match a question, all kept in the call record", async () => {
    const launched = await launchWithExtension();
    context = launched.context;
    const { room, panel } = await startRehearsal(context, launched.extensionUrl);

    const pinned = pinnedList(panel);
    await expect.poll(() => pinned.getByRole('listitem').count()).toBe(4);
    const checkout = pinned.getByRole('button', { name: CHECKOUT });
    expect(await checkout.getAttribute('aria-expanded')).toBe('false');

    // One story open at a time, with its S/T/A/R lines and result metric.
    await checkout.click();
    expect(await checkout.getAttribute('aria-expanded')).toBe('true');
    const body = panel.getByRole('region', { name: CHECKOUT });
    await expect.poll(() => body.textContent()).toContain('4% → 0.3% errors');
    await pinned.getByRole('button', { name: ON_CALL }).click();
    expect(await checkout.getAttribute('aria-expanded')).toBe('false');
    await checkout.click();

    await body.getByRole('button', { name: 'Mark told' }).click();
    await expect.poll(() => body.textContent()).toMatch(/Told at/);
    await expect.poll(() => checkout.textContent()).toContain('Told');

    await panel.getByLabel('Jot down their question').fill('How do you handle pushback from another team?');
    await panel.getByRole('button', { name: 'Capture', exact: true }).click();
    const captured = panel.getByRole('list', { name: 'Their questions' });
    await expect.poll(() => captured.textContent()).toContain('How do you handle pushback from another team?');
    expect(await panel.getByLabel('Jot down their question').inputValue()).toBe('');

    await panel
      .getByLabel('Find a story: a keyword, or paste their question')
      .fill('Tell me about a time you disagreed with a colleague on another team');
    const found = panel.getByRole('list', { name: 'Find a story' });
    await expect
      .poll(() => found.getByRole('listitem').first().getByRole('button').first().textContent())
      .toContain(API_DISPUTE);
    await expect.poll(() => found.getByRole('listitem').first().textContent()).toContain('Conflict resolution');

    // The pitch and the questions to ask, one click away.
    await panel.getByText('Pitch and questions to ask').click();
    await expect
      .poll(() => panel.getByRole('group').filter({ hasText: 'Your pitch' }).textContent())
      .toContain('I turn messy, high-stakes systems into reliable ones');

    // The side panel for the same tab reads the call record, not the framed panel's state.
    const tabId = await tabIdOf(room);
    const side = await context.newPage();
    await side.goto(launched.extensionUrl(`panel.html?tabId=${tabId}`));
    await expect
      .poll(() => pinnedList(side).getByRole('button', { name: CHECKOUT }).textContent(), { timeout: 10_000 })
      .toContain('Told');
    await expect
      .poll(() => side.getByRole('list', { name: 'Their questions' }).textContent())
      .toContain('How do you handle pushback from another team?');

    const probe = await ExtensionProbe.open(context, launched.extensionUrl);
    const view = await probe.request('calls.current', { tabId });
    const told = view?.call.events.filter((event) => event.type === 'story-told') ?? [];
    expect(told).toHaveLength(1);
    expect(view?.call.platform).toBe('rehearsal');

    await room.bringToFront();
    await room.getByRole('button', { name: 'Leave' }).click();
    await expect.poll(() => room.getByRole('status').textContent()).toMatch(/Rehearsal over after/);
    expect((await probe.request('calls.current', { tabId }))?.call.endedAt).toBeTypeOf('number');
  });

  it('works from the keyboard: / j k t q Escape and the help popover', async () => {
    const launched = await launchWithExtension();
    context = launched.context;
    const { room } = await startRehearsal(context, launched.extensionUrl);
    const tabId = await tabIdOf(room);
    // The same panel page, opened as a tab bound to the rehearsal's tab, so the keyboard reaches it directly.
    const panel = await context.newPage();
    await panel.goto(launched.extensionUrl(`panel.html?tabId=${tabId}`));
    await pinnedList(panel).getByRole('button', { name: ON_CALL }).waitFor();

    await panel.keyboard.press('/');
    expect(await panel.evaluate(() => document.activeElement?.id)).toBe('finder-input');
    await panel.keyboard.type('t');
    expect(await panel.getByLabel('Find a story: a keyword, or paste their question').inputValue()).toBe('t');
    await panel.keyboard.press('Escape');
    await panel.getByLabel('Find a story: a keyword, or paste their question').fill('');
    await panel.locator('body').click({ position: { x: 2, y: 2 } });

    const pinned = pinnedList(panel);
    await panel.keyboard.press('j');
    await expect.poll(() => pinned.getByRole('button', { name: ON_CALL }).getAttribute('aria-expanded')).toBe('true');
    expect(await panel.evaluate(() => document.activeElement?.textContent)).toContain(ON_CALL);
    await panel.keyboard.press('j');
    await expect.poll(() => pinned.getByRole('button', { name: CHECKOUT }).getAttribute('aria-expanded')).toBe('true');
    await panel.keyboard.press('k');
    await panel.keyboard.press('j');
    await panel.keyboard.press('t');
    await expect.poll(() => pinned.getByRole('button', { name: CHECKOUT }).textContent()).toContain('Told');

    await panel.keyboard.press('q');
    expect(await panel.evaluate(() => document.activeElement?.id)).toBe('capture-input');
    await panel.keyboard.type('Why this company?');
    await panel.keyboard.press('Enter');
    await expect
      .poll(() => panel.getByRole('list', { name: 'Their questions' }).textContent())
      .toContain('Why this company?');

    await panel.keyboard.press('Escape');
    await panel.keyboard.press('Escape');
    await expect.poll(() => pinned.getByRole('button', { name: CHECKOUT }).getAttribute('aria-expanded')).toBe('false');

    await panel.keyboard.press('?');
    const help = panel.getByRole('button', { name: 'Keyboard shortcuts' });
    await expect.poll(() => help.getAttribute('aria-expanded')).toBe('true');
    await expect.poll(() => panel.locator('#shortcut-list').textContent()).toContain('Mark the open story told');
    await panel.keyboard.press('Escape');
    await expect.poll(() => help.getAttribute('aria-expanded')).toBe('false');
  });
});

describe('the panel without a call', () => {
  it('reviews the next planned interview, then starts and ends a call by hand on any site', async () => {
    const launched = await launchWithExtension();
    context = launched.context;
    await serveCallPages(context, [
      { url: 'https://interview.example/room', html: '<title>Room</title><h1>Room</h1>' },
    ]);
    const site = await context.newPage();
    await site.goto('https://interview.example/room');
    const probe = await ExtensionProbe.open(context, launched.extensionUrl);
    const tabId = await probe.tabIdOfUrl('https://interview.example/room');

    const panel = await context.newPage();
    await panel.goto(launched.extensionUrl(`panel.html?tabId=${tabId}`));
    await panel.getByText('Not in a call: reviewing your next interview.').waitFor({ timeout: 15_000 });
    await panel.getByRole('heading', { name: PLAN }).waitFor();
    await expect.poll(() => pinnedList(panel).getByRole('listitem').count()).toBe(4);
    // Without a call the checklist is a preview, filled from the plan.
    await expect
      .poll(() => panel.getByRole('region', { name: 'Closing checklist' }).textContent())
      .toContain('Thank Alex Kim by name');
    expect(await panel.getByRole('checkbox').count()).toBe(0);

    await panel.getByRole('button', { name: 'Start call' }).click();
    await panel.getByText('In call', { exact: true }).waitFor();
    const view = await probe.request('calls.current', { tabId });
    expect(view?.call).toMatchObject({ platform: 'generic', tabUrl: 'https://interview.example/room' });
    expect(view?.interview?.company).toBe('Sample Co');
    await expect.poll(() => panel.getByRole('checkbox').count()).toBe(5);

    await panel.getByRole('button', { name: 'End call' }).click();
    await panel.getByText('Call ended', { exact: true }).waitFor();
    expect((await probe.request('calls.current', { tabId }))?.call.endedAt).toBeTypeOf('number');
  });

  it('binds a call with no matching plan to one picked, or to a plan quick-created from a company name', async () => {
    const launched = await launchWithExtension();
    context = launched.context;
    const room = await context.newPage();
    await room.goto(launched.extensionUrl('rehearsal.html'));
    const plan = room.getByLabel('Plan to rehearse');
    await expect.poll(() => plan.locator('option:checked').textContent(), { timeout: 15_000 }).toBe(PLAN);
    await plan.selectOption({ label: 'No plan, just my stories' });
    await room.getByRole('button', { name: 'Start rehearsal' }).click();
    const panel = room.frameLocator('iframe[title="Starboard panel"]');

    await panel.getByText('No plan for this call yet: pick one').waitFor();
    await panel.getByRole('button', { name: 'Use this plan' }).click();
    await panel.getByRole('heading', { name: PLAN }).waitFor();

    await panel.getByText('Another plan').click();
    await panel.getByRole('button', { name: 'Create and use' }).click();
    await panel.getByText("Type the company's name first.").waitFor();
    await panel.getByLabel('Or a new plan for the company').fill('Globex');
    await panel.getByRole('button', { name: 'Create and use' }).click();
    await panel.getByRole('heading', { name: 'Globex', exact: true }).waitFor();
    await expect.poll(() => panel.getByText('No stories pinned to this interview yet.').count()).toBe(1);
  });
});
