// The panel section of `npm run bench` (loaded by bench.mjs through jiti): how fast the in-call panel toggles, how
// fast it mounts in a call with 50 stories, and how fast the panel page alone shows the pinned stories.
//
// Nothing here ships: the extension is the built one, untouched. What the extension's isolated world does cannot be
// timed from outside, so each figure is read where it becomes observable: the call page's main world (which can
// watch the frame's DOM through a node handle the DevTools protocol gives it, closed shadow root or not), the panel
// page's own timeline (Playwright evaluates in extension frames, and its init scripts run there), and the service
// worker (which sees the loader's report arrive).
import type { BrowserContext, CDPSession, Frame, Page, Worker } from 'playwright-core';
import { FIXTURE_URLS, fixturePage } from '../fixtures/platforms/index';
import { launchWithExtension } from './browser.mjs';
import { MEET_LIKE_CSP, serveCallPages } from './call-pages';
import { ExtensionProbe } from './extension-api';

const URL_ = FIXTURE_URLS.meet;
const STORIES = 50;
const PINNED = 8;
const WARM_UP = 2;

/** Milliseconds, each from the same start: the loader's in-call report reaching the background. */
export interface MountSample {
  /** Join clicked → in-call report (the watcher's debounce, by design; before the measured span). */
  joinToReport: number;
  /** Report → frame element on the call page (frame.mount, panel-frame.js injected, its prefs read, drawn). */
  inject: number;
  /** Frame element → the panel page's shell rendered (navigation, HTML, scripts, Preact's first render). */
  navigate: number;
  /** Shell → first pinned story in the DOM, and the frame after it (live subscriptions answered, rendered). */
  data: number;
  total: number;
}

export interface PageSample {
  /** Navigation start → the panel's shell rendered. */
  shell: number;
  /** Navigation start → first pinned story in the DOM and the frame after it. */
  total: number;
}

export interface ToggleSample {
  /** The click's input timestamp → the frame's `hidden` flipped (the handler has run). */
  handled: number;
  /** The click's input timestamp → the animation frame after it has been rendered. */
  total: number;
}

export interface PanelSamples {
  mount: MountSample[];
  page: PageSample[];
  toggleClick: ToggleSample[];
  /** The keyboard command's path: the background's `starboard/frame` toggle → frame rendered (cross-process). */
  toggleCommand: number[];
}

interface PanelMarks {
  shell?: number;
  firstPinned?: number;
  painted?: number;
}

type BenchWindow = typeof globalThis & {
  __benchPanel?: PanelMarks;
  __benchMount?: { hostAt?: number; joinAt?: number };
  __benchToggle?: {
    clickAt?: number;
    changes: { hidden: boolean; at: number; changedAt: number; paintedAt: number }[];
  };
  __benchReports?: { type: string; state?: string; at: number }[];
};

/**
 * In every panel page (framed or in a tab), from its first moment: when the app's shell appears, when the first pinned
 * story is in the DOM, and when the frame after that has been rendered (a task posted from requestAnimationFrame runs
 * after that frame's style, layout and paint). Page-relative times, so they start at the panel's navigation start.
 */
function instrumentPanelPages(): void {
  if (location.protocol !== 'chrome-extension:' || !location.pathname.endsWith('/panel.html')) return;
  const marks: PanelMarks = {};
  (globalThis as BenchWindow).__benchPanel = marks;
  const observer = new MutationObserver(() => {
    marks.shell ??= document.getElementById('app')?.firstChild ? performance.now() : undefined;
    if (!document.querySelector('.pinned .cue-story')) return;
    observer.disconnect();
    marks.firstPinned = performance.now();
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        marks.painted = performance.now();
      };
      channel.port2.postMessage(null);
    });
  });
  observer.observe(document, { childList: true, subtree: true });
}

/** Every call report as the service worker receives it, in epoch milliseconds. */
async function recordReports(worker: Worker): Promise<void> {
  await worker.evaluate(() => {
    const self = globalThis as BenchWindow;
    if (self.__benchReports) return;
    const seen: { type: string; state?: string; at: number }[] = [];
    self.__benchReports = seen;
    chrome.runtime.onMessage.addListener((message) => {
      const at = performance.timeOrigin + performance.now();
      if (message?.type === 'call.report') seen.push({ type: message.type, state: message.data?.state, at });
    });
  });
}

async function reports(worker: Worker): Promise<{ type: string; state?: string; at: number }[]> {
  return worker.evaluate(() => (globalThis as BenchWindow).__benchReports ?? []);
}

function panelFrame(page: Page): Frame | undefined {
  return page.frames().find((f) => /\/panel.html/.test(f.url()));
}

async function poll<T>(
  read: () => Promise<T | undefined> | T | undefined,
  what: string,
  timeoutMs = 20_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((done) => setTimeout(done, 20));
  }
}

async function painted(frame: Frame | Page): Promise<Required<PanelMarks> & { origin: number }> {
  return poll(
    () =>
      frame
        .evaluate(() => {
          const marks = (globalThis as BenchWindow).__benchPanel;
          return marks?.painted === undefined ? undefined : { ...marks, origin: performance.timeOrigin };
        })
        .catch(() => undefined) as Promise<(Required<PanelMarks> & { origin: number }) | undefined>,
    'the pinned stories',
  );
}

const PARAGRAPH =
  'The team had shipped three releases late in a row, and the on-call rotation was burning people out; I mapped ' +
  'where the time went, agreed the two changes that mattered with both leads, and followed them through.';

/** 50 stories through the real API, and a plan for the Meet link with 8 of them pinned. Samples removed first. */
async function seed(context: BrowserContext, extensionUrl: (path: string) => string): Promise<void> {
  const probe = await ExtensionProbe.open(context, extensionUrl);
  await probe.request('samples.remove', undefined);
  const ids: string[] = [];
  for (let i = 1; i <= STORIES; i++) {
    const story = await probe.request('stories.save', {
      title: `Story ${i}: rebuilt the release process for team ${i}`,
      hook: `Lead time fell from ${10 + i} days to ${2 + (i % 5)}.`,
      situation: PARAGRAPH,
      task: PARAGRAPH,
      action: `${PARAGRAPH} ${PARAGRAPH}`,
      result: PARAGRAPH,
      resultMetrics: `${20 + i}% fewer incidents`,
      competencies: [['leadership', 'ownership-delivery'], ['collaboration'], ['technical-problem-solving']][i % 3]!,
      strength: ((i % 5) + 1) as 1 | 2 | 3 | 4 | 5,
      domain: 'platform',
    });
    ids.push(story.id);
  }
  await probe.request('plans.save', {
    company: 'Bench Co',
    role: 'Staff Engineer',
    round: 'Onsite',
    status: 'planned',
    plannedMinutes: 45,
    meetingUrl: URL_,
    pinnedStoryIds: ids.slice(0, PINNED),
  });
  await probe.close();
}

/** One cold mount: a fresh call tab, the join, and the panel frame until its pinned stories are on screen. */
async function mountOnce(context: BrowserContext, worker: Worker): Promise<{ page: Page; sample: MountSample }> {
  const before = (await reports(worker)).length;
  const page = await context.newPage();
  await page.goto(URL_);
  // The loader is watching once the lobby has been reported.
  await poll(async () => ((await reports(worker)).length > before ? true : undefined), 'the lobby report');
  await page.evaluate(() => {
    const marks: NonNullable<BenchWindow['__benchMount']> = {};
    (globalThis as BenchWindow).__benchMount = marks;
    addEventListener('click', (e) => (marks.joinAt ??= performance.timeOrigin + e.timeStamp), true);
    // The frame's host is the only element anyone appends to <html> itself (the fixture swaps <body>'s content).
    new MutationObserver((records) => {
      if (records.some((r) => [...r.addedNodes].some((n) => n.nodeName === 'DIV')))
        marks.hostAt ??= performance.timeOrigin + performance.now();
    }).observe(document.documentElement, { childList: true });
  });
  const seen = (await reports(worker)).length;
  await page.getByRole('button', { name: 'Jetzt teilnehmen' }).click();
  const frame = await poll(() => panelFrame(page), 'the panel frame');
  const marks = await painted(frame);
  const mount = await page.evaluate(() => (globalThis as BenchWindow).__benchMount!);
  const report = (await reports(worker)).slice(seen).find((r) => r.type === 'call.report' && r.state === 'in-call');
  if (!report || mount.hostAt === undefined || mount.joinAt === undefined) throw new Error('a mark is missing');
  const shellAt = marks.origin + marks.shell;
  const paintedAt = marks.origin + marks.painted;
  return {
    page,
    sample: {
      joinToReport: report.at - mount.joinAt,
      inject: mount.hostAt - report.at,
      navigate: shellAt - mount.hostAt,
      data: paintedAt - shellAt,
      total: paintedAt - report.at,
    },
  };
}

async function pageOnce(context: BrowserContext, url: string): Promise<PageSample> {
  const page = await context.newPage();
  await page.goto(url);
  const marks = await painted(page);
  await page.close();
  return { shell: marks.shell, total: marks.painted };
}

interface FrameNodes {
  frame: number;
  collapse: number;
  tab: number;
}

interface DomNode {
  backendNodeId: number;
  nodeName: string;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
}

/** The frame's own elements, found through the closed shadow root the way DevTools sees them. */
async function frameNodes(cdp: CDPSession): Promise<FrameNodes> {
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
  const found: Partial<FrameNodes> = {};
  const visit = (node: DomNode) => {
    const attrs = node.attributes ?? [];
    const cls = attrs[attrs.indexOf('class') + 1];
    if (attrs.includes('class')) {
      if (node.nodeName === 'SECTION' && cls === 'f') found.frame = node.backendNodeId;
      if (node.nodeName === 'BUTTON' && cls === 't') found.tab = node.backendNodeId;
      if (node.nodeName === 'BUTTON' && cls === '' && attrs.includes('aria-expanded'))
        found.collapse = node.backendNodeId;
    }
    for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) visit(child);
  };
  visit(root);
  if (!found.frame || !found.tab || !found.collapse) throw new Error('the frame’s elements were not found');
  return found as FrameNodes;
}

/**
 * Watches the frame's `hidden` flag from the page's main world: a MutationObserver (a microtask after the handler that
 * set it), then the next animation frame and a task after it, when that frame has been rendered.
 */
async function watchFrame(cdp: CDPSession, nodes: FrameNodes): Promise<void> {
  const { object } = (await cdp.send('DOM.resolveNode', { backendNodeId: nodes.frame })) as {
    object: { objectId: string };
  };
  await cdp.send('Runtime.callFunctionOn', {
    objectId: object.objectId,
    functionDeclaration: `function () {
      const frame = this;
      const state = (window.__benchToggle = { changes: [] });
      addEventListener('click', (e) => { state.clickAt = e.timeStamp; }, true);
      let hidden = frame.hidden;
      new MutationObserver(() => {
        if (frame.hidden === hidden) return;
        hidden = frame.hidden;
        const changedAt = performance.now();
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () =>
            state.changes.push({ hidden, changedAt, paintedAt: performance.now(), at: state.clickAt });
          channel.port2.postMessage(null);
        });
      }).observe(frame, { attributes: true, attributeFilter: ['hidden'] });
    }`,
  });
}

async function changeCount(page: Page): Promise<number> {
  return page.evaluate(() => (globalThis as BenchWindow).__benchToggle!.changes.length);
}

async function nextChange(page: Page, count: number) {
  await poll(async () => ((await changeCount(page)) > count ? true : undefined), 'the frame to toggle');
  return page.evaluate((i) => {
    const toggle = (globalThis as BenchWindow).__benchToggle!;
    return { ...toggle.changes[i]!, origin: performance.timeOrigin };
  }, count);
}

async function clickNode(page: Page, cdp: CDPSession, backendNodeId: number): Promise<void> {
  const { model } = (await cdp.send('DOM.getBoxModel', { backendNodeId })) as { model: { content: number[] } };
  const [x1, y1, , , x3, y3] = model.content as [number, number, number, number, number, number];
  await page.mouse.click((x1 + x3) / 2, (y1 + y3) / 2);
}

const settle = (page: Page) => page.waitForTimeout(250);

/** Collapse and expand by mouse, alternating: the collapse button, then the slim tab. */
async function toggleByClick(page: Page, cdp: CDPSession, nodes: FrameNodes, runs: number): Promise<ToggleSample[]> {
  const samples: ToggleSample[] = [];
  for (let i = 0; i < WARM_UP + runs; i++) {
    const count = await changeCount(page);
    const collapsed = await page.evaluate(() => (globalThis as BenchWindow).__benchToggle!.changes.at(-1)?.hidden);
    await clickNode(page, cdp, collapsed ? nodes.tab : nodes.collapse);
    const change = await nextChange(page, count);
    if (i >= WARM_UP) samples.push({ handled: change.changedAt - change.at, total: change.paintedAt - change.at });
    await settle(page);
  }
  return samples;
}

/** The keyboard command's path from the background on: the same `starboard/frame` toggle `relayToLoader` sends. */
async function toggleByCommand(page: Page, worker: Worker, tabId: number, runs: number): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < WARM_UP + runs; i++) {
    const count = await changeCount(page);
    const sentAt = await worker.evaluate((tabId) => {
      const at = performance.timeOrigin + performance.now();
      void chrome.tabs.sendMessage(tabId, { type: 'starboard/frame', action: 'toggle' }, { frameId: 0 });
      return at;
    }, tabId);
    const change = await nextChange(page, count);
    if (i >= WARM_UP) samples.push(change.origin + change.paintedAt - sentAt);
    await settle(page);
  }
  return samples;
}

interface Bench {
  context: BrowserContext;
  worker: Worker;
  extensionUrl: (path: string) => string;
}

/** A browser with the extension, 50 stories and the plan, a fixture Meet call page, and the panel instrumented. */
export async function openBench(extensionPath?: string): Promise<Bench> {
  const { context, extensionUrl } = await launchWithExtension(extensionPath ? { extensionPath } : {});
  try {
    // The dashboard opened on install seeds the samples before it opens; it would also re-render on every write.
    const dashboard =
      context.pages().find((p) => p.url().endsWith('/dashboard.html')) ??
      (await context.waitForEvent('page', { predicate: (p) => p.url().endsWith('/dashboard.html') }));
    await dashboard.close();
    await seed(context, extensionUrl);
    await context.addInitScript(instrumentPanelPages);
    await serveCallPages(context, [{ url: URL_, html: fixturePage('meet', 'lobby'), csp: MEET_LIKE_CSP }]);
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await recordReports(worker);
    return { context, worker, extensionUrl };
  } catch (error) {
    await context.close();
    throw error;
  }
}

export async function callTabId({ worker }: Bench): Promise<number> {
  return worker.evaluate(async (url) => (await chrome.tabs.query({ url }))[0]?.id ?? -1, URL_);
}

export async function measurePanel(runs = 7): Promise<PanelSamples> {
  const bench = await openBench();
  const { context, worker, extensionUrl } = bench;
  const result: PanelSamples = { mount: [], page: [], toggleClick: [], toggleCommand: [] };
  try {
    // Each mount in a new tab; closing it ends its call. The last one stays for the toggles and the side panel.
    let call: Page | undefined;
    for (let i = 0; i < WARM_UP + runs; i++) {
      await call?.close();
      const { page, sample } = await mountOnce(context, worker);
      call = page;
      if (i >= WARM_UP) result.mount.push(sample);
    }
    const page = call!;
    const tabId = await callTabId(bench);

    // The panel page on its own, as the side panel shows it beside that call tab.
    for (let i = 0; i < WARM_UP + runs; i++) {
      const sample = await pageOnce(context, extensionUrl(`panel.html?tabId=${tabId}`));
      if (i >= WARM_UP) result.page.push(sample);
    }

    await page.bringToFront();
    const cdp = await context.newCDPSession(page);
    const nodes = await frameNodes(cdp);
    await watchFrame(cdp, nodes);
    result.toggleClick = await toggleByClick(page, cdp, nodes, runs * 2);
    result.toggleCommand = await toggleByCommand(page, worker, tabId, runs * 2);
    await cdp.detach();
  } finally {
    await context.close();
  }
  return result;
}
