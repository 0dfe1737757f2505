// Launching Debian's Chromium with the built extension, shared by the e2e tests, `npm start` and `npm run bench`.
import { execFileSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { leakedRequests, requestsInNetLog } from './netlog.mjs';

export const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const CHROME_BUILD = join(ROOT, '.output', 'chrome-mv3');
export const FIREFOX_BUILD = join(ROOT, '.output', 'firefox-mv2');
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const NETWORK_REPORT = join(ROOT, 'test-results', 'zero-network.jsonl');

/** Fixture call pages served in a context (see call-pages.ts): loading them is the test's doing, not ours. */
const fixtureUrlsByContext = new WeakMap();
/** @param {import('playwright-core').BrowserContext} context @param {string[]} urls */
export function registerFixtureUrls(context, urls) {
  fixtureUrlsByContext.set(context, [...(fixtureUrlsByContext.get(context) ?? []), ...urls]);
}

/** Installs Debian's Chromium when it is missing and we may (root); test tools cannot download their own. */
export function ensureChromium() {
  if (existsSync(CHROMIUM_PATH)) return CHROMIUM_PATH;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot) {
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}. Install it (sudo apt-get install -y chromium) or set CHROMIUM_PATH.`,
    );
  }
  console.log('Installing Chromium from Debian packages…');
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  return CHROMIUM_PATH;
}

export function freshProfileDir(prefix = 'starboard-profile-') {
  return mkdtempSync(join(tmpdir(), prefix));
}

/**
 * A persistent context (extensions need one) on a profile folder, so a test can close the browser and open the
 * same profile again. Default profile settings otherwise: third-party storage stays blocked as for real users.
 * @param {{ userDataDir?: string, extensionPath?: string, headless?: boolean, args?: string[], expectLeak?: boolean }} [options]
 */
export async function launchWithExtension(options = {}) {
  const userDataDir = options.userDataDir ?? freshProfileDir();
  const extensionPath = options.extensionPath ?? CHROME_BUILD;
  if (!existsSync(join(extensionPath, 'manifest.json'))) {
    throw new Error(`No built extension at ${extensionPath}: run npm run build first.`);
  }
  const headless = options.headless ?? true;
  const netLog = join(mkdtempSync(join(tmpdir(), 'starboard-netlog-')), 'netlog.json');
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: ensureChromium(),
    headless: false,
    ignoreDefaultArgs: ['--disable-extensions'],
    viewport: { width: 1280, height: 800 },
    args: [
      ...(headless ? ['--headless=new'] : []),
      `--disable-extensions-except=${extensionPath}`,
      `--load-extension=${extensionPath}`,
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      `--log-net-log=${netLog}`,
      '--net-log-capture-mode=Default',
      ...(options.args ?? []),
    ],
  });
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker', { timeout: 15_000 });
  const extensionId = new URL(worker.url()).host;
  guardNetwork(context, netLog, `chrome-extension://${extensionId}`, options.expectLeak ?? false);
  return {
    context,
    extensionId,
    userDataDir,
    extensionUrl: (path = '') => `chrome-extension://${extensionId}/${path.replace(/^\//, '')}`,
  };
}

/**
 * Every browser session is checked when it closes: no request may leave the browser on the extension's behalf.
 * A leak fails the test that closed the browser; every session's tally goes to test-results/zero-network.jsonl.
 * @param {import('playwright-core').BrowserContext} context
 * @param {string} netLog
 * @param {string} extensionOrigin
 * @param {boolean} expectLeak the guard's own test, which plants a leak to prove it is caught
 */
function guardNetwork(context, netLog, extensionOrigin, expectLeak) {
  const close = context.close.bind(context);
  let checked = false;
  context.close = async (...args) => {
    await close(...args);
    if (checked) return;
    checked = true;
    const requests = requestsInNetLog(netLog);
    const leaked = leakedRequests(requests, { extensionOrigin, fixtureUrls: fixtureUrlsByContext.get(context) });
    mkdirSync(dirname(NETWORK_REPORT), { recursive: true });
    appendFileSync(NETWORK_REPORT, `${JSON.stringify({ requests: requests.length, leaked, expectLeak })}\n`);
    if (leaked.length > 0) {
      throw new Error(`Requests left the browser: ${leaked.map((r) => `${r.url} (from ${r.initiator})`).join(', ')}`);
    }
  };
}

/**
 * Stops the extension's service worker the way Chrome does when it idles, through the DevTools protocol of one of
 * the extension's own pages (same origin, so it sees the worker's registration). Resolves once the worker is gone;
 * open views may wake a new one at once by reconnecting.
 * @param {import('playwright-core').BrowserContext} context
 * @param {string} extensionId
 */
export async function stopServiceWorker(context, extensionId) {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  const cdp = await context.newCDPSession(page);
  const stopped = new Promise((done) => {
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      if (
        versions.some(
          (v) => v.scriptURL.startsWith(`chrome-extension://${extensionId}/`) && v.runningStatus === 'stopped',
        )
      )
        done(undefined);
    });
  });
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await stopped;
  await cdp.detach();
  await page.close();
}

/**
 * One request of the extension's typed API (utils/api/protocol.ts) from one of its own pages, in
 * @webext-core/messaging's wire format, answered by the background like any page's. For setups no UI offers (tests,
 * the screenshots' journal); tests reach it typed through ExtensionProbe (tests/harness/extension-api.ts).
 * @param {import('playwright-core').Page} page an extension page
 * @param {string} name
 * @param {unknown} data
 */
export async function requestFromPage(page, name, data) {
  return page.evaluate(
    async ({ name, data }) => {
      const reply = await globalThis.chrome.runtime.sendMessage({
        id: Math.floor(Math.random() * 1e9),
        type: name,
        data,
        timestamp: Date.now(),
      });
      if (!reply) throw new Error(`No answer to ${name}`);
      if (reply.err) throw new Error(reply.err.message);
      return reply.res;
    },
    { name, data },
  );
}

/** The sample plan's meeting link (utils/samples/samples.ts). */
export const SAMPLE_MEET_URL = 'https://meet.google.com/abc-defg-hij';

/**
 * Serves the Meet fixture's lobby (tests/fixtures/platforms/meet-lobby.html) at the sample plan's real meeting URL,
 * for the scripts that photograph a call (screenshots, the toolbar); the e2e tests have their own call-page helpers.
 * @param {import('playwright-core').BrowserContext} context
 */
export async function serveSampleMeetLobby(context) {
  registerFixtureUrls(context, [SAMPLE_MEET_URL]);
  const lobby = readFileSync(join(ROOT, 'tests', 'fixtures', 'platforms', 'meet-lobby.html'), 'utf8');
  await context.route('https://meet.google.com/**', (route) =>
    new URL(route.request().url()).pathname === new URL(SAMPLE_MEET_URL).pathname
      ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: lobby })
      : route.fulfill({ status: 404, body: '' }),
  );
}
