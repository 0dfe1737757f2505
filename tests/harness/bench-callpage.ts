// The call-page section of `npm run bench` (loaded by bench.mjs through jiti, WXT's own TypeScript loader): the
// main-thread time of a busy call page (its DOM changing 20 times a second), with and without Starboard.
import { type BrowserContext, type CDPSession, chromium } from 'playwright-core';
import { FIXTURE_URLS, fixturePage } from '../fixtures/platforms/index';
import { ensureChromium, freshProfileDir, launchWithExtension } from './browser.mjs';
import { MEET_LIKE_CSP, serveCallPages } from './call-pages';

type Metrics = Record<string, number>;
export interface CallPageSample {
  task: number;
  script: number;
  layoutStyle: number;
  /** Time spent in the extension's own scripts on the page, from a trace (only with the extension). */
  ours: number;
}

interface TraceEvent {
  name: string;
  ph: string;
  dur?: number;
  args?: { data?: { url?: string } };
}

const URL_ = FIXTURE_URLS.meet;

async function metrics(cdp: CDPSession): Promise<Metrics> {
  const { metrics: list } = (await cdp.send('Performance.getMetrics')) as {
    metrics: { name: string; value: number }[];
  };
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

/** The same browser flags as the extension's launcher, without the extension. */
async function launchPlain(): Promise<BrowserContext> {
  return chromium.launchPersistentContext(freshProfileDir('starboard-bench-'), {
    executablePath: ensureChromium(),
    headless: false,
    viewport: { width: 1280, height: 800 },
    args: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
    ],
  });
}

async function sample(
  context: BrowserContext,
  withExtension: boolean,
  windowMs: number,
  traced = false,
): Promise<CallPageSample> {
  const page = await context.newPage();
  await page.goto(URL_);
  if (withExtension) {
    // Steady state: the loader has reported the call and the panel frame is up.
    const deadline = Date.now() + 20_000;
    while (!page.frames().some((f) => f.url().endsWith('/panel.html')) && Date.now() < deadline) {
      await page.waitForTimeout(50);
    }
    if (!page.frames().some((f) => f.url().endsWith('/panel.html'))) throw new Error('no panel frame');
  }
  await page.waitForTimeout(1000);
  // One session for both reads: enabling the domain again would reset the counters.
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const browser = context.browser();
  if (traced) await browser?.startTracing(page, { categories: ['devtools.timeline'] });
  const before = await metrics(cdp);
  await page.waitForTimeout(windowMs);
  const after = await metrics(cdp);
  const trace = traced && browser ? await browser.stopTracing() : undefined;
  await cdp.detach();
  await page.close();
  // Top-level calls into our scripts (watcher reads, observer callbacks, timers): FunctionCall events whose script
  // is one of ours. The extension's own pages run in other processes and are not in this page's trace.
  const ours = trace
    ? (JSON.parse(trace.toString('utf8')) as { traceEvents: TraceEvent[] }).traceEvents
        .filter(
          (e) => e.ph === 'X' && e.name === 'FunctionCall' && e.args?.data?.url?.startsWith('chrome-extension://'),
        )
        .reduce((sum, e) => sum + (e.dur ?? 0) / 1000, 0)
    : 0;
  const delta = (name: string) => ((after[name] ?? 0) - (before[name] ?? 0)) * 1000;
  return {
    task: delta('TaskDuration'),
    script: delta('ScriptDuration'),
    layoutStyle: delta('LayoutDuration') + delta('RecalcStyleDuration'),
    ours,
  };
}

/** Alternates runs with and without the extension, so the machine's noise falls on both alike. */
export async function measureCallPage(runs = 5, windowMs = 10_000) {
  const html = fixturePage('meet', 'in-call', { busy: true });
  const withExt = (await launchWithExtension()).context;
  const plain = await launchPlain();
  for (const context of [withExt, plain]) await serveCallPages(context, [{ url: URL_, html, csp: MEET_LIKE_CSP }]);
  const result = { with: [] as CallPageSample[], without: [] as CallPageSample[], traced: [] as CallPageSample[] };
  try {
    for (let i = 0; i < runs; i++) {
      result.with.push(await sample(withExt, true, windowMs));
      result.without.push(await sample(plain, false, windowMs));
    }
    // Tracing costs the page time of its own, so our scripts' share is measured in runs apart.
    for (let i = 0; i < runs; i++) result.traced.push(await sample(withExt, true, windowMs, true));
  } finally {
    await withExt.close();
    await plain.close();
  }
  return result;
}
