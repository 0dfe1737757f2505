import { readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect } from 'vitest';
import { seriousA11yViolations } from '../harness/axe';
import { freshProfileDir } from '../harness/browser.mjs';
import { serveCallPages } from '../harness/call-pages';
import { ExtensionProbe } from '../harness/extension-api';
import { emptyBackup, makeJournalBackup } from '../harness/journal-data.mjs';
import { test } from './fixtures';
import { MEET_BUTTONS, MEET_URL, panelFrame } from './pages/call-page';
import { entryCount, jsonFile, openDashboard, openJournal, restore, searchJournal, WAIT } from './pages/dashboard';
import { capture, pinnedList, tell } from './pages/panel';
import { ON_CALL, samplePlan } from './pages/sample-data';

describe('the post-interview journal, in a real browser', () => {
  const MEET_URL = 'https://meet.google.com/nwl-onsi-tes';
  const QUESTION = 'How do you decide between two urgent deadlines?';
  const WENT_WELL = 'Explained the zanzibar rollout crisply, with numbers.';

  test('drafts an entry when a call ends; it is reviewed, found, kept across a restart, backed up and restored', async ({
    browsers,
  }) => {
    const userDataDir = freshProfileDir();
    const first = await browsers.launch({ userDataDir });
    await serveCallPages(first.context, [
      { url: MEET_URL, html: '<!doctype html><title>Meet</title><p>In the call</p>' },
    ]);

    // Set-up the UI of other features will own: a plan bound to the meeting link, and the call itself, driven
    // through the same typed messages the panel and the loader send, from an extension page.
    const api = await ExtensionProbe.open(first.context, first.extensionUrl);
    await api.request('plans.save', {
      company: 'Northwind Labs',
      role: 'Staff Engineer',
      round: 'Onsite 1',
      meetingUrl: MEET_URL,
      interviewers: ['Dana'],
    });
    const stories = await api.request('stories.list', {});
    const story = stories[0]!;
    const callTab = await first.context.newPage();
    await callTab.goto(MEET_URL);
    const tabId = await api.tabIdOfUrl(MEET_URL);
    expect(tabId).toBeTypeOf('number');
    const call = await api.request('calls.start', { platform: 'generic', tabId, tabUrl: MEET_URL });
    const at = Date.now();
    await api.request('calls.addEvent', { callId: call.id, event: { type: 'story-told', at, storyId: story.id } });
    await api.request('calls.addEvent', { callId: call.id, event: { type: 'question-captured', at, text: QUESTION } });
    await api.request('calls.addEvent', {
      callId: call.id,
      event: { type: 'checklist-ticked', at, itemId: 'next-steps', label: 'Ask about next steps', checked: true },
    });
    // Closing the call's tab ends the call: the background drafts the journal entry and shows the badge.
    await callTab.close();
    const badge = () => api.badgeText();
    await expect.poll(badge).toBe('1');

    const dashboard = await first.context.newPage();
    await dashboard.goto(first.extensionUrl('dashboard.html#/stories'));
    await dashboard.getByText('You have an unfinished journal entry from Northwind Labs.').waitFor();
    await dashboard.getByRole('link', { name: 'Finish the entry' }).click();

    const form = dashboard.getByRole('form', { name: 'Northwind Labs · Onsite 1' });
    await form.waitFor();
    await expect.poll(() => form.getByLabel('Question 1', { exact: true }).inputValue()).toBe(QUESTION);
    await expect.poll(() => form.getByRole('listitem').filter({ hasText: story.title }).count()).toBeGreaterThan(0);
    expect(
      await form.getByRole('listitem').filter({ hasText: 'done: Ask about next steps and the timeline' }).count(),
    ).toBe(1);
    expect(await form.getByText('Draft', { exact: true }).count()).toBe(1);

    await form.getByLabel('Story you used').selectOption(story.id);
    await form.getByLabel('What went well').fill(WENT_WELL);
    await form.getByLabel('Hire', { exact: true }).check();
    // The competencies of the told story wait for a score.
    const firstSuggestion = form.getByRole('group', { name: /^Rate .* \(from the stories you told\)$/ }).first();
    const suggested = /^Rate (.*) \(from/.exec((await firstSuggestion.locator('legend').textContent()) ?? '')?.[1];
    await firstSuggestion.getByRole('radio', { name: '3 · clearly' }).click();
    // Rated, the row keeps its place and is named by the competency alone.
    const rated = form.getByRole('group', { name: suggested, exact: true });
    await expect.poll(() => rated.getByRole('radio', { name: '3 · clearly' }).isChecked()).toBe(true);
    await form.getByLabel('Outcome', { exact: true }).selectOption('advanced');
    await form.getByRole('button', { name: 'Add thank-you note' }).click();
    await form.getByRole('button', { name: 'Save entry' }).click();
    await form.getByRole('status').filter({ hasText: 'Entry saved' }).waitFor();
    expect(await form.getByText('Reviewed', { exact: true }).count()).toBe(1);
    await expect.poll(badge).toBe('');

    await openJournal(dashboard, first.extensionUrl);
    await expect.poll(() => dashboard.getByText(/unfinished journal entry/).count()).toBe(0);
    await expect
      .poll(async () => (await searchJournal(dashboard, 'zanzibar rollout')).textContent())
      .toMatch(/^Matches: 1 /);
    await dashboard.getByRole('link', { name: /Northwind Labs · Onsite 1/ }).waitFor();

    // Same profile, new browser: the entry is still there.
    await browsers.close(first);
    const second = await browsers.launch({ userDataDir });
    const reopened = await second.context.newPage();
    await openJournal(reopened, second.extensionUrl);
    await expect.poll(async () => (await searchJournal(reopened, 'zanzibar')).textContent()).toMatch(/^Matches: 1 /);
    await reopened.getByRole('link', { name: /Northwind Labs · Onsite 1/ }).click();
    await expect.poll(() => reopened.getByLabel('What went well').inputValue()).toBe(WENT_WELL);
    await openJournal(reopened, second.extensionUrl);
    const before = await entryCount(reopened);
    expect(before).toBeGreaterThan(0);

    // Backup: a real download of one JSON file.
    const [download] = await Promise.all([
      reopened.waitForEvent('download'),
      reopened.getByRole('button', { name: 'Download backup' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^starboard-backup-\d{4}-\d{2}-\d{2}\.json$/);
    const backupPath = join(freshProfileDir('starboard-download-'), download.suggestedFilename());
    await download.saveAs(backupPath);
    const backupText = readFileSync(backupPath, 'utf8');
    expect(
      JSON.parse(backupText).tables.journal.some((entry: { wentWell: string }) => entry.wentWell === WENT_WELL),
    ).toBe(true);

    // Wipe by restoring an empty backup in "replace" mode, then restore the download.
    await restore(reopened, jsonFile('empty.json', emptyBackup()), 'replace');
    expect(await entryCount(reopened)).toBe(0);
    await restore(reopened, backupPath, 'merge');
    expect(await entryCount(reopened)).toBe(before);
    await expect.poll(async () => (await searchJournal(reopened, 'zanzibar')).textContent()).toMatch(/^Matches: 1 /);

    // Bad files: a clear error, and nothing changes.
    // 50 MB on disk (sparse): the page must refuse it from its size alone, before reading a byte.
    const hugePath = join(freshProfileDir('starboard-huge-'), 'huge.json');
    writeFileSync(hugePath, '');
    truncateSync(hugePath, 50 * 1024 * 1024);
    const bad: Array<[ReturnType<typeof jsonFile> | string, RegExp]> = [
      [jsonFile('notes.json', 'this is not JSON {'), /not valid JSON/],
      [
        jsonFile('proto.json', backupText.replace('"tables":{', '"tables":{"__proto__":{"polluted":true},')),
        /forbidden key “__proto__”/,
      ],
      [hugePath, /This file is 50 MB, but a Starboard backup can be at most 25 MB/],
    ];
    for (const [file, message] of bad) {
      await reopened.getByLabel('Restore from a backup file').setInputFiles(file);
      await expect.poll(async () => (await reopened.getByRole('alert').textContent()) ?? '').toMatch(message);
      expect(await reopened.getByRole('columnheader', { name: 'In the file' }).count()).toBe(0);
      expect(await entryCount(reopened)).toBe(before);
    }
    await expect.poll(async () => (await searchJournal(reopened, 'zanzibar')).textContent()).toMatch(/^Matches: 1 /);
  });

  test('writes an entry by hand and shows insights; the journal, an entry and insights pass axe in both themes', async ({
    context,
    extensionUrl,
  }) => {
    const first = await context.newPage();
    await openJournal(first, extensionUrl);
    await restore(first, jsonFile('seed.json', makeJournalBackup({ entries: 40, stories: 8 })), 'merge');
    await expect.poll(() => entryCount(first)).toBe(40);

    await first.getByRole('button', { name: 'New entry' }).click();
    // The form is named by its heading, which follows what is typed: find it by role alone.
    const form = first.getByRole('form');
    await form.waitFor();
    await form.getByLabel('Company').fill('Fabrikam');
    await form.getByLabel('Round').fill('Phone screen');
    await form.getByRole('button', { name: 'Add a question' }).click();
    await form.getByLabel('Question 1', { exact: true }).fill('Walk me through a hard trade-off.');
    await form.getByLabel('Another competency').fill('Communication');
    await form.getByRole('button', { name: 'Add competency' }).click();
    await form.getByRole('group', { name: 'Rate Communication' }).getByLabel('4 · strongly').click();
    const communication = form.getByRole('group', { name: 'Communication', exact: true });
    await expect.poll(() => communication.getByLabel('4 · strongly').isChecked()).toBe(true);
    await form.getByLabel('Evidence for Communication').fill('Kept answers to two minutes.');
    await form.getByRole('status').filter({ hasText: 'All changes saved' }).waitFor();
    expect(await seriousA11yViolations(first)).toEqual([]);
    await form.getByRole('button', { name: 'Save entry' }).click();
    await form.getByRole('status').filter({ hasText: 'Entry saved' }).waitFor();

    // Typed, then the tab is gone at once: nothing typed is lost.
    const entryUrl = first.url();
    await form.getByLabel('What to improve').fill('Slow down on the first answer.');
    await first.close();
    const again = await context.newPage();
    await again.goto(entryUrl);
    await expect.poll(() => again.getByLabel('What to improve').inputValue()).toBe('Slow down on the first answer.');
    await again.close();

    const page2 = await context.newPage();
    await openJournal(page2, extensionUrl);
    await page2.getByLabel('Company', { exact: true }).selectOption('Fabrikam');
    await page2.getByRole('link', { name: 'See every round with Fabrikam' }).click();
    await page2.getByRole('heading', { name: 'Fabrikam: rounds' }).waitFor();
    await expect.poll(() => page2.getByRole('listitem').filter({ hasText: 'Phone screen' }).count()).toBe(1);
    await page2.getByRole('link', { name: 'Back to the journal' }).click();
    await page2.getByRole('button', { name: 'Clear search and filters' }).click();
    const [csv] = await Promise.all([
      page2.waitForEvent('download'),
      page2.getByRole('button', { name: 'Export journal as CSV' }).click(),
    ]);
    expect(csv.suggestedFilename()).toMatch(/^starboard-journal-\d{4}-\d{2}-\d{2}\.csv$/);
    const csvPath = join(freshProfileDir('starboard-download-'), csv.suggestedFilename());
    await csv.saveAs(csvPath);
    expect(readFileSync(csvPath, 'utf8')).toContain('Walk me through a hard trade-off.');
    await page2.close();

    const page = await context.newPage();
    await openJournal(page, extensionUrl);
    await expect.poll(async () => (await searchJournal(page, 'trade-off')).textContent()).toMatch(/^Matches: 1 /);
    await page.getByLabel('Search the journal').fill('');
    await page.getByRole('button', { name: 'Next page' }).click();
    await page.getByText('Page 2 of 2', { exact: true }).waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);

    await page.goto(extensionUrl('dashboard.html#/insights'));
    await page.getByRole('heading', { name: 'Insights', level: 1 }).waitFor();
    const charts = page.getByRole('img');
    await expect.poll(() => charts.count()).toBeGreaterThanOrEqual(5);
    expect(await page.getByRole('img', { name: /interviews, .* advanced or got an offer/ }).count()).toBe(2);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await seriousA11yViolations(page)).toEqual([]);
  });
});

describe('one journal entry open in two tabs', () => {
  // Issue #12: the second tab's save wrote the whole entry from its stale copy and wiped the first tab's field.
  test('keeps both tabs’ edits of different fields, and each tab shows what the other changed', async ({
    context,
    extensionUrl,
  }) => {
    const a = await context.newPage();
    await openJournal(a, extensionUrl);
    await a.getByRole('button', { name: 'New entry' }).click();
    const formA = a.getByRole('form');
    await formA.getByLabel('Company').fill('Fabrikam');
    await formA
      .getByRole('status')
      .filter({ hasText: /saved|draft/i })
      .first()
      .waitFor();
    await expect.poll(() => formA.getByRole('status').first().textContent()).not.toMatch(/Saving/);
    const entryUrl = a.url();

    const b = await context.newPage();
    await b.goto(entryUrl);
    const formB = b.getByRole('form');
    await expect.poll(() => formB.getByLabel('Company').inputValue()).toBe('Fabrikam');

    // Tab A writes one field; tab B, open all along and untouched there, shows it and says where it came from.
    await formA.getByLabel('What went well').fill('Tab A: the rota story landed.');
    await expect
      .poll(() => formB.getByLabel('What went well').inputValue(), WAIT)
      .toBe('Tab A: the rota story landed.');
    await formB.getByRole('status').filter({ hasText: 'Changed in another tab or window' }).waitFor();
    expect(await formB.getByRole('status').filter({ hasText: 'What went well' }).count()).toBe(1);

    // Tab B writes another field: tab A's survives in the store, and tab A shows B's.
    await formB.getByLabel('What to improve').fill('Tab B: slow down on the first answer.');
    await expect
      .poll(() => formA.getByLabel('What to improve').inputValue(), WAIT)
      .toBe('Tab B: slow down on the first answer.');
    await formA.getByRole('status').filter({ hasText: 'What to improve' }).waitFor();
    await a.close();
    await b.close();

    const c = await context.newPage();
    await c.goto(entryUrl);
    const formC = c.getByRole('form');
    await expect
      .poll(() => formC.getByLabel('What to improve').inputValue())
      .toBe('Tab B: slow down on the first answer.');
    expect(await formC.getByLabel('What went well').inputValue()).toBe('Tab A: the rota story landed.');
    expect(await formC.getByRole('status').filter({ hasText: 'Changed in another tab' }).count()).toBe(0);
  });
});

describe('deleting a journal entry in the dashboard', () => {
  test('offers an undo that brings the entry back as it was, with what was typed just before', async ({
    context,
    extensionUrl,
  }) => {
    const page = await context.newPage();
    await openJournal(page, extensionUrl);
    await page.getByRole('button', { name: 'New entry' }).click();
    const form = page.getByRole('form');
    await form.getByLabel('Company').fill('Northwind');
    // Typed and deleted at once, before the autosave: the undo still brings the words back.
    await form.getByLabel('What went well').fill('The pairing exercise went smoothly.');
    await form.getByRole('button', { name: 'Delete entry' }).click();
    await form.getByRole('button', { name: 'Delete', exact: true }).click();
    const deleted = page.getByRole('status').filter({ hasText: 'Deleted the journal entry “Northwind”.' });
    await deleted.waitFor(WAIT);
    await expect.poll(() => entryCount(page)).toBe(0);
    await deleted.getByRole('button', { name: 'Undo' }).click();
    await expect
      .poll(() => page.getByLabel('What went well').inputValue(), WAIT)
      .toBe('The pairing exercise went smoothly.');
    await page.getByRole('link', { name: 'Back to the journal' }).click();
    await expect.poll(() => entryCount(page)).toBe(1);
    expect(await page.getByRole('status').filter({ hasText: 'Deleted the journal entry' }).count()).toBe(0);
  });
});

describe('the journal, drafted from a call on the Meet fixture', () => {
  // Issue 6's journey on the real call path: the Meet fixture at its real address, the loader, the framed panel.
  const QUESTION = 'How did you get three teams to agree on one rota?';
  const WENT_WELL = 'The on-call story landed; they asked two follow-ups about the rota.';

  test('tell a story, capture a question, leave: the panel turns to a prefilled draft that saves and is found', async ({
    context,
    extensionUrl,
    meet,
    probe,
  }) => {
    const { page, frame: panel } = await meet.join();
    await pinnedList(panel).waitFor();
    const callId = (await probe.request('calls.current', { tabId: await probe.tabIdOfUrl(MEET_URL) }))!.call.id;

    // Who is asking: the plan's interviewer, said before the story; the journal keeps who heard it.
    const asker = panel.getByRole('group', { name: 'Who is asking now' }).getByRole('button', { name: 'Alex Kim' });
    // Pressed, as the user sees it, before the story is told (clicked again, as tell() does, if a late layout shift
    // of the header sent the click elsewhere).
    await panel.getByText('Matched by link: Sample Co').waitFor();
    await expect
      .poll(async () => {
        if ((await asker.getAttribute('aria-pressed')) !== 'true') await asker.click();
        return asker.getAttribute('aria-pressed');
      }, WAIT)
      .toBe('true');
    await tell(panel, ON_CALL);
    await capture(panel, QUESTION);

    // Leaving the call: the fixture's own leave control, as the user would press it.
    await page.getByRole('button', { name: MEET_BUTTONS.leave }).click();

    const journal = panelFrame(page)!;
    await journal.getByText('The call has ended.', { exact: false }).waitFor({ timeout: 20_000 });
    // The draft opens with what it was made from, in two lines.
    const summary = journal.getByRole('region', { name: 'Call summary' });
    await expect
      .poll(() => summary.getByRole('paragraph').allTextContents())
      .toEqual([expect.stringMatching(/^(under a minute|1 min) · 1 story told · 1 question$/), `Told: ${ON_CALL}`]);
    const draft = await probe.request('journal.forCall', { callId });
    expect(draft?.toldTo).toEqual([{ storyId: expect.any(String), interviewer: 'Alex Kim' }]);
    expect(draft?.questions).toEqual([{ text: QUESTION, interviewer: 'Alex Kim' }]);
    await expect.poll(() => journal.getByLabel('Question 1', { exact: true }).inputValue()).toBe(QUESTION);
    await expect.poll(() => journal.getByRole('listitem').filter({ hasText: ON_CALL }).count()).toBeGreaterThan(0);
    await journal.getByLabel('What went well').fill(WENT_WELL);
    // Beside "Save entry", the status says what the button adds, not that typing is already saved.
    await journal
      .getByRole('status')
      .filter({ hasText: 'Kept as a draft as you type. Save entry marks it reviewed.' })
      .waitFor();
    // The interview took place: its plan is done.
    const plans = await probe.request('plans.list', undefined);
    expect(plans.find((plan) => plan.company === 'Sample Co')?.status).toBe('done');
    await journal.getByRole('button', { name: 'Save entry' }).click();
    await journal.getByRole('status').filter({ hasText: 'Entry saved' }).waitFor();

    const dashboard = await context.newPage();
    await openJournal(dashboard, extensionUrl);
    await searchJournal(dashboard, 'rota');
    await dashboard
      .getByRole('link', { name: /Sample Co/ })
      .first()
      .click();
    await expect.poll(() => dashboard.getByLabel('What went well').inputValue()).toBe(WENT_WELL);
  });

  test('shares the sample plan with a coach: the interviewer as initials, the company hidden on request', async ({
    context,
    extensionUrl,
  }) => {
    const page = await openDashboard(context, extensionUrl, '#/plans');
    await page.getByRole('link', { name: /Sample Co/ }).click();
    await page.getByRole('heading', { name: 'Sample Co — Senior Software Engineer', level: 2 }).waitFor();
    await page.getByRole('button', { name: 'Share with a coach' }).click();
    const share = page.getByRole('region', { name: 'Share with a coach' });
    const preview = share.getByLabel('Preview (Markdown)');
    await expect.poll(() => preview.inputValue()).toContain('A. K.');
    expect(await preview.inputValue()).toContain('Sample Co');
    await share.getByRole('checkbox', { name: 'Hide the company name' }).check();
    await expect.poll(() => preview.inputValue()).not.toContain('Sample Co');
    const text = await preview.inputValue();
    expect(text).toContain('A. K.');
    expect(text).not.toContain('Alex Kim');
    expect(text).toContain('the company');
    expect(await seriousA11yViolations(page)).toEqual([]);
    const download = page.waitForEvent('download');
    await share.getByRole('button', { name: 'Download .md' }).click();
    expect((await download).suggestedFilename()).toBe('starboard-coach-plan.md');
  });

  test('shares a journal entry with a coach: its plan’s interviewer as initials in the free text too', async ({
    context,
    extensionUrl,
    probe,
  }) => {
    // The sample plan is seeded on install, while the browser starts: wait for it before writing an entry for it.
    const plan = await samplePlan(probe);
    const entry = await probe.request('journal.save', {
      entry: {
        id: 'coach-entry',
        interviewId: plan.id,
        company: 'Sample Co',
        role: 'Senior Software Engineer',
        round: 'Hiring manager',
        date: Date.now(),
        questions: [],
        storiesUsed: [],
        ratings: [],
        wentWell: 'Alex liked the rollout story.',
        improve: '',
        reflections: '',
        signals: '',
        followUps: [{ text: 'Thank-you note to Alex Kim', done: false }],
        outcome: 'pending',
        compensationNotes: '',
        checklist: [],
      },
    });
    const page = await openDashboard(context, extensionUrl, `#/journal/${entry.id}`);
    await page.getByLabel('What went well').waitFor();
    await page.getByRole('button', { name: 'Share with a coach' }).click();
    const preview = page.getByRole('region', { name: 'Share with a coach' }).getByLabel('Preview (Markdown)');
    await expect.poll(() => preview.inputValue()).toContain('Thank-you note to A. K.');
    const text = await preview.inputValue();
    expect(text).toContain('A. K. liked the rollout story.');
    expect(text).not.toContain('Alex');
    expect(text).toContain('Sample Co');
  });
});
