// The journal at scale: 10,000 entries and 300 stories, through Starboard's real API in Chromium (typed runtime
// messages to the background, Dexie, indexes), next to the same operations on a plain IndexedDB database holding
// the same rows, opened by the same extension page. Run by `npm run bench`, or alone: node tests/harness/bench-journal.mjs

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { QUERIES } from './bench-search.mjs';
import { launchWithExtension, ROOT } from './browser.mjs';
import { makeJournalBackup } from './journal-data.mjs';

const ENTRIES = 10_000;
const STORIES = 300;
const SETTLE_MS = 20_000;

/** Runs in the page: the typed-message envelope of utils/api/client.ts, and the raw-IndexedDB equivalents. */
function pageHelpers() {
  const w = /** @type {any} */ (globalThis);
  w.benchSend = async (type, data) => {
    const reply = await chrome.runtime.sendMessage({
      id: Math.floor(Math.random() * 1e9),
      type,
      data,
      timestamp: Date.now(),
    });
    if (!reply || reply.err) throw new Error(`${type}: ${reply?.err?.message ?? 'no answer'}`);
    return reply.res;
  };

  // The old `*terms` normalisation and tokens (utils/journal/search-index.ts `words`), for the raw-IndexedDB column.
  const normalise = (text) =>
    text
      .toLowerCase()
      .normalize('NFKD')
      .replace(/\p{M}+/gu, '')
      .normalize('NFC');
  const tokens = function* (text) {
    for (const match of normalise(text).matchAll(/[\p{L}\p{N}]+/gu)) {
      const cps = Array.from(match[0]);
      if (cps.length < 2) continue;
      yield cps.length > 40 ? cps.slice(0, 40).join('') : match[0];
    }
  };
  const journalTerms = (e) => {
    const texts = [
      e.company,
      e.role,
      e.round,
      ...e.questions.map((q) => q.text),
      e.wentWell,
      e.improve,
      e.reflections,
      e.signals,
      ...e.followUps.map((f) => f.text),
      e.compensationNotes,
      ...e.ratings.map((r) => r.evidence),
    ];
    const terms = new Set();
    for (const text of texts) for (const term of tokens(text)) if (terms.size < 2000) terms.add(term);
    return [...terms];
  };
  const queryTerms = (query) => {
    const unique = [...new Set(tokens(query))];
    return unique.filter((t) => !unique.some((o) => o !== t && o.startsWith(t))).slice(0, 16);
  };
  const done = (request) =>
    new Promise((resolve, reject) => {
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  const finished = (tx) =>
    new Promise((resolve, reject) => {
      tx.oncomplete = () => resolve(undefined);
      tx.onerror = tx.onabort = () => reject(tx.error);
    });

  w.rawOpen = async () => {
    await done(indexedDB.deleteDatabase('bench-raw'));
    const open = indexedDB.open('bench-raw', 1);
    open.onupgradeneeded = () => {
      const db = open.result;
      const journal = db.createObjectStore('journal', { keyPath: 'id' });
      journal.createIndex('date', 'date');
      journal.createIndex('terms', 'terms', { multiEntry: true });
      db.createObjectStore('stories', { keyPath: 'id' });
    };
    w.rawDb = await done(open);
  };
  /** Parse, index words, write everything in one transaction: what an import has to do, minus validation. */
  w.rawImport = async (text) => {
    const backup = JSON.parse(text);
    const rows = backup.tables.journal.map((e) => ({ ...e, terms: journalTerms(e) }));
    const tx = w.rawDb.transaction(['journal', 'stories'], 'readwrite');
    const journal = tx.objectStore('journal');
    const stories = tx.objectStore('stories');
    journal.clear();
    stories.clear();
    for (const row of rows) journal.put(row);
    for (const story of backup.tables.stories) stories.put(story);
    await finished(tx);
  };
  /** The newest 25 through the date index, and the count. */
  w.rawFirstPage = async (offset = 0) => {
    const tx = w.rawDb.transaction('journal', 'readonly');
    const store = tx.objectStore('journal');
    const total = await done(store.count());
    const entries = [];
    await new Promise((resolve, reject) => {
      const cursor = store.index('date').openCursor(null, 'prev');
      let skipped = offset === 0;
      cursor.onsuccess = () => {
        const c = cursor.result;
        if (!c || entries.length === 25) return resolve(undefined);
        if (!skipped) {
          skipped = true;
          c.advance(offset);
          return;
        }
        entries.push(c.value);
        c.continue();
      };
      cursor.onerror = () => reject(cursor.error);
    });
    return { total, entries: entries.length };
  };
  /** The longest word picks candidates from the terms index; the rest are checked on the rows; newest first. */
  w.rawSearch = async (query) => {
    const terms = queryTerms(query);
    const anchor = terms.reduce((a, b) => (b.length > a.length ? b : a));
    const tx = w.rawDb.transaction('journal', 'readonly');
    const store = tx.objectStore('journal');
    const keys = [
      ...new Set(await done(store.index('terms').getAllKeys(IDBKeyRange.bound(anchor, `${anchor}\uffff`)))),
    ];
    const rows = await Promise.all(keys.map((key) => done(store.get(key))));
    const matches = rows
      .filter((row) => terms.every((t) => row.terms.some((word) => word.startsWith(t))))
      .sort((a, b) => b.date - a.date || (a.id < b.id ? 1 : -1));
    return { total: matches.length, entries: matches.slice(0, 25).length };
  };
  /** Every row of both stores, as one JSON text. */
  w.rawExport = async () => {
    const tx = w.rawDb.transaction(['journal', 'stories'], 'readonly');
    const journal = await done(tx.objectStore('journal').getAll());
    const stories = await done(tx.objectStore('stories').getAll());
    return JSON.stringify({ journal: journal.map(({ terms: _t, ...e }) => e), stories }).length;
  };
  w.benchTime = async (fn) => {
    const start = performance.now();
    const result = await fn();
    return { ms: performance.now() - start, result };
  };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const ms = (n) => (n >= 1000 ? `${(n / 1000).toFixed(2)} s` : `${n.toFixed(n < 10 ? 1 : 0)} ms`);

/** @returns {Promise<string>} the Markdown table */
/** The API column of the journal table as committed before this run, by row label: the "before" column. */
const BEFORE = (() => {
  const text = readFileSync(join(ROOT, 'BENCHMARKS.md'), 'utf8');
  const section = /<!-- bench:journal:start -->([\s\S]*?)<!-- bench:journal:end -->/.exec(text)?.[1] ?? '';
  const map = new Map();
  for (const line of section.split('\n')) {
    const cells = line.split('|').map((cell) => cell.trim());
    // Rows of the old three-column table: | label | API | raw |; a rerun of the new one keeps its own "before".
    if (cells.length === 5 && cells[1] && !cells[1].startsWith('---')) map.set(cells[1], cells[2]);
    if (cells.length === 6 && cells[1] && !cells[1].startsWith('---')) map.set(cells[1], cells[2]);
  }
  return map;
})();

/**
 * The service worker's JS heap through the DevTools protocol: a page session reaches the worker's target with
 * Target.attachToTarget (non-flat, so messages go through Target.sendMessageToTarget). Null when unavailable.
 */
async function workerHeap(context, page) {
  try {
    const session = await context.newCDPSession(page);
    const { targetInfos } = await session.send('Target.getTargets');
    const worker = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith('chrome-extension://'));
    if (!worker) return null;
    const { sessionId } = await session.send('Target.attachToTarget', { targetId: worker.targetId, flatten: false });
    let next = 1;
    const call = (method, params = {}) =>
      new Promise((resolve, reject) => {
        const id = next++;
        const listener = (event) => {
          if (event.sessionId !== sessionId) return;
          const message = JSON.parse(event.message);
          if (message.id !== id) return;
          session.off('Target.receivedMessageFromTarget', listener);
          if (message.error) reject(new Error(message.error.message));
          else resolve(message.result);
        };
        session.on('Target.receivedMessageFromTarget', listener);
        void session.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) });
        setTimeout(() => reject(new Error(`${method} timed out`)), 15_000);
      });
    await call('HeapProfiler.collectGarbage');
    const { usedSize } = await call('Runtime.getHeapUsage');
    await session.detach();
    return usedSize;
  } catch (error) {
    console.error('worker heap not measured:', error.message);
    return null;
  }
}

export async function benchJournal({ runs = 5 } = {}) {
  const { context, extensionUrl } = await launchWithExtension();
  try {
    // The first-run dashboard tab subscribes to live queries; close it so only the measured calls run.
    const deadline = Date.now() + 5000;
    while (Date.now() < deadline && !context.pages().some((p) => p.url().includes('dashboard.html'))) {
      await new Promise((r) => setTimeout(r, 100));
    }
    for (const open of context.pages()) await open.close();
    const page = await context.newPage();
    await page.goto(extensionUrl('popup.html'));
    await page.evaluate(pageHelpers);
    const fileBytes = await page.evaluate(
      ([source, options]) => {
        const make = new Function(`return (${source})`)();
        globalThis.benchText = JSON.stringify(make(options));
        return new Blob([globalThis.benchText]).size;
      },
      [makeJournalBackup.toString(), { entries: ENTRIES, stories: STORIES }],
    );
    await page.evaluate(() => globalThis.rawOpen());

    const measure = async (label, api, raw, times = runs) => {
      const apiTimes = [];
      const rawTimes = [];
      for (let i = 0; i < times; i++) {
        // Alternate which goes first, so background work of the database (compaction) does not favour one side.
        if (raw && i % 2 === 1) rawTimes.push((await page.evaluate(raw)).ms);
        apiTimes.push((await page.evaluate(api)).ms);
        if (raw && i % 2 === 0) rawTimes.push((await page.evaluate(raw)).ms);
      }
      const row = { label, api: median(apiTimes), raw: raw ? median(rawTimes) : null };
      console.log(`${label}: ${ms(row.api)}${row.raw === null ? '' : ` (raw ${ms(row.raw)})`}`);
      return row;
    };

    const rows = [];
    const extra = [];
    rows.push(
      await measure(
        'Import the backup file (replace)',
        () =>
          globalThis.benchTime(async () => {
            const result = await globalThis.benchSend('backup.import', { text: globalThis.benchText, mode: 'replace' });
            if (!result.ok) throw new Error(JSON.stringify(result.error));
          }),
        () => globalThis.benchTime(() => globalThis.rawImport(globalThis.benchText)),
      ),
    );
    // The restore kicks off the index rebuild; the first search waits for it: restore end → first answer.
    const build = await page.evaluate(() =>
      globalThis.benchTime(() => globalThis.benchSend('journal.search', { text: 'stakeholder', offset: 0, limit: 25 })),
    );
    // Sanity: both hold the same rows.
    const counts = await page.evaluate(async () => ({
      api: (await globalThis.benchSend('journal.search', { offset: 0, limit: 1 })).total,
      raw: (await globalThis.rawFirstPage()).total,
    }));
    if (counts.api !== ENTRIES || counts.raw !== ENTRIES) throw new Error(`Seeded ${JSON.stringify(counts)}`);
    // After millions of index rows were written, LevelDB compacts for a while; reads are timed once it settles.
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));

    const firstPage = (offset) =>
      [
        () => globalThis.benchTime(() => globalThis.benchSend('journal.search', { offset: OFFSET, limit: 25 })),
        () => globalThis.benchTime(() => globalThis.rawFirstPage(OFFSET)),
      ].map((fn) => new Function(`return ${fn.toString().replaceAll('OFFSET', String(offset))}`)());
    rows.push(await measure('First page (newest 25, with the total)', ...firstPage(0), runs + 2));
    rows.push(await measure('Page 200 (entries 4,976–5,000)', ...firstPage(4975), runs + 2));

    const searchRow = (label, text) => {
      const api = new Function(
        `return () => globalThis.benchTime(() => globalThis.benchSend('journal.search', { text: ${JSON.stringify(text)}, offset: 0, limit: 25 }))`,
      )();
      const raw = new Function(
        `return () => globalThis.benchTime(() => globalThis.rawSearch(${JSON.stringify(text)}))`,
      )();
      return measure(label, api, raw, runs + 2);
    };
    const hits = await page.evaluate(async () => {
      const total = async (text) => (await globalThis.benchSend('journal.search', { text, offset: 0, limit: 1 })).total;
      return { rare: await total('zanpeda'), mid: await total('veluko'), common: await total('stakeholder') };
    });
    rows.push(await searchRow(`Search, a rare word (${hits.rare} matches)`, 'zanpeda'));
    rows.push(await searchRow(`Search, a less common word (${hits.mid} matches)`, 'veluko'));
    rows.push(await searchRow(`Search, a word in most entries (${hits.common} matches)`, 'stakeholder'));
    rows.push(await searchRow('Search, two words (common + less common)', 'stakeholder veluko'));

    // The fixed 50 queries of bench-search.mjs (rare, common, two-word, prefix, typo), each asked 3 times.
    const all = Object.values(QUERIES).flat();
    const times = await page.evaluate(async (queries) => {
      const out = [];
      for (let round = 0; round < 3; round++) {
        for (const text of queries) {
          out.push(
            (await globalThis.benchTime(() => globalThis.benchSend('journal.search', { text, offset: 0, limit: 25 })))
              .ms,
          );
        }
      }
      return out;
    }, all);
    const sorted = [...times].sort((a, b) => a - b);
    const pct = (p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
    const p50 = { label: `Search, the fixed ${all.length} queries (3 rounds): p50`, api: pct(50), raw: null };
    const p95 = {
      label: `Search, the fixed ${all.length} queries (3 rounds): p95 (goal ≤ 50 ms)`,
      api: pct(95),
      raw: null,
    };
    console.log(`${p50.label}: ${ms(p50.api)}; p95 ${ms(p95.api)}`);
    rows.push(p50, p95);
    rows.push({
      label: 'Search index rebuild after the restore (first search waits for it)',
      api: build.ms,
      raw: null,
    });
    // The persisted index (written 2 s after the last change), read straight from the extension's database.
    await new Promise((resolve) => setTimeout(resolve, 6_000));
    const indexBytes = await page.evaluate(
      () =>
        new Promise((resolve) => {
          const open = indexedDB.open('starboard');
          open.onsuccess = () => {
            const get = open.result.transaction('searchIndex').objectStore('searchIndex').get('journal');
            get.onsuccess = () => resolve(get.result ? new Blob([get.result.text]).size : 0);
            get.onerror = () => resolve(0);
          };
          open.onerror = () => resolve(0);
        }),
    );
    const heap = await workerHeap(context, page);
    extra.push(
      `| Search index on disk (serialised, table \`searchIndex\`) | ${(indexBytes / 1024 / 1024).toFixed(1)} MB | |`,
      `| Background worker JS heap with the index loaded (CDP Runtime.getHeapUsage, after GC; goal < 60 MB) | ${heap === null ? 'n/a' : `${(heap / 1024 / 1024).toFixed(1)} MB`} | |`,
    );
    rows.push(
      await measure(
        'Export the full backup (text in the page)',
        () => globalThis.benchTime(() => globalThis.benchSend('backup.export', undefined)),
        () => globalThis.benchTime(() => globalThis.rawExport()),
      ),
    );
    rows.push(
      await measure('Insights aggregates (all four charts)', () =>
        globalThis.benchTime(() => globalThis.benchSend('insights.summary', undefined)),
      ),
    );

    const table = [
      `${ENTRIES.toLocaleString('en')} journal entries and ${STORIES} stories; backup file ${(fileBytes / 1024 / 1024).toFixed(1)} MB. Medians of ${runs} runs (${runs + 2} for pages and searches), timed in an extension page around each call; reads start ${SETTLE_MS / 1000} s after the last import.`,
      '',
      '| operation | before (main, `*terms` index) | Starboard API now (runtime message → background) | raw IndexedDB (same page, same rows) |',
      '| --- | --- | --- | --- |',
      ...rows.map(
        (r) => `| ${r.label} | ${BEFORE.get(r.label) ?? '—'} | ${ms(r.api)} | ${r.raw === null ? '—' : ms(r.raw)} |`,
      ),
      '',
      '| measure | value | |',
      '| --- | --- | --- |',
      ...extra,
    ].join('\n');
    return table;
  } finally {
    await context.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(await benchJournal());
}
