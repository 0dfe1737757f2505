import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { shareBrowser, test } from './fixtures';
import { goTo, openDashboard, WAIT, waitSaved } from './pages/dashboard';

/**
 * Story review before a call, as a user does it: in one profile, write a story from a coverage gap, watch the hints,
 * match a question to it, practise it, pin it to a plan, then reload and find everything again.
 */

shareBrowser();

const TITLE = 'Resolved the schema standoff with a teammate';
const HOOK = 'Two owners, one table, zero shared vocabulary.';

describe('story library and pre-call review', () => {
  test('writes a story from a coverage gap, matches, practises and pins it; everything survives a reload', async ({
    context,
    extensionUrl,
  }) => {
    const page = await openDashboard(context, extensionUrl);

    // First run: the sample stories are there and marked as samples.
    const sampleLink = page.getByRole('link', { name: /Sample: Rescued the checkout migration/ });
    await sampleLink.waitFor();
    expect(await sampleLink.getByText('Sample', { exact: true }).count()).toBe(1);
    await page.getByRole('button', { name: 'Remove sample data' }).click();
    await page.getByRole('button', { name: 'Add sample data' }).waitFor();

    // The coverage gap starts a story prefilled with its competency.
    await goTo(page, 'Coverage', 'Coverage');
    await page.getByRole('button', { name: 'Start a story for Conflict resolution' }).first().click();
    const title = page.getByLabel('Title');
    await title.waitFor();
    await expect.poll(() => title.evaluate((el) => el === document.activeElement), WAIT).toBe(true);
    expect(await page.getByRole('checkbox', { name: 'Conflict resolution' }).isChecked()).toBe(true);

    // Hints beside the editor follow the typing.
    const hints = page.getByRole('complementary', { name: 'Scorecard hints' });
    await hints.getByText('Add a hook of at least three words').waitFor();
    await title.fill(TITLE);
    await page.getByLabel('Hook: the one detail they will remember').fill(HOOK);
    await hints.getByText('Your hook gives the interviewer one memorable detail to open with.').waitFor();
    expect(await hints.getByText('Add a hook of at least three words').count()).toBe(0);

    await hints.getByText(/Add a number or concrete outcome to the result/).waitFor();
    await page
      .getByLabel('Situation')
      .fill(
        'A senior teammate and I disagreed about who should own the events schema, and the argument had spilled ' +
          'into code reviews and stand-ups until the whole squad avoided the subject.',
      );
    await page.getByLabel('Task').fill('I needed a working agreement before the analytics launch in three weeks.');
    await page
      .getByLabel('Action')
      .fill(
        'I asked my teammate for a one-to-one and listened first. I wrote down the objections in their words, I ' +
          'pulled usage data for every field, and I proposed a versioned contract that gave each of us ownership ' +
          'of the fields we changed most.',
      );
    await page
      .getByLabel('Result', { exact: true })
      .fill('We signed the contract in one week and schema incidents fell from five a month to zero.');
    await hints.getByText(/Your result has a number or concrete outcome/).waitFor();
    await page.getByLabel('Strength (1 to 5)').selectOption('4');
    await page.getByLabel('When it happened (month and year)').fill('2024-03');
    await waitSaved(page);

    // The gap is filled: the matrix shows the strength, the gap list no longer offers it.
    await goTo(page, 'Coverage', 'Coverage');
    const conflictRow = page.getByRole('row', { name: /^Conflict resolution/ });
    await conflictRow.getByRole('cell', { name: '4', exact: true }).first().waitFor();
    expect(await page.getByRole('columnheader', { name: TITLE }).count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Start a story for Conflict resolution' }).count()).toBe(0);

    // A question is matched to it, with the reason.
    await goTo(page, 'Match', 'Match a question');
    await page.getByLabel('Interview question').fill('Tell me about a time you disagreed with a teammate.');
    const results = page.getByRole('list', { name: 'Matching stories' });
    const best = results.getByRole('listitem').first();
    await best.getByText(TITLE).waitFor();
    await best.getByText('Asks about: Conflict resolution').waitFor();
    await best.getByText(/Shared words: .*disagreed/).waitFor();
    await page.getByRole('button', { name: `Open story: ${TITLE}` }).click();
    await page.getByRole('heading', { name: TITLE, level: 2 }).waitFor();

    // Practise it against a conflict question from the bank.
    await goTo(page, 'Practice', 'Practice');
    await page.getByLabel('Competency').selectOption({ label: 'Conflict resolution' });
    await page.getByText(/^Probes: .*Conflict resolution/).waitFor();
    const storyPicker = page.getByLabel('Story to practise');
    await expect
      .poll(() => storyPicker.evaluate((el: HTMLSelectElement) => el.selectedOptions[0]?.text), WAIT)
      .toBe(TITLE);
    await page.getByRole('button', { name: 'Show STAR bullets' }).click();
    await page.getByText('I needed a working agreement before the analytics launch in three weeks.').waitFor();
    await page.getByRole('button', { name: 'Start timer' }).click();
    await page.getByRole('button', { name: 'Stop timer' }).click();
    await page.getByRole('group', { name: 'How was your delivery?' }).getByRole('button', { name: '3 – Good' }).click();
    await page.getByRole('button', { name: 'Save rating' }).click();
    await page.getByRole('status').filter({ hasText: 'Practice saved.' }).waitFor();
    await page.getByText(/^Practised 1×, last on /).waitFor();

    // The library shows it too.
    await goTo(page, 'Stories', 'Story library');
    const storyLink = page.getByRole('link', { name: new RegExp(TITLE) });
    await storyLink.getByText(/^Practised 1×/).waitFor();

    // Pin it to a new plan.
    await goTo(page, 'Plans', 'Interview plans');
    await page.getByRole('button', { name: 'New plan' }).click();
    await page.getByLabel('Company').fill('Acme');
    await page.getByLabel('Role', { exact: true }).fill('Staff Engineer');
    await page.getByLabel('Story to pin').selectOption({ label: TITLE });
    await page.getByRole('button', { name: 'Pin story' }).click();
    const pinned = page.getByRole('list', { name: 'Pinned stories' });
    await pinned.getByText(TITLE).waitFor();
    await waitSaved(page);
    const planUrl = page.url();

    // Reload: everything is where it was left.
    await page.reload();
    await page.getByRole('heading', { name: 'Acme — Staff Engineer', level: 2 }).waitFor();
    await page.getByRole('list', { name: 'Pinned stories' }).getByText(TITLE).waitFor();
    expect(await page.getByLabel('Company').inputValue()).toBe('Acme');

    await goTo(page, 'Stories', 'Story library');
    await page.getByRole('link', { name: new RegExp(TITLE) }).click();
    expect(await page.getByLabel('Hook: the one detail they will remember').inputValue()).toBe(HOOK);
    expect(await page.getByLabel('When it happened (month and year)').inputValue()).toBe('2024-03');
    expect(await page.getByLabel('Strength (1 to 5)').inputValue()).toBe('4');
    await page
      .getByText(/^Practised 1×, last on /)
      .first()
      .waitFor();

    await goTo(page, 'Coverage', 'Coverage');
    await page
      .getByRole('row', { name: /^Conflict resolution/ })
      .getByRole('cell', { name: '4', exact: true })
      .first()
      .waitFor();
    expect(planUrl).toContain('#/plans/');
    await page.close();
  });

  test('stores nothing for "New story" clicked twice and left; the first word written stores it once', async ({
    context,
    extensionUrl,
    probe,
  }) => {
    const before = (await probe.request('stories.list', { includeArchived: true })).length;
    const page = await openDashboard(context, extensionUrl);
    await page.getByRole('button', { name: 'New story' }).click();
    await page.getByLabel('Title').waitFor();
    await page.getByRole('button', { name: 'New story' }).click();
    await expect.poll(() => page.getByLabel('Title').evaluate((el) => el === document.activeElement), WAIT).toBe(true);
    await goTo(page, 'Coverage', 'Coverage');
    await page.getByRole('table').waitFor();
    expect(await page.getByRole('columnheader', { name: 'Untitled story' }).count()).toBe(0);
    expect(await probe.request('stories.list', { includeArchived: true })).toHaveLength(before);

    // From a coverage gap: opened with its competency, stored (with it) only once something is written.
    const gap = page.getByRole('button', { name: /^Start a story for / }).first();
    const competency = (await gap.textContent())!.replace(/^Start a story for /, '');
    await gap.click();
    await page.getByLabel('Title').waitFor();
    expect(await page.getByRole('checkbox', { name: competency }).isChecked()).toBe(true);
    expect(await probe.request('stories.list', { includeArchived: true })).toHaveLength(before);
    await page.getByLabel('Situation').fill('Our release train stalled for a month.');
    await waitSaved(page);
    const stored = await probe.request('stories.list', { includeArchived: true });
    expect(stored).toHaveLength(before + 1);
    const written = stored.find((story) => story.situation === 'Our release train stalled for a month.');
    expect(written?.competencies).toHaveLength(1);
    await page.close();
  });

  test('offers "Start a story for X" once per competency in Coverage', async ({ context, extensionUrl }) => {
    const page = await openDashboard(context, extensionUrl, '#/coverage');
    // Few stories, many gaps: the health check and the gap list then name the same competencies.
    const removeSamples = page.getByRole('button', { name: 'Remove sample data' });
    if (await removeSamples.isVisible()) await removeSamples.click();
    await page
      .getByRole('button', { name: /^Start a story for / })
      .first()
      .waitFor();
    const names = await page.getByRole('button', { name: /^Start a story for / }).allTextContents();
    expect(names.length).toBeGreaterThan(0);
    expect(names.filter((name, index) => names.indexOf(name) !== index)).toEqual([]);
    await page.close();
  });

  test('keeps what was typed when the tab is closed mid-edit', async ({ context, extensionUrl }) => {
    const page = await openDashboard(context, extensionUrl);
    await page.getByRole('button', { name: 'New story' }).click();
    const title = page.getByLabel('Title');
    await title.waitFor();
    const storyUrl = page.url();
    expect(storyUrl).toMatch(/#\/stories\/.+/);

    await title.fill('Written just before closing');
    await page.getByLabel('Situation').fill('These words were typed a moment before the tab was closed.');
    await page.close();

    const reopened = await context.newPage();
    await reopened.goto(storyUrl);
    const situation = reopened.getByLabel('Situation');
    await situation.waitFor();
    await expect
      .poll(() => situation.inputValue(), WAIT)
      .toBe('These words were typed a moment before the tab was closed.');
    expect(await reopened.getByLabel('Title').inputValue()).toBe('Written just before closing');
    // Restored text is saved for good, not only shown.
    await waitSaved(reopened);
    await reopened.reload();
    await expect
      .poll(() => reopened.getByLabel('Situation').inputValue(), WAIT)
      .toBe('These words were typed a moment before the tab was closed.');
    await reopened.close();
  });

  test('offers sample data to an empty library, and reorders pinned stories from the keyboard', async ({
    browsers,
  }) => {
    // A profile of its own: the stories written above would hide the empty-library offer.
    const own = await browsers.launch();
    const page = await own.context.newPage();
    await page.goto(own.extensionUrl('dashboard.html#/stories'));
    await page.getByRole('link', { name: /Sample: Rescued the checkout migration/ }).waitFor();
    await page.getByRole('button', { name: 'Remove sample data' }).click();
    await page.getByRole('button', { name: 'Add sample data' }).click();
    await page.getByRole('link', { name: /Sample: Rescued the checkout migration/ }).waitFor();
    await reorderSamplePlan(page);
  });
});

async function reorderSamplePlan(page: Page) {
  await goTo(page, 'Plans', 'Interview plans');
  await page.getByRole('link', { name: /Sample Co/ }).click();
  const pinned = page.getByRole('list', { name: 'Pinned stories' });
  await pinned.getByRole('listitem').first().waitFor();
  const order = () => pinned.getByRole('listitem').locator('strong').allTextContents();
  const [first, second] = await order();

  const moveDown = page.getByRole('button', { name: `Move “${first}” down` });
  await moveDown.focus();
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await order()).slice(0, 2), WAIT).toEqual([second, first]);
  await expect
    .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')), WAIT)
    .toBe(`Move “${first}” down`);
  await page.keyboard.press('Space');
  await expect.poll(async () => (await order()).indexOf(first!), WAIT).toBe(2);

  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await order()).indexOf(first!), WAIT).toBe(1);
  await waitSaved(page);
  await page.reload();
  await expect.poll(async () => (await order()).indexOf(first!), WAIT).toBe(1);
}
