import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { PSEUDO_CLOSE, PSEUDO_OPEN, pseudoLocalise } from '../../utils/i18n-pseudo';
import { emptyEntry } from '../../utils/journal/draft';
import { QUESTION_BANK } from '../../utils/matcher/question-bank';
import { samplePlan, sampleStories } from '../../utils/samples/samples';
import { CHROME_BUILD, ROOT } from '../harness/browser.mjs';
import { tabIdOf } from '../harness/extension-api';
import { waitForQuietDom } from '../harness/keyboard';
import { buildPseudoLocale } from '../harness/pseudo-locale.mjs';
import { shareBrowser, test } from './fixtures';
import { CHECKOUT, SAMPLE_PLAN } from './pages/sample-data';

/**
 * Issue #15's pseudo-locale pass: the build with every message stretched and wrapped in ⟦ ⟧
 * (tests/harness/pseudo-locale.mjs), every dashboard section and the panel opened, and every visible text node
 * checked for the markers. Text without them did not come through t(): a string a translator never sees.
 * What is not UI text is excepted in DATA below, each with its reason; nothing else is.
 */

const en = JSON.parse(readFileSync(join(ROOT, 'public', '_locales', 'en', 'messages.json'), 'utf8')) as Record<
  string,
  { message: string }
>;
/** A message as the pseudo build shows it (no substitutions), to find controls by their pseudo name. */
const P = (key: string) => pseudoLocalise(en[key]!.message);

/** Stored rows: what the user (here: the sample seeded on install, utils/samples/samples.ts) wrote, not UI text. */
const SAMPLE_TEXTS = [...sampleStories(), samplePlan([])].flatMap(function texts(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(texts);
  if (value && typeof value === 'object') return Object.values(value).flatMap(texts);
  return [];
});

/**
 * Whether a text node is a stored text shown whole, shortened with …, cut into pieces by highlighting (its block then
 * holds the whole text), split into sentences (the STAR bullets: 20 characters at least), or several joined by the
 * captions' ` · ` separator. Short strings (a key cap) never count merely for occurring inside a long text.
 */
function shows(texts: readonly string[], text: string, block: string): boolean {
  const one = (part: string) =>
    texts.some(
      (whole) =>
        whole === part ||
        (part.endsWith('…') && part.length > 12 && whole.startsWith(part.slice(0, -1).trimEnd())) ||
        (whole.includes(part) && (block.includes(whole) || part.length >= 20)),
    );
  return one(text) || text.split(' · ').every(one);
}

/** Story notes the test pastes into the import, as a user would paste their own (tests/fixtures/stories). */
const PASTED_NOTES = readFileSync(join(ROOT, 'tests', 'fixtures', 'stories', 's-prefixes.txt'), 'utf8');
/** A journal entry the test writes, as the user's own words. */
const ENTRY = { company: 'Northwind Labs', round: 'Onsite 1', wentWell: 'The rollback story landed well.' };

/** What the test types, as a user would: their own words. */
const TYPED = [
  'Why do you want this job?',
  'Tell me about a time you disagreed with a teammate.',
  'a time you failed',
  ...Object.values(ENTRY),
  // The pasted notes, line by line and without their S:/T:/… prefixes (the preview shows each part under its term).
  ...PASTED_NOTES.split('\n').flatMap((line) => [line.trim(), line.replace(/^[A-Za-z]+:\s*/, '').trim()]),
].filter((text) => text !== '');

/** The allow-list: text a translator has no say in, each with why. Nothing else may lack the markers. */
const DATA: { why: string; is: (text: string, block: string, where: string) => boolean }[] = [
  {
    why: 'the sample stories and plan: rows seeded on install, the user’s to edit (utils/samples/samples.ts)',
    is: (text, block) => shows(SAMPLE_TEXTS, text, block),
  },
  {
    why: 'the question bank: English content by design, matched against English questions (utils/matcher/question-bank.ts)',
    is: (text, block) =>
      shows(
        QUESTION_BANK.map((question) => question.text),
        text,
        block,
      ),
  },
  { why: 'what the user typed (a captured question)', is: (text, block) => shows(TYPED, text, block) },
  {
    why:
      'a character key cap (q, t, j / k): the panel matches that KeyboardEvent.key in every language ' +
      '(components/cue-card/ShortcutHelp.tsx, utils/cue-card/shortcuts.ts); named keys are messages',
    is: (text, _block, where) => where === 'kbd' && /^\p{Ll}( \/ \p{Ll})?$/u.test(text),
  },
  {
    why: 'a clock time from Intl.DateTimeFormat in the UI language (its AM/PM is the browser’s, not a message)',
    is: (text) => /^\d{1,2}:\d{2}(\s?[AP]M)?$/.test(text),
  },
  {
    why: 'a date from Intl.DateTimeFormat in the UI language (utils/format.ts formatDate: its month names are the browser’s)',
    is: (text) => /^\p{Lu}\p{Ll}{2} \d{1,2}, \d{4}$/u.test(text),
  },
];

interface Unmarked {
  text: string;
  where: string;
  /** The text of the nearest block around it, to tell data shown in pieces from a stray string. */
  block?: string;
}

/**
 * Every visible text node with a letter in it that is neither inside a ⟦…⟧ message (a message may be split by
 * elements, so the markers are counted across text nodes in document order) nor data.
 */
async function unmarkedText(page: Page): Promise<Unmarked[]> {
  await waitForQuietDom(page);
  const found = await page.evaluate(
    ({ open, close }) => {
      const out: { text: string; where: string; block?: string }[] = [];
      const blockOf = (element: Element) =>
        element.closest('p, li, dt, dd, h1, h2, h3, h4, td, th, label, button, a, summary') ?? element;
      let marked = 0;
      let depth = 0;
      let lastBlock: Element | null = null;
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        const parent = node.parentElement;
        // A message may be split by elements inside one block, never across blocks: a ⟦ left open (text cut
        // short) must not excuse what follows.
        const block = parent ? blockOf(parent) : null;
        if (block !== lastBlock) depth = 0;
        lastBlock = block;
        const inMessage = depth > 0 || text.includes(open) || text.includes(close);
        if (inMessage) marked += 1;
        for (const ch of text) {
          if (ch === open) depth += 1;
          else if (ch === close) depth = Math.max(0, depth - 1);
        }
        if (inMessage || !/\p{L}/u.test(text) || !parent) continue;
        if (parent.closest('script, style, template')) continue;
        if (!parent.checkVisibility({ visibilityProperty: true })) continue;
        const where = [parent.tagName.toLowerCase(), parent.className && `.${String(parent.className).split(' ')[0]}`]
          .filter(Boolean)
          .join('');
        out.push({ text: text.trim(), where, block: (block?.textContent ?? '').trim() });
      }
      if (!document.title.includes(open)) out.push({ text: document.title, where: 'title' });
      // What the user reads that is not a text node: placeholders, tooltips, and the names assistive technology
      // reads out (a pseudo name is a whole message, so the markers must be in the attribute itself).
      for (const element of document.body.querySelectorAll('[placeholder], [title], [aria-label], img[alt]')) {
        for (const name of ['placeholder', 'title', 'aria-label', 'alt']) {
          const value = element.getAttribute(name);
          if (!value || !/\p{L}/u.test(value) || value.includes(open) || value.includes(close)) continue;
          out.push({ text: value.trim(), where: `${element.tagName.toLowerCase()}[${name}]` });
        }
      }
      return { out, marked };
    },
    { open: PSEUDO_OPEN, close: PSEUDO_CLOSE },
  );
  // A view that did not render would pass with nothing unmarked: it must show messages.
  if (found.marked < 5) throw new Error(`Only ${found.marked} pseudo-localised text nodes on ${page.url()}`);
  return found.out
    .filter(({ text, block, where }) => !DATA.some((allowed) => allowed.is(text, block ?? '', where)))
    .map(({ text, where }) => ({ text, where }));
}

/**
 * Text the panel cuts at its width: an element whose text overflows a box that hides the overflow (ellipsis or
 * clip), or that runs past the right edge of the page. With every message 40 % longer, this is where a German or
 * French label would be cut.
 */
async function clippedText(page: Page): Promise<{ text: string; where: string }[]> {
  await waitForQuietDom(page);
  return page.evaluate(() => {
    const out: { text: string; where: string }[] = [];
    const width = document.documentElement.clientWidth;
    for (const element of document.body.querySelectorAll<HTMLElement>('*')) {
      if (!element.checkVisibility({ visibilityProperty: true })) continue;
      const ownText = [...element.childNodes]
        .filter((node) => node.nodeType === Node.TEXT_NODE)
        .map((node) => node.textContent ?? '')
        .join('')
        .trim();
      if (!ownText) continue;
      // Text for screen readers only (.visually-hidden: a 1 px clipped box) is cut on purpose.
      if (element.getBoundingClientRect().width <= 1) continue;
      const style = getComputedStyle(element);
      const hides = style.overflowX !== 'visible' || style.textOverflow === 'ellipsis';
      const cut = hides && element.scrollWidth > element.clientWidth + 1;
      const past = element.getBoundingClientRect().right > width + 1;
      if (cut || past)
        out.push({
          text: ownText.slice(0, 60),
          where: `${element.tagName.toLowerCase()}${cut ? ' cut' : ' past the edge'}`,
        });
    }
    return out;
  });
}

describe('the pseudo-locale build: every visible string came through t()', () => {
  // Made from the build when the file is collected (the e2e setup builds first if needed); a copy, so the build stays.
  shareBrowser({ extensionPath: buildPseudoLocale(CHROME_BUILD) });

  const ROUTES = [
    'up-next',
    'stories',
    'coverage',
    'match',
    'practice',
    'plans',
    'settings',
    'journal',
    'insights',
    'decide',
    'decide/new',
  ];

  test('every dashboard section, a story open, a plan open, a journal entry open, an import preview', async ({
    context,
    extensionUrl,
    probe,
  }) => {
    const page = await context.newPage();
    const problems: Record<string, Unmarked[]> = {};
    const scan = async (name: string) => {
      const unmarked = await unmarkedText(page);
      if (unmarked.length > 0) problems[name] = unmarked;
    };
    for (const route of ROUTES) {
      await page.goto(extensionUrl(`dashboard.html#/${route}`));
      await page.locator('h1').first().waitFor();
      await scan(route);
    }
    await page.goto(extensionUrl('dashboard.html#/stories'));
    await page.getByRole('link', { name: new RegExp(CHECKOUT) }).click();
    await page.getByRole('complementary', { name: P('scorecardHintsHeading') }).waitFor();
    await scan('a story open');
    await page.goto(extensionUrl('dashboard.html#/plans'));
    await page.getByRole('link', { name: /Sample Co/ }).click();
    await page.getByRole('list', { name: P('planFieldPinned') }).waitFor();
    await scan('a plan open');
    // The states views.ts walks for axe and the keyboard, found here by their pseudo names.
    await page.goto(extensionUrl('dashboard.html#/match'));
    await page.getByLabel(P('matcherQuestionLabel')).fill('Tell me about a time you disagreed with a teammate.');
    await page.getByRole('list', { name: P('matcherResultsLabel') }).waitFor();
    await scan('a question matched');
    await page.goto(extensionUrl('dashboard.html#/practice'));
    await page.getByRole('button', { name: P('practiceShowStar') }).click();
    await page.getByRole('button', { name: P('practiceTimerStart') }).click();
    await page.getByRole('button', { name: P('rehearsalStop') }).click();
    await page.getByRole('group', { name: P('practiceRatingLegend') }).waitFor();
    await scan('a rehearsal stopped');

    const {
      draft: _draft,
      createdAt: _created,
      updatedAt: _updated,
      ...blank
    } = emptyEntry({
      id: 'pseudo-entry',
      now: Date.now(),
    });
    const entry = await probe.request('journal.save', { entry: { ...blank, ...ENTRY } });
    await page.goto(extensionUrl(`dashboard.html#/journal/${entry.id}`));
    await page.getByLabel(P('journalFieldWentWell')).waitFor();
    await scan('a journal entry open');

    await page.goto(extensionUrl('dashboard.html#/stories'));
    await page.getByRole('button', { name: P('importStoriesPaste') }).click();
    const dialog = page.getByRole('dialog', { name: P('importStoriesPasteHeading') });
    await dialog.getByLabel(P('importStoriesPasteField')).fill(PASTED_NOTES);
    await dialog.getByRole('button', { name: P('importStoriesPasteConfirm') }).click();
    await page.getByRole('list', { name: P('importStoriesFound') }).waitFor();
    await scan('an import preview');
    expect(problems).toEqual({});
  });

  test('the panel page, before a call, in a rehearsal call and with the checklist forward; the popup; the rehearsal room', async ({
    context,
    extensionUrl,
    probe,
  }) => {
    const problems: Record<string, Unmarked[]> = {};
    const clipped: Record<string, { text: string; where: string }[]> = {};
    const scan = async (name: string, page: Page) => {
      const unmarked = await unmarkedText(page);
      if (unmarked.length > 0) problems[name] = unmarked;
      // The panel at its default width (360 px, the side panel's and the framed panel's): nothing cut.
      if (name.startsWith('panel in a call') || name.startsWith('panel with')) {
        const cut = await clippedText(page);
        if (cut.length > 0) clipped[name] = cut;
      }
    };
    const idle = await context.newPage();
    await idle.goto(extensionUrl('panel.html'));
    await idle.locator('h1').first().waitFor();
    await scan('panel, no call', idle);
    const popup = await context.newPage();
    await popup.goto(extensionUrl('popup.html'));
    await popup.locator('#app > *').first().waitFor();
    await scan('popup', popup);

    const room = await context.newPage();
    await room.goto(extensionUrl('rehearsal.html'));
    await room
      .getByLabel(P('rehearsalPlanLabel'))
      .locator('option', { hasText: SAMPLE_PLAN })
      .waitFor({ state: 'attached' });
    await scan('rehearsal lobby', room);
    await room.getByRole('button', { name: P('rehearsalStart') }).click();
    await room.getByRole('navigation', { name: P('rehearsalControls') }).waitFor();
    await scan('rehearsal room in a call', room);

    const page = await context.newPage();
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto(extensionUrl(`panel.html?tabId=${await tabIdOf(room)}`));
    await page.getByRole('heading', { name: SAMPLE_PLAN }).waitFor();
    await page
      .getByRole('list', { name: P('panelPinnedHeading') })
      .getByRole('button')
      .first()
      .click();
    await scan('panel in a call, a story open', page);
    // busyPanel (views.ts) by pseudo names: a captured question, a search, the help, the extras open.
    await page.getByLabel(P('panelCaptureLabel')).fill('Why do you want this job?');
    await page.getByRole('button', { name: P('panelCaptureButton'), exact: true }).click();
    await page.getByLabel(P('panelFindLabel')).fill('a time you failed');
    await page.getByRole('list', { name: P('panelFindHeading') }).waitFor();
    await page.getByRole('button', { name: P('panelShortcutsButton') }).click();
    await page.getByText(P('panelExtrasSummary')).click();
    await scan('panel in a call, busy', page);
    // The closing checklist forward: the call planned for a minute is in its closing minutes at once.
    const { call } = await probe.callIn(await tabIdOf(room));
    await probe.request('calls.setPlannedMinutes', { callId: call.id, minutes: 1 });
    await page
      .getByRole('region', { name: P('panelChecklistHeading') })
      .getByRole('status')
      .getByText(P('panelChecklistForward'))
      .waitFor();
    await scan('panel with the closing checklist forward', page);
    expect(problems).toEqual({});
    expect(clipped).toEqual({});

    // The scan can fail: a string that bypassed t(), as text and as an accessible name, is caught.
    await page.evaluate(() => {
      const stray = document.createElement('button');
      stray.textContent = 'Plain English';
      stray.setAttribute('aria-label', 'Close');
      document.body.append(stray);
    });
    expect(await unmarkedText(page)).toEqual([
      { text: 'Plain English', where: 'button' },
      { text: 'Close', where: 'button[aria-label]' },
    ]);
    // And a label cut by its box (an ellipsis on a 60 px button) is caught as clipped.
    await page.evaluate(() => {
      const cut = document.createElement('span');
      cut.textContent = '⟦A label much longer than its box⟧';
      cut.style.cssText = 'display:inline-block;width:60px;overflow:hidden;white-space:nowrap;text-overflow:ellipsis';
      document.body.append(cut);
    });
    expect(await clippedText(page)).toContainEqual({ text: '⟦A label much longer than its box⟧', where: 'span cut' });
  });
});
