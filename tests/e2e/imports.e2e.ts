import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { test } from './fixtures';
import { dropFile, goTo, openDashboard, WAIT } from './pages/dashboard';

/**
 * Issue #13 through the UI: stories from notes and CSV after a preview, a bad file that changes nothing, plans from
 * the three invitation fixtures (time, length, link as given, interviewers), the Meet one binding the fixture call,
 * and an invitation imported again updating its plan.
 */

const STORY_DIR = 'tests/fixtures/stories';
const ICS_DIR = 'tests/fixtures/ics';

const BILLING = 'Led the billing migration';
const API = 'Resolved the API ownership dispute';
const LAUNCH = 'Recovered from a failed launch';

function file(dir: string, name: string, mimeType: string) {
  return { name, mimeType, buffer: readFileSync(`${dir}/${name}`) };
}

/** The preview's list, and one found story in it by its title. */
const found = (page: Page) => page.getByRole('list', { name: 'Stories found' });
const candidate = (page: Page, title: string) => found(page).getByRole('listitem').filter({ hasText: title }).first();

/** A part of a found story as the preview shows it (a definition list: the term, then its text). */
async function part(page: Page, title: string, label: string): Promise<string> {
  const term = candidate(page, title)
    .getByRole('term')
    .filter({ hasText: new RegExp(`^${label}$`) });
  return (await term.locator('xpath=following-sibling::dd[1]').textContent()) ?? '';
}

/** Whether the library lists a story by this title. */
async function listed(page: Page, title: string): Promise<boolean> {
  const list = page.getByRole('list', { name: 'Your stories' });
  return (await list.getByRole('link', { name: new RegExp(`^${title}`) }).count()) === 1;
}

describe('stories from notes', () => {
  test('the three-shape Markdown file imports as three stories, split after a preview; its export re-imports as duplicates', async ({
    context,
    extensionUrl,
    probe,
  }) => {
    const page = await openDashboard(context, extensionUrl);
    const before = (await probe.request('stories.list', { includeArchived: true })).length;

    await page.getByLabel('Story file to import').setInputFiles(file(STORY_DIR, 'three-shapes.md', 'text/markdown'));
    await page.getByRole('heading', { name: 'Stories found: 3 in three-shapes.md' }).waitFor();
    // Nothing is written before the preview is confirmed.
    expect((await probe.request('stories.list', { includeArchived: true })).length).toBe(before);

    expect(await part(page, BILLING, 'Situation')).toBe(
      'Our billing system ran on a 12-year-old monolith that failed\nevery month-end close.',
    );
    expect(await part(page, BILLING, 'Action')).toContain('- Ran old and new side by side for two closes');
    expect(await part(page, API, 'Task')).toBe('As the tech lead I needed a decision both could live with.');
    expect(await part(page, API, 'Result')).toBe('Releases unblocked the same week; no escalations since.');
    expect(await part(page, LAUNCH, 'Situation')).toBe(
      'Our first mobile release crashed on launch for 30% of Android users.',
    );
    expect(await part(page, LAUNCH, 'Result')).toBe(
      'The fixed release reached a 4.6 rating; crash-free sessions at 99.8%.',
    );

    // Unticking one changes the count; ticking it again brings it back.
    await page.getByRole('checkbox', { name: LAUNCH }).uncheck();
    await page.getByRole('button', { name: 'Import 2 stories' }).waitFor();
    await page.getByRole('checkbox', { name: LAUNCH }).check();
    await page.getByRole('button', { name: 'Import 3 stories' }).click();
    await page.getByRole('status').filter({ hasText: 'Imported stories: 3.' }).waitFor();

    const stories = await probe.request('stories.list', { includeArchived: true });
    expect(stories.length).toBe(before + 3);
    const launch = stories.find((story) => story.title === LAUNCH)!;
    expect(launch).toMatchObject({
      situation: 'Our first mobile release crashed on launch for 30% of Android users.',
      task: 'Get a fix out and win back the trust of the store reviewers.',
      action: 'Rolled back within the hour, added crash reporting, wrote a\npost-mortem with the team.',
      result: 'The fixed release reached a 4.6 rating; crash-free sessions at 99.8%.',
    });
    expect(stories.find((story) => story.title === API)!.competencies).toEqual(['conflict-resolution', 'influence']);
    for (const title of [BILLING, API, LAUNCH]) await expect.poll(() => listed(page, title), WAIT).toBe(true);

    // The export is one Markdown file; imported again, every story is a flagged duplicate, unticked.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export stories' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('stories.md');
    const exported = readFileSync(await download.path(), 'utf8');
    expect(exported).toContain(`## ${LAUNCH}`);
    await page
      .getByLabel('Story file to import')
      .setInputFiles({ name: 'stories.md', mimeType: 'text/markdown', buffer: Buffer.from(exported) });
    await page.getByRole('heading', { name: `Stories found: ${stories.length} in stories.md` }).waitFor();
    for (const title of [BILLING, API, LAUNCH]) {
      expect(await page.getByRole('checkbox', { name: title }).isChecked()).toBe(false);
      expect(await candidate(page, title).getByText('Already in your library').count()).toBe(1);
    }
    expect(await page.getByRole('button', { name: 'Import 0 stories' }).isDisabled()).toBe(true);
    await page.getByRole('button', { name: 'Cancel' }).click();
    expect((await probe.request('stories.list', { includeArchived: true })).length).toBe(before + 3);
  });

  test('the same stories through CSV dropped on the library, after the column-mapping step', async ({
    context,
    extensionUrl,
    probe,
  }) => {
    const page = await openDashboard(context, extensionUrl);
    const before = (await probe.request('stories.list', { includeArchived: true })).length;

    await dropFile(page.getByRole('region', { name: 'Story library' }), file(STORY_DIR, 'stories.csv', 'text/csv'));
    await page.getByRole('heading', { name: 'Columns of stories.csv' }).waitFor();
    // The header row mapped itself; a column can be skipped and mapped again.
    const tags = page.getByLabel('Tags holds');
    expect(await tags.inputValue()).toBe('competencies');
    expect(await page.getByLabel('Situation holds').inputValue()).toBe('situation');
    await tags.selectOption({ label: 'Skip this column' });
    await page.getByRole('button', { name: 'Show the stories' }).click();
    await page.getByRole('heading', { name: 'Stories found: 3 in stories.csv' }).waitFor();
    expect(await candidate(page, BILLING).getByRole('term').filter({ hasText: 'Competencies' }).count()).toBe(0);

    await page.getByRole('button', { name: 'Back to the columns' }).click();
    await page.getByLabel('Tags holds').selectOption({ label: 'Competencies' });
    await page.getByRole('button', { name: 'Show the stories' }).click();
    expect(await part(page, BILLING, 'Situation')).toBe(
      'Our billing system ran on a 12-year-old monolith that failed\nevery month-end close.',
    );
    expect(await part(page, API, 'Action')).toBe('I wrote up both proposals and ran a session with the "two leads".');
    expect(await part(page, LAUNCH, 'Task')).toBe('Get a fix out.');
    expect(await part(page, BILLING, 'Competencies')).toContain('Billing');

    await page.getByRole('button', { name: 'Import 3 stories' }).click();
    await page.getByRole('status').filter({ hasText: 'Imported stories: 3.' }).waitFor();
    const stories = await probe.request('stories.list', { includeArchived: true });
    expect(stories.length).toBe(before + 3);
    expect(stories.find((story) => story.title === BILLING)).toMatchObject({
      task: 'I had to move invoicing to the new platform before the Q3 audit.',
      result: 'Month-end close went from 5 days to 1, with zero failed invoices.',
    });
  });

  test('a file with no story, or of another kind, changes nothing and says why', async ({
    context,
    extensionUrl,
    probe,
  }) => {
    const page = await openDashboard(context, extensionUrl);
    const before = await probe.request('stories.list', { includeArchived: true });
    const input = page.getByLabel('Story file to import');
    const alert = page.getByRole('alert');

    await input.setInputFiles({ name: 'empty.md', mimeType: 'text/markdown', buffer: Buffer.from('# My notes\n') });
    await alert.getByText(/No story was found in this file, so nothing was imported/).waitFor();
    expect(await page.getByRole('list', { name: 'Stories found' }).count()).toBe(0);

    await input.setInputFiles({
      name: 'broken.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('title,situation\n"open,quote\n'),
    });
    await alert.getByText(/quote/i).waitFor();

    await input.setInputFiles({ name: 'notes.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4') });
    await alert.getByText(/Markdown \(\.md\), text \(\.txt\) and CSV \(\.csv\)/).waitFor();

    // Pasted text with no story says so too.
    await page.getByRole('button', { name: 'Paste stories' }).click();
    const dialog = page.getByRole('dialog', { name: 'Paste your stories' });
    await dialog.getByLabel('Story notes (Markdown or plain text)').fill('# Just a title');
    await dialog.getByRole('button', { name: 'Find the stories' }).click();
    await alert.getByText(/No story was found/).waitFor();

    expect(await probe.request('stories.list', { includeArchived: true })).toEqual(before);
  });
});

/** The plan editor's values, as the user reads them. */
async function planFields(page: Page) {
  const editor = page.getByRole('region', { name: 'Plan editor' });
  const interviewers = editor.getByRole('group', { name: 'Interviewers' }).getByRole('textbox');
  return {
    company: await editor.getByLabel('Company', { exact: true }).inputValue(),
    role: await editor.getByLabel('Role', { exact: true }).inputValue(),
    round: await editor.getByLabel('Round or stage', { exact: true }).inputValue(),
    start: await editor.getByLabel('Scheduled start', { exact: true }).inputValue(),
    minutes: await editor.getByLabel('Planned length (minutes)', { exact: true }).inputValue(),
    link: await editor.getByLabel('Meeting link', { exact: true }).inputValue(),
    join: await editor.getByRole('link', { name: 'Join', exact: true }).getAttribute('href'),
    interviewers: await interviewers.evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value)),
  };
}

/** The datetime-local value the browser shows for an instant, in its own time zone. */
function localValue(page: Page, at: number): Promise<string> {
  return page.evaluate((at) => {
    const d = new Date(at);
    const p = (n: number) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}`;
  }, at);
}

async function importInvitation(page: Page, name: string, confirm: 'Make the plan' | 'Update the plan') {
  await page.getByLabel('Invitation file (.ics) to import').setInputFiles(file(ICS_DIR, name, 'text/calendar'));
  await page.getByRole('heading', { name: `Invitation from ${name}` }).waitFor();
  await page.getByRole('button', { name: confirm }).click();
}

const ZOOM_LINK = 'https://us02web.zoom.us/j/81234567890?pwd=aBcDeFgHiJkLmNoPqRsTuVwXyZ.1';
const MEET_LINK = 'https://meet.google.com/abc-defg-hij';

describe('plans from calendar invitations', () => {
  test('each fixture makes a plan with its time, length, link as given and interviewers; the Meet one binds the call', async ({
    context,
    extensionUrl,
    probe,
    meet,
  }) => {
    const page = await openDashboard(context, extensionUrl);
    // The sample plan shares the Meet fixture's link: without it, only the imported plan can bind the call.
    await page.getByRole('button', { name: 'Remove sample data' }).click();
    await page.getByRole('button', { name: 'Add sample data' }).waitFor();
    await goTo(page, 'Plans', 'Interview plans');

    // Google Calendar: the candidate (outside the organizer's domain) is left unticked, the room and organizer out.
    await page
      .getByLabel('Invitation file (.ics) to import')
      .setInputFiles(file(ICS_DIR, 'google-meet.ics', 'text/calendar'));
    await page.getByRole('heading', { name: 'Invitation from google-meet.ics' }).waitFor();
    expect(await page.getByRole('checkbox', { name: 'Marcus Lee' }).isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { name: 'Sam Candidate' }).isChecked()).toBe(false);
    expect(await page.getByRole('checkbox', { name: /Boardroom/ }).count()).toBe(0);
    await page.getByRole('button', { name: 'Make the plan' }).click();
    await page.getByRole('heading', { name: 'Acme — Senior Engineer', level: 2 }).waitFor();
    expect(await planFields(page)).toEqual({
      company: 'Acme',
      role: 'Senior Engineer',
      round: 'Interview',
      start: await localValue(page, Date.UTC(2026, 10, 10, 15, 0)),
      minutes: '45',
      link: MEET_LINK,
      join: MEET_LINK,
      interviewers: ['Marcus Lee'],
    });

    // Outlook/Teams, dropped on the plans list: a Windows zone name, a folded Teams link, a room left out.
    await dropFile(
      page.getByRole('region', { name: 'Interview plans' }),
      file(ICS_DIR, 'outlook-teams.ics', 'text/calendar'),
    );
    await page.getByRole('button', { name: 'Make the plan' }).click();
    await page.getByRole('heading', { name: 'Contoso — Staff Data Engineer', level: 2 }).waitFor();
    const teams = await planFields(page);
    expect(teams).toMatchObject({
      round: 'Technical interview',
      start: await localValue(page, Date.UTC(2026, 2, 31, 8, 0)),
      minutes: '60',
      interviewers: ['Anna Schmidt', 'Jonas Berger'],
    });
    expect(teams.link).toMatch(/^https:\/\/teams\.microsoft\.com\/l\/meetup-join\/19%3ameeting_NjI4/);
    expect(teams.join).toBe(teams.link);

    // Zoom: the link keeps its pwd, and Join opens exactly that.
    await importInvitation(page, 'zoom.ics', 'Make the plan');
    await page.getByRole('heading', { name: 'Globex — Product Designer', level: 2 }).waitFor();
    expect(await planFields(page)).toEqual({
      company: 'Globex',
      role: 'Product Designer',
      round: '',
      start: await localValue(page, Date.UTC(2026, 10, 3, 19, 0)),
      minutes: '30',
      link: ZOOM_LINK,
      join: ZOOM_LINK,
      interviewers: [],
    });

    // The same invitation again (same UID) updates its plan instead of adding one.
    await page
      .getByLabel('Invitation file (.ics) to import')
      .setInputFiles(file(ICS_DIR, 'google-meet.ics', 'text/calendar'));
    await page.getByRole('button', { name: 'Update the plan' }).click();
    await page.getByRole('status').filter({ hasText: 'The plan made from this invitation was updated.' }).waitFor();
    const plans = await probe.request('plans.list', undefined);
    expect(plans.map((plan) => plan.company).sort()).toEqual(['Acme', 'Contoso', 'Globex']);
    const acme = plans.find((plan) => plan.company === 'Acme')!;
    expect(acme).toMatchObject({
      scheduledAt: Date.UTC(2026, 10, 10, 15, 0),
      meetingUrl: MEET_LINK,
      meetingKey: 'meet:abc-defg-hij',
      uid: '5k2v9q1r7ecp8n3t0m4j6h2b1d@google.com',
    });

    // The Meet fixture call binds the plan made from the Google invitation.
    const { call } = await meet.join('Acme · Senior Engineer · Interview');
    expect(call.interviewId).toBe(acme.id);
  });

  test('a plan made from a pasted Zoom link still offers that exact link', async ({ context, extensionUrl }) => {
    const page = await openDashboard(context, extensionUrl, '#/plans');
    await page.getByRole('heading', { name: 'Interview plans', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Paste invitation' }).click();
    const dialog = page.getByRole('dialog', { name: 'Paste the invitation' });
    await dialog
      .getByLabel(/^Invitation text/)
      .fill(
        [
          'Subject: Recruiter screen: Platform Engineer – Initech',
          'When: 2026-12-14 16:00–16:30 (UTC)',
          `Join Zoom Meeting ${ZOOM_LINK}`,
          'Meeting ID: 812 3456 7890',
        ].join('\n'),
      );
    await dialog.getByRole('button', { name: 'Read the invitation' }).click();
    await page.getByText(/Read from the text: title, date and time, length, meeting link/).waitFor();
    await page.getByRole('button', { name: 'Make the plan' }).click();
    await page.getByRole('heading', { name: 'Initech — Platform Engineer', level: 2 }).waitFor();
    const fields = await planFields(page);
    expect(fields).toMatchObject({
      link: ZOOM_LINK,
      join: ZOOM_LINK,
      minutes: '30',
      start: await localValue(page, Date.UTC(2026, 11, 14, 16, 0)),
    });
    // A reload keeps it exactly.
    await page.reload();
    await page.getByRole('heading', { name: 'Initech — Platform Engineer', level: 2 }).waitFor();
    expect((await planFields(page)).join).toBe(ZOOM_LINK);
  });
});
