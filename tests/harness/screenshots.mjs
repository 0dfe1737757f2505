// `npm run screenshots [dir]`: the real build in headless Chromium with its sample data, photographed.
// - For review, light and dark, into test-results/screenshots (or the folder given): the panel at its default
//   360 px beside a rehearsal call with a story open, the same panel framed in the Meet fixture (the loader's chrome
//   over its corner: one header, one collapse control), the rehearsal room, and the dashboard's Stories (a story
//   open), Coverage, Settings (at the heads-ups), Up next and Plans (the sample plan open) at 1280×800, and the toolbar popup.
// - For the stores and the README, light, 1280×800 (the size Chrome Web Store, Edge Add-ons and AMO all take), into
//   store/screenshots: the panel beside a call, the coverage matrix, the journal, the closing checklist.
// The store's "call" is the rehearsal room, Starboard's own practice call with the panel framed as in a real one: a
// store picture of Google Meet's interface would be Google's, and our Meet fixtures are structure without the look.
// Build first (npm run build).
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  CHROME_BUILD,
  launchWithExtension,
  ROOT,
  requestFromPage,
  SAMPLE_MEET_URL,
  serveSampleMeetLobby,
} from './browser.mjs';
import { toolbarShots } from './toolbar-shot.mjs';

const PLAN = 'Sample Co · Senior Software Engineer · Hiring manager';
const outDir = resolve(process.argv[2] ?? join(ROOT, 'test-results', 'screenshots'));
const storeDir = join(ROOT, 'store', 'screenshots');
mkdirSync(outDir, { recursive: true });
mkdirSync(storeDir, { recursive: true });

const DAY = 24 * 60 * 60 * 1000;
/** Journal entries as a candidate a few weeks into a search would have written them (the journal scene). */
function journalEntries(storyIds) {
  const now = Date.now();
  const base = {
    questions: [],
    storiesUsed: [],
    ratings: [],
    improve: '',
    reflections: '',
    signals: '',
    followUps: [],
    compensationNotes: '',
    checklist: [],
  };
  return [
    {
      ...base,
      id: 'shot-northwind-2',
      company: 'Northwind Labs',
      role: 'Staff Engineer',
      round: 'Onsite: system design',
      date: now - 2 * DAY,
      durationMinutes: 55,
      questions: [{ text: 'Design a rate limiter for a public API', storyId: storyIds[0] }],
      storiesUsed: storyIds.slice(0, 2),
      ratings: [
        { competency: 'technical-problem-solving', score: 3, evidence: 'Walked through token bucket vs. sliding log.' },
        { competency: 'communication', score: 4, evidence: 'Checked in on assumptions before drawing.' },
      ],
      selfCall: 'hire',
      wentWell: 'Asked about scale before drawing boxes; the migration story landed.',
      improve: 'Say the trade-off out loud before picking one.',
      signals: 'Manager talked about a calm on-call culture.',
      followUps: [{ text: 'Thank-you note to Priya', done: true }],
      outcome: 'advanced',
    },
    {
      ...base,
      id: 'shot-northwind-1',
      company: 'Northwind Labs',
      role: 'Staff Engineer',
      round: 'Recruiter screen',
      date: now - 9 * DAY,
      durationMinutes: 30,
      storiesUsed: storyIds.slice(1, 2),
      ratings: [{ competency: 'communication', score: 3, evidence: 'Clear pitch, a little long.' }],
      selfCall: 'hire',
      wentWell: 'Pitch under two minutes.',
      outcome: 'advanced',
    },
    {
      ...base,
      id: 'shot-contoso',
      company: 'Contoso',
      role: 'Senior Backend Engineer',
      round: 'Hiring manager',
      date: now - 14 * DAY,
      durationMinutes: 45,
      storiesUsed: storyIds.slice(2, 3),
      ratings: [{ competency: 'leadership', score: 2, evidence: 'The on-call story had no result figure.' }],
      selfCall: 'no-hire',
      wentWell: 'Good questions about the team.',
      improve: 'Put a number on the on-call result.',
      outcome: 'rejected',
    },
  ];
}

/**
 * The toolbar icon's states at the sizes a toolbar draws (16 and 32 px), on a light and a dark bar. Headless
 * Chromium draws no browser toolbar, so this sheet lays the built PNGs out as one would, with a dot where the
 * browser puts the badge: for judging the mark at 16 px, not a photograph of Chrome.
 */
function toolbarSheet() {
  const png = (name) => `data:image/png;base64,${readFileSync(join(CHROME_BUILD, 'icons', name)).toString('base64')}`;
  const states = [
    ['Not in a call', '', false],
    ['In a call', 'in-call-', false],
    ['In a call, closing checklist due', 'in-call-', true],
  ];
  const bar = (background, color) =>
    `<div style="background:${background};color:${color};padding:12px 16px;display:flex;gap:40px">${states
      .map(
        ([label, prefix, badge]) => `<figure style="margin:0;display:grid;gap:6px;justify-items:start">
          <span style="display:flex;gap:16px;align-items:end">${[16, 32]
            .map(
              (size) => `<span style="position:relative;display:inline-block;width:${size}px;height:${size}px">
                <img src="${png(`${prefix}${size}.png`)}" width="${size}" height="${size}">
                ${badge ? `<span style="position:absolute;right:-4px;bottom:-3px;min-width:${size / 2}px;height:${size / 2}px;border-radius:999px;background:#2f6f8f"></span>` : ''}
              </span>`,
            )
            .join('')}</span>
          <figcaption style="font:12px system-ui">${label}</figcaption></figure>`,
      )
      .join('')}</div>`;
  return `<body style="margin:0">${bar('#f1f3f4', '#202124')}${bar('#35363a', '#e8eaed')}</body>`;
}

const { context, extensionUrl, extensionId } = await launchWithExtension();
try {
  const room = await context.newPage();
  await room.goto(extensionUrl('rehearsal.html'));
  await room.getByLabel('Plan to rehearse').locator('option', { hasText: PLAN }).waitFor({ state: 'attached' });
  await room.getByRole('button', { name: 'Start rehearsal' }).click();
  const roomPanel = room.frameLocator('iframe[title="Starboard panel"]');
  await roomPanel.getByRole('heading', { name: PLAN }).waitFor();
  await roomPanel.getByRole('list', { name: 'Pinned for this interview' }).getByRole('button').first().click();
  const tabId = await room.evaluate(async () => (await globalThis.chrome.tabs.getCurrent()).id);

  const panel = await context.newPage();
  // Tall enough for the whole panel without a scrollbar, so the shot is the 360 px the panel lays out in.
  await panel.setViewportSize({ width: 360, height: 2300 });
  await panel.goto(extensionUrl(`panel.html?tabId=${tabId}`));
  await panel.getByRole('heading', { name: PLAN }).waitFor();
  await panel.getByRole('list', { name: 'Pinned for this interview' }).getByRole('button').first().click();

  await serveSampleMeetLobby(context);
  const meet = await context.newPage();
  await meet.setViewportSize({ width: 1280, height: 800 });
  await meet.goto(SAMPLE_MEET_URL);
  await meet.getByRole('button', { name: 'Jetzt teilnehmen' }).click();
  let framed;
  for (let i = 0; i < 150 && !framed; i++) {
    framed = meet.frames().find((f) => /\/panel\.html/.test(f.url()));
    if (!framed) await meet.waitForTimeout(100);
  }
  await framed.getByRole('heading', { name: PLAN }).waitFor();
  await framed.getByRole('list', { name: 'Pinned for this interview' }).getByRole('button').first().click();

  const dashboard = await context.newPage();
  await dashboard.goto(extensionUrl('dashboard.html#/stories'));
  await dashboard.getByRole('link', { name: /Sample: Led the on-call overhaul/ }).click();
  await dashboard.getByRole('complementary', { name: 'Scorecard hints' }).waitFor();

  const coverage = await context.newPage();
  await coverage.goto(extensionUrl('dashboard.html#/coverage'));
  await coverage.getByRole('table').waitFor();

  const settings = await context.newPage();
  await settings.goto(extensionUrl('dashboard.html#/settings'));
  await settings
    .getByRole('group', { name: 'Reminders: before interviews and for follow-ups' })
    .scrollIntoViewIfNeeded();

  const upNext = await context.newPage();
  await upNext.goto(extensionUrl('dashboard.html#/up-next'));
  await upNext.getByRole('heading', { name: 'Up next', level: 1 }).waitFor();

  const plans = await context.newPage();
  await plans.goto(extensionUrl('dashboard.html#/plans'));
  await plans.getByRole('link', { name: /Sample Co/ }).click();
  await plans.getByRole('heading', { name: 'Sample Co — Senior Software Engineer', level: 2 }).waitFor();

  // The toolbar popup as a tab of its own width (its active tab is itself: "Not a call page").
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 364, height: 560 });
  await popup.goto(extensionUrl('popup.html'));
  await popup.getByRole('region', { name: 'Next interview' }).waitFor();

  const shots = [
    ['panel-story', panel, {}],
    ['call-page-panel', meet, {}],
    ['rehearsal-room', room, {}],
    ['dashboard-stories', dashboard, {}],
    ['dashboard-coverage', coverage, {}],
    ['dashboard-settings', settings, {}],
    ['dashboard-up-next', upNext, {}],
    ['dashboard-plans', plans, {}],
    ['popup', popup, {}],
  ];
  for (const colorScheme of ['light', 'dark']) {
    for (const [name, page, options] of shots) {
      await page.bringToFront();
      await page.emulateMedia({ colorScheme });
      await page.waitForTimeout(300);
      const path = join(outDir, `${name}-${colorScheme}.png`);
      await page.screenshot({ path, ...options });
      console.log(path);
    }
  }

  // The extension's icon where the browser shows it, and the toolbar's states.
  const extensions = await context.newPage();
  await extensions.goto(`chrome://extensions/?id=${extensionId}`);
  await extensions.waitForTimeout(1000);
  await extensions.screenshot({ path: join(outDir, 'chrome-extensions.png') });
  const sheet = await context.newPage();
  await sheet.setViewportSize({ width: 560, height: 170 });
  await sheet.setContent(toolbarSheet());
  await sheet.screenshot({ path: join(outDir, 'toolbar-states.png') });
  console.log(join(outDir, 'chrome-extensions.png'), join(outDir, 'toolbar-states.png'));

  // The store scenes, in the order a listing tells the story: in the call, before it, after it, at its end.
  const stories = await requestFromPage(coverage, 'stories.list', { includeArchived: false });
  for (const entry of journalEntries(stories.map((story) => story.id))) {
    await requestFromPage(coverage, 'journal.save', { entry, final: true });
  }
  // A candidate past the first run has answered the platform question; the answer only hides the prompt here.
  await requestFromPage(coverage, 'settings.update', { platformsAsked: true });
  const journal = await context.newPage();
  await journal.goto(extensionUrl('dashboard.html#/journal'));
  await journal
    .getByRole('link', { name: /Northwind Labs/ })
    .first()
    .waitFor();

  // The closing checklist forward: a rehearsal planned for a minute is in its closing minutes at once.
  const closing = await context.newPage();
  await closing.goto(extensionUrl('rehearsal.html'));
  await closing.getByLabel('Plan to rehearse').locator('option', { hasText: PLAN }).waitFor({ state: 'attached' });
  await closing.getByRole('button', { name: 'Start rehearsal' }).click();
  const closingPanel = closing.frameLocator('iframe[title="Starboard panel"]');
  await closingPanel.getByRole('heading', { name: PLAN }).waitFor();
  const closingTab = await closing.evaluate(async () => (await globalThis.chrome.tabs.getCurrent()).id);
  const { call } = await requestFromPage(closing, 'calls.current', { tabId: closingTab });
  await requestFromPage(closing, 'calls.setPlannedMinutes', { callId: call.id, minutes: 1 });
  await closingPanel.getByText('Time to start closing: your checklist is here.').waitFor();

  const scenes = [
    ['1-panel-in-a-call', room],
    ['2-coverage-matrix', coverage],
    ['3-journal', journal],
    ['4-closing-checklist', closing],
  ];
  for (const [name, page] of scenes) {
    await page.bringToFront();
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.emulateMedia({ colorScheme: 'light' });
    await page.waitForTimeout(300);
    const path = join(storeDir, `${name}.png`);
    await page.screenshot({ path });
    console.log(path);
  }
} finally {
  await context.close();
}

// The real toolbar needs a headed browser on a virtual display (tests/harness/toolbar-shot.mjs).
const hasXvfb = (() => {
  try {
    execFileSync('sh', ['-c', 'command -v Xvfb && command -v xwd'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();
if (hasXvfb) await toolbarShots(outDir);
else console.log('No Xvfb/xwd here (apt-get install xvfb x11-apps): the toolbar itself was not photographed.');
