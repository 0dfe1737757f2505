import { beforeAll, describe, expect } from 'vitest';
import { shareBrowser, test } from './fixtures';
import { HOSTS, MEET_URL, serveMeet, waitForPanelFrame } from './pages/call-page';
import { openDashboard, WAIT, waitSaved } from './pages/dashboard';
import { openToolbarPopup } from './pages/popup';
import { samplePlan } from './pages/sample-data';

const MINUTE = 60_000;

/**
 * A new candidate's first minutes (issue #17, "a first run that leads"): Up next's guided start, whose steps tick
 * themselves from what the candidate has done, and the toolbar popup that leads with the next interview.
 */
describe('first run', () => {
  test('a new user sees step 1 first; writing a story ticks it, the next step leads, and Hide keeps it away', async ({
    context,
    extensionUrl,
  }) => {
    const page = await openDashboard(context, extensionUrl, '#/up-next');
    const start = page.getByRole('region', { name: 'Start here' });
    const steps = start.getByRole('list', { name: 'First steps' });
    const step = (title: string) => steps.getByRole('listitem').filter({ hasText: title });
    const story = step('Write your first story');
    const plan = step('Make a plan with its meeting link');
    await story.waitFor(WAIT);
    // Only the samples are there: nothing of the candidate's own is done yet, and step 1 leads.
    expect(await story.getAttribute('aria-current')).toBe('step');
    expect(await story.textContent()).toContain('To do');
    expect(await plan.textContent()).toContain('To do');
    expect(await start.textContent()).toContain('0 of 3 done');

    await story.getByRole('button', { name: 'Write a story' }).click();
    // The new story's editor opens on Stories.
    await page.getByLabel('Title').waitFor();
    await page.getByLabel('Title').fill('Untangled the release train');
    await page.getByLabel('Result', { exact: true }).fill('Releases went from monthly to weekly.');
    await waitSaved(page);

    await page.getByRole('navigation', { name: 'Dashboard sections' }).getByRole('link', { name: 'Up next' }).click();
    await expect.poll(async () => (await story.textContent()) ?? '', WAIT).toContain('Done');
    expect(await story.getAttribute('aria-current')).toBeNull();
    // Step 2 now carries the primary button.
    expect(await plan.getAttribute('aria-current')).toBe('step');
    const makePlan = plan.getByRole('button', { name: 'Make a plan' });
    expect(await makePlan.getAttribute('class')).toContain('primary');
    expect(await story.getByRole('button').count()).toBe(0);
    expect(await start.textContent()).toContain('1 of 3 done');

    await start.getByRole('button', { name: 'Hide the first steps' }).click();
    await expect.poll(() => start.count(), WAIT).toBe(0);
    await page.reload();
    await page.getByRole('heading', { name: 'Next interview', level: 2 }).waitFor(WAIT);
    expect(await page.getByRole('region', { name: 'Start here' }).count()).toBe(0);
    await page.close();
  });

  test('the popup leads with the next interview: company · round, Join and Review now; then one 20 min ahead, with its countdown', async ({
    context,
    extensionUrl,
    probe,
  }) => {
    const sample = await samplePlan(probe);

    const popup = await context.newPage();
    await popup.goto(extensionUrl('popup.html'));
    const next = popup.getByRole('region', { name: 'Next interview' });
    await next.getByText('Sample Co · Hiring manager', { exact: true }).waitFor(WAIT);
    expect(await next.textContent()).toContain('No date set');
    expect(await next.getByRole('link', { name: 'Join' }).getAttribute('href')).toBe(sample.meetingUrl);
    expect(await next.getByRole('link', { name: 'Review now' }).getAttribute('href')).toBe(
      extensionUrl(`dashboard.html#/up-next/review/${encodeURIComponent(sample.id)}`),
    );
    // The popup's own tab is no call page.
    await popup.getByRole('region', { name: 'This tab' }).getByText('Not a call page.').waitFor(WAIT);
    // The rest stays within reach, smaller.
    await popup
      .getByRole('navigation', { name: 'More actions' })
      .getByRole('button', { name: 'Open dashboard' })
      .waitFor();

    const northwind = await probe.request('plans.save', {
      company: 'Northwind Labs',
      role: 'Staff Engineer',
      round: 'Onsite 1',
      meetingUrl: 'https://meet.google.com/nwl-abcd-one',
      scheduledAt: Date.now() + 20.5 * MINUTE,
      plannedMinutes: 45,
    });
    // Live: the popup follows the plans without a reload.
    await next.getByText('Northwind Labs · Onsite 1', { exact: true }).waitFor(WAIT);
    const timer = next.getByRole('timer', { name: 'Time until the interview' });
    expect(await timer.textContent()).toMatch(/^in (19|20) min \d{1,2} s$/);
    expect(await next.getByRole('link', { name: 'Join' }).getAttribute('href')).toBe(
      'https://meet.google.com/nwl-abcd-one',
    );
    // Nothing pinned to it yet: the popup offers the plan instead of an empty review.
    expect(await next.getByRole('link', { name: 'Open the plan' }).getAttribute('href')).toBe(
      extensionUrl(`dashboard.html#/plans/${encodeURIComponent(northwind.id)}`),
    );
    expect(await next.getByRole('link', { name: 'Review now' }).count()).toBe(0);
    await popup.close();
  });
});

describe('the toolbar popup on a call page', () => {
  // The real popup (its active tab is the call page), opened through the DevTools protocol.
  const shared = shareBrowser({ args: ['--enable-unsafe-extension-debugging'] });

  beforeAll(async () => {
    const { context } = shared.extension;
    // The dashboard opened on install would otherwise be the active tab the popup speaks about.
    const dashboard =
      context.pages().find((p) => p.url().endsWith('/dashboard.html')) ??
      (await context.waitForEvent('page', { predicate: (p) => p.url().endsWith('/dashboard.html') }));
    await dashboard.close();
    // Served without the `meet` fixture: its probe page would be another tab the popup could take for the active one.
    await serveMeet(context);
  });

  test('says the panel is waiting in the lobby, and ready once in the call', async ({ context, extensionId }) => {
    const page = await context.newPage();
    await page.goto(MEET_URL);
    const lobby = await openToolbarPopup(context, page, extensionId);
    // A popup opened soon after install now and then has no message catalogue and shows keys (pages/popup.ts).
    await expect.poll(() => lobby.text(), WAIT).toMatch(/Call page found\.|popupTabWaiting/);
    expect(await lobby.text()).not.toMatch(/Not a call page\.|popupTabNotCall/);
    await lobby.close();

    await page.bringToFront();
    await HOSTS.meet.joinButton(page).click();
    await waitForPanelFrame(page);
    const inCall = await openToolbarPopup(context, page, extensionId);
    await expect.poll(() => inCall.text(), WAIT).toMatch(/In a call: the panel is ready beside it\.|popupTabDetected/);
    // The detection-failure help is for a page Starboard cannot read; this one it reads.
    expect(await inCall.text()).not.toMatch(/Show the panel now|popupShowPanelNow/);
    await inCall.close();
    await page.close();
  });
});
