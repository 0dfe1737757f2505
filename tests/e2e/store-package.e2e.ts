import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../harness/browser.mjs';
import { launchFirefoxWithExtension } from '../harness/firefox.mjs';
import { test } from './fixtures';
import { openDashboard } from './pages/dashboard';
import { joinAndSeePanel, openMeetLobby } from './pages/firefox-meet';
import { API_DISPUTE, CHECKOUT, ON_CALL } from './pages/sample-data';

/**
 * Issue #15: what goes to the stores is the zips `npm run zip` makes, not .output/<browser>/. Each package is
 * unzipped and loaded as a user would get it, so a file the build writes but the zip leaves out (or a manifest entry
 * naming a file that is not there) fails here. The zips are made once for the file (`npm run zip`: three builds and
 * four zips, ~10 s); the system `unzip` (Info-ZIP) reads them, as the Chrome Web Store and AMO read any zip.
 */

const OUTPUT = join(ROOT, '.output');
const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
const zipPath = (target: 'chrome' | 'edge' | 'firefox' | 'sources') =>
  join(OUTPUT, `starboard-${version}-${target}.zip`);
const ICON_SIZES = ['16', '32', '48', '128'];

function unzipTool(): string {
  try {
    return execFileSync('which', ['unzip'], { encoding: 'utf8' }).trim();
  } catch {
    throw new Error('The system `unzip` is missing (sudo apt-get install -y unzip).');
  }
}

/** The entries of a zip (files only), as `unzip -Z1` lists them. */
function zipEntries(zip: string): Set<string> {
  const listing = execFileSync(unzipTool(), ['-Z1', zip], { encoding: 'utf8' });
  return new Set(listing.split('\n').filter((entry) => entry !== '' && !entry.endsWith('/')));
}

function unzipped(zip: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'starboard-package-'));
  execFileSync(unzipTool(), ['-q', zip, '-d', dir]);
  return dir;
}

type Manifest = Record<string, unknown> & { default_locale?: string };

const strings = (value: unknown): string[] =>
  typeof value === 'string'
    ? [value]
    : Array.isArray(value)
      ? value.flatMap(strings)
      : value && typeof value === 'object'
        ? Object.values(value).flatMap(strings)
        : [];

/** Every file the manifest names (MV3 and MV2 keys alike), globs aside: the store loads each or rejects the package. */
function filesNamedBy(manifest: Manifest): string[] {
  const m = manifest as Record<string, Record<string, unknown> | undefined> & { content_scripts?: unknown[] };
  const action = m.action ?? m.browser_action;
  const resources = ((manifest.web_accessible_resources as unknown[]) ?? []).flatMap((entry) =>
    typeof entry === 'string' ? [entry] : strings((entry as { resources?: unknown }).resources),
  );
  return [
    ...strings(m.icons),
    ...strings(action?.default_icon),
    ...strings(action?.default_popup),
    ...((action?.theme_icons as { dark: string; light: string }[] | undefined) ?? []).flatMap((i) => [i.dark, i.light]),
    ...strings(m.background?.service_worker),
    ...strings(m.background?.scripts),
    ...strings(m.background?.page),
    ...strings(m.side_panel?.default_path),
    ...strings(m.sidebar_action?.default_panel),
    ...strings(m.options_ui?.page),
    ...(m.content_scripts ?? []).flatMap((script) => [
      ...strings((script as { js?: unknown }).js),
      ...strings((script as { css?: unknown }).css),
    ]),
    ...resources,
    ...(manifest.default_locale ? [`_locales/${manifest.default_locale}/messages.json`] : []),
  ].filter((path) => !path.includes('*'));
}

/** What is wrong with a package: files the manifest names that are not in it, `__MSG_…__` names it cannot resolve. */
function packageProblems(zip: string): string[] {
  const entries = zipEntries(zip);
  if (!entries.has('manifest.json')) return ['no manifest.json'];
  const manifestText = execFileSync(unzipTool(), ['-p', zip, 'manifest.json'], { encoding: 'utf8' });
  const manifest = JSON.parse(manifestText) as Manifest;
  const problems = [...new Set(filesNamedBy(manifest).map((path) => path.replace(/^\//, '')))]
    .filter((path) => !entries.has(path))
    .map((path) => `the manifest names ${path}, which is not in the zip`);
  const catalogue = `_locales/${manifest.default_locale}/messages.json`;
  if (entries.has(catalogue)) {
    const messages = JSON.parse(execFileSync(unzipTool(), ['-p', zip, catalogue], { encoding: 'utf8' }));
    for (const [, key] of manifestText.matchAll(/__MSG_(\w+)__/g)) {
      if (!messages[key!]) problems.push(`the manifest uses __MSG_${key}__, which ${catalogue} lacks`);
    }
  }
  return problems;
}

beforeAll(() => {
  unzipTool();
  // The release script itself, so the test checks what a release uploads.
  execFileSync('npm', ['run', 'zip', '--silent'], { cwd: ROOT, stdio: 'pipe' });
}, 120_000);

describe('the store packages (npm run zip)', () => {
  it.each(['chrome', 'edge', 'firefox'] as const)('the %s zip holds every file its manifest names', (target) => {
    const manifest = JSON.parse(
      execFileSync(unzipTool(), ['-p', zipPath(target), 'manifest.json'], { encoding: 'utf8' }),
    ) as Manifest;
    expect(Object.keys(manifest.icons as object).sort()).toEqual([...ICON_SIZES].sort());
    expect(packageProblems(zipPath(target))).toEqual([]);
  });

  it('a zip missing a file its manifest names is caught', () => {
    // The check must be able to fail: a copy of the Chrome zip without one icon and without the service worker.
    const broken = join(mkdtempSync(join(tmpdir(), 'starboard-broken-')), 'broken.zip');
    copyFileSync(zipPath('chrome'), broken);
    execFileSync('zip', ['-q', '-d', broken, 'icons/32.png', 'background.js']);
    expect(packageProblems(broken)).toEqual([
      'the manifest names icons/32.png, which is not in the zip',
      'the manifest names background.js, which is not in the zip',
    ]);
  });

  it('the Firefox sources zip is there for AMO review, buildable and without build output', () => {
    expect(existsSync(zipPath('sources'))).toBe(true);
    const sources = zipEntries(zipPath('sources'));
    for (const file of ['package.json', 'package-lock.json', 'wxt.config.ts', 'tsconfig.json']) {
      expect(sources.has(file), file).toBe(true);
    }
    expect([...sources].filter((entry) => /^(node_modules|\.output)\//.test(entry))).toEqual([]);
  });
});

describe('the Chrome package, unzipped, in Chromium', () => {
  test('opens the dashboard on the sample stories', async ({ browsers }) => {
    const extensionPath = unzipped(zipPath('chrome'));
    const { context, extensionUrl } = await browsers.launch({ extensionPath });
    const page = await openDashboard(context, extensionUrl, '#/stories');
    await page.getByRole('heading', { name: 'Story library' }).waitFor();
    for (const title of [CHECKOUT, ON_CALL, API_DISPUTE]) {
      await page.getByRole('link', { name: new RegExp(title) }).waitFor();
    }
  });

  test('Settings → About opens the privacy policy packaged with it', async ({ browsers }) => {
    const extensionPath = unzipped(zipPath('chrome'));
    const { context, extensionUrl } = await browsers.launch({ extensionPath });
    const page = await openDashboard(context, extensionUrl, '#/settings');
    const about = page.getByRole('region', { name: 'About Starboard' });
    await about.getByText(/^Version \d+\.\d+\.\d+$/).waitFor();
    // The policy's own tab: not just the next page to open (the install opens the dashboard in a tab of its own too).
    const policyPage = context.waitForEvent('page', {
      predicate: (opened) => opened.url().endsWith('/privacy.html'),
      timeout: 30_000,
    });
    await about.getByRole('link', { name: 'Read the privacy policy (English)' }).click();
    const policy = await policyPage;
    await policy.getByRole('heading', { name: 'Starboard privacy policy', level: 1 }).waitFor();
    // The policy's table, rendered (not Markdown source).
    expect(await policy.getByRole('table').count()).toBeGreaterThan(0);
    expect(await policy.getByText('| what').count()).toBe(0);
  });
});

describe('the Firefox package, unzipped, in Firefox ESR', () => {
  let browser: Browser | undefined;

  afterAll(async () => {
    await browser?.close();
  });

  it('installs, and shows the panel with a pinned sample story on the Meet fixture once in a call', async () => {
    const extensionPath = unzipped(zipPath('firefox'));
    const { gecko } = JSON.parse(readFileSync(join(extensionPath, 'manifest.json'), 'utf8')).browser_specific_settings;
    let addonId: string;
    ({ browser, addonId } = await launchFirefoxWithExtension({ extensionPath }));
    expect(addonId).toBe(gecko.id);
    const frame = await joinAndSeePanel(await openMeetLobby(browser), CHECKOUT);
    expect(await frame.evaluate(() => document.body.textContent ?? '')).toContain('Sample Co');
  });
});
