// Firefox ESR driven by puppeteer-core over WebDriver BiDi, with the Firefox build installed as a temporary add-on.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { FIREFOX_BUILD } from './browser.mjs';

export const FIREFOX_PATH = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';

/** Installs Debian's Firefox ESR when it is missing and we may (root), as for Chromium. */
export function ensureFirefox() {
  if (existsSync(FIREFOX_PATH)) return FIREFOX_PATH;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot)
    throw new Error(`Firefox ESR not found at ${FIREFOX_PATH}. Install it (sudo apt-get install -y firefox-esr).`);
  console.log('Installing Firefox ESR from Debian packages…');
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', 'firefox-esr'], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  return FIREFOX_PATH;
}

const PREFS = {
  // No update checks, telemetry or remote settings: nothing leaves the machine during tests either.
  'app.update.enabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'toolkit.telemetry.enabled': false,
  'extensions.getAddons.cache.enabled': false,
  'browser.shell.checkDefaultBrowser': false,
};

/**
 * Starts Firefox once and closes it, before any test runs (the e2e global setup calls it right after installing
 * Firefox). The first start of Firefox on a machine pays what later starts do not (a just-installed 300 MB binary read
 * from disk, font and GTK caches built): 12 s here against 4 s after, and in one CI run over the 30 s a test's launch
 * allows (the Firefox test of the store package, the first to start Firefox, timed out waiting for its WebDriver BiDi
 * endpoint; the Firefox test after it started in 11 s). Puppeteer's maintainers saw the same first-launch cost on
 * their own CI (puppeteer/puppeteer#11596: "create a hot cache"). Warming here makes every test's launch a warm one,
 * so its deadline measures Firefox starting, not the machine's first contact with it.
 * @returns {Promise<number>} how long the warm start took, in ms
 */
export async function warmFirefox() {
  const started = Date.now();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: ensureFirefox(),
    headless: true,
    extraPrefsFirefox: PREFS,
    // Set-up, not a test: a first start is as slow as the machine is cold; it is measured and printed instead.
    timeout: 180_000,
  });
  await browser.close();
  return Date.now() - started;
}

/** @param {{ extensionPath?: string }} [options] another package than the build, e.g. the unzipped store package */
export async function launchFirefoxWithExtension(options = {}) {
  const extensionPath = options.extensionPath ?? FIREFOX_BUILD;
  if (!existsSync(join(extensionPath, 'manifest.json'))) {
    throw new Error(`No Firefox build at ${extensionPath}: run npm run build:firefox first.`);
  }
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: ensureFirefox(),
    headless: true,
    extraPrefsFirefox: PREFS,
  });
  const addonId = await browser.installExtension(extensionPath);
  return { browser, addonId };
}
