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
    extraPrefsFirefox: {
      // No update checks, telemetry or remote settings: nothing leaves the machine during tests either.
      'app.update.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'toolkit.telemetry.enabled': false,
      'extensions.getAddons.cache.enabled': false,
      'browser.shell.checkDefaultBrowser': false,
    },
  });
  const addonId = await browser.installExtension(extensionPath);
  return { browser, addonId };
}
