// The journal search index and the Insights aggregates at 10,000 entries, in Node (issue #16): what the background
// will hold in memory, measured without a browser so the numbers are the index's own. Run alone:
//   node --expose-gc tests/harness/bench-search.mjs
// (without --expose-gc the heap figure includes garbage and is marked so). TypeScript is loaded through jiti, as
// bench.mjs loads its .ts harnesses.
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeJournalBackup } from './journal-data.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const ENTRIES = 10_000;
const RUNS = 20;

// The generator's long tail of made-up words (journal-data.mjs): RARE[i] is three syllables picked from i; the
// higher i, the rarer the word.
const SYLLABLES = 'ba ko ri ta ne lu mi so da ve zan fi go hu pe ra ti mo ke li'.split(' ');
const rare = (i) => [i % 20, Math.floor(i / 20) % 20, Math.floor(i / 400) % 20].map((s) => SYLLABLES[s]).join('');

/** 50 fixed queries, 10 of each kind the issue names. */
export const QUERIES = {
  rare: [3490, 4100, 5003, 6100, 7001, 7555, 3999, 4800, 6666, 7900].map(rare),
  common: [
    'stakeholder',
    'kubernetes',
    'migration',
    'latency',
    'incident',
    'pipeline',
    'roadmap',
    'customer',
    'security',
    'platform',
  ],
  'two-word': [
    'stakeholder veluko',
    'kubernetes migration',
    'latency incident',
    'customer launch',
    'budget roadmap',
    'rollout outage',
    'caching design',
    'hiring onboarding',
    'security audit',
    'mobile android',
  ],
  prefix: ['stake', 'kube', 'migr', 'lat', 'incid', 'pipe', 'obser', 'reliab', 'negot', 'shard'],
  typo: [
    'kubernets',
    'stakeholdr',
    'migraton',
    'latencu',
    'incidemt',
    'pipelime',
    'roadmep',
    'cusomer',
    'securty',
    `${rare(3490).slice(0, -1)}o`,
  ],
};

const gc = globalThis.gc;
const heapUsed = () => {
  gc?.();
  gc?.();
  return process.memoryUsage().heapUsed;
};
const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};
/**
 * Wall time, and the process's CPU time: on a 2-core machine shared with other work, wall time mostly measures
 * the wait for a core, CPU time what the code itself costs.
 */
const time = (fn) => {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const result = fn();
  const ms = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return { ms, cpu: (used.user + used.system) / 1000, result };
};
const ms = (n) => (n >= 1000 ? `${(n / 1000).toFixed(2)} s` : `${n.toFixed(n < 10 ? 2 : 0)} ms`);
const mb = (n) => `${(n / 1024 / 1024).toFixed(1)} MB`;

/** @returns {Promise<string>} the Markdown table */
export async function benchSearch() {
  const { createJiti } = await import('jiti');
  const jiti = createJiti(import.meta.url, { alias: { '@': ROOT } });
  const { JournalSearchIndex, journalState } = await jiti.import('../../utils/journal/search-index.ts');
  const { aggregatesOf, apply, insightsOf } = await jiti.import('../../utils/insights/aggregates.ts');

  const loadAtStart = loadavg()[0].toFixed(1);
  const generate = () => makeJournalBackup({ entries: ENTRIES, stories: 300 }).tables.journal;
  const rows = [];
  const row = (label, value) => {
    rows.push([label, value]);
    console.log(`${label}: ${value}`);
  };
  const spread = (times) => `${ms(percentile(times, 50))} / ${ms(percentile(times, 95))}`;

  // Phase 1, the index alone: what the background holds once it has loaded the persisted text. Everything else
  // (the entries, the built copy, the text) is dropped before the heap is read.
  /** In a function of its own, so nothing of the build outlives it in the caller's frame. */
  const buildAndReload = () => {
    const entries = generate();
    // Built a few times: the first run also compiles the code paths.
    const builds = [];
    let built;
    for (let i = 0; i < 3; i++) {
      const run = time(() => JournalSearchIndex.build(entries));
      builds.push(run.ms);
      built = run.result;
    }
    row('Index build (10,000 entries, median of 3)', ms(percentile(builds, 50)));
    const serialised = time(() => built.serialise());
    row('Serialise / size of the text', `${ms(serialised.ms)} / ${mb(Buffer.byteLength(serialised.result, 'utf8'))}`);
    const loaded = time(() => JournalSearchIndex.deserialise(serialised.result, journalState(entries)));
    if (!loaded.result) throw new Error('The serialised index did not load');
    row('Load from the text (deserialise, checksum checked)', ms(loaded.ms));
    return loaded.result;
  };
  const heapBefore = heapUsed();
  const index = buildAndReload();
  const heapWithIndex = heapUsed();
  row(
    `Heap with the index loaded${gc ? '' : ' (no --expose-gc: includes garbage)'}`,
    `${mb(heapWithIndex - heapBefore)} over the process without it (${mb(heapWithIndex)} in all)`,
  );

  // Phase 2, upkeep: the aggregates' full recompute (what opening Insights costs today, minus IndexedDB), the
  // charts from running aggregates, and the cost of one journal write to each.
  const entries = generate();
  const full = time(() => aggregatesOf(entries));
  row('Insights aggregates, full recompute', ms(full.ms));
  const charts = [];
  for (let i = 0; i < RUNS; i++) charts.push(time(() => insightsOf(full.result)).ms);
  row('Insights charts from the running aggregates (p50 / p95)', spread(charts));
  const writes = [];
  const indexWrites = [];
  for (let i = 0; i < 1000; i++) {
    const before = entries[(i * 7919) % ENTRIES];
    const after = { ...before, outcome: 'offer', round: 'Final', updatedAt: before.updatedAt + 1 };
    writes.push(time(() => apply(full.result, before, after)).ms);
    indexWrites.push(time(() => index.replace(after)).ms);
    entries[(i * 7919) % ENTRIES] = after;
  }
  row('Aggregates apply(before, after), one write (p50 / p95)', spread(writes));
  row('Index replace(entry), one write (p50 / p95)', spread(indexWrites));

  const all = [];
  const allCpu = [];
  const table = [];
  for (const [kind, queries] of Object.entries(QUERIES)) {
    const kindTimes = [];
    const kindCpu = [];
    const p95s = [];
    let hits = 0;
    for (const query of queries) {
      index.search(query); // warm-up
      const times = [];
      for (let i = 0; i < RUNS; i++) {
        const run = time(() => index.search(query, {}, { offset: 0, limit: 25 }));
        times.push(run.ms);
        kindCpu.push(run.cpu);
        hits += i === 0 ? run.result.total : 0;
      }
      kindTimes.push(...times);
      p95s.push(percentile(times, 95));
      if (hits === 0) console.warn(`no hits for ${query}`);
    }
    all.push(...kindTimes);
    allCpu.push(...kindCpu);
    table.push(
      `| search, ${kind} (10 queries, ${Math.round(hits / queries.length)} hits each on average) | ${ms(percentile(kindTimes, 50))} | ${ms(percentile(kindTimes, 95))} | ${ms(Math.max(...p95s))} | ${spread(kindCpu)} |`,
    );
  }
  const filtered = [];
  const filteredCpu = [];
  for (let i = 0; i < RUNS; i++) {
    const run = time(() => index.search('stakeholder', { outcome: 'offer', from: Date.UTC(2025, 0, 1) }));
    filtered.push(run.ms);
    filteredCpu.push(run.cpu);
  }
  table.push(
    `| search, common word + outcome + date range | ${spread(filtered).replace(' / ', ' | ')} | — | ${spread(filteredCpu)} |`,
  );
  const browse = [];
  const browseCpu = [];
  for (let i = 0; i < RUNS; i++) {
    const run = time(() => index.search('', {}, { offset: 4975, limit: 25 }));
    browse.push(run.ms);
    browseCpu.push(run.cpu);
  }
  table.push(
    `| empty query, page 200 (newest first) | ${spread(browse).replace(' / ', ' | ')} | — | ${spread(browseCpu)} |`,
  );
  console.log(table.join('\n'));

  return [
    `Journal search index and Insights aggregates, Node ${process.version}, ${ENTRIES.toLocaleString('en')} generated entries (tests/harness/journal-data.mjs), load average ${loadAtStart} at the start, ${loadavg()[0].toFixed(1)} at the end (2 cores); ${RUNS} runs per query.`,
    '',
    '| measure | value |',
    '| --- | --- |',
    ...rows.map(([label, value]) => `| ${label} | ${value} |`),
    '',
    '| queries | p50 | p95 | worst query p95 | CPU time p50 / p95 |',
    '| --- | --- | --- | --- | --- |',
    ...table,
    `| all 50 queries | ${ms(percentile(all, 50))} | ${ms(percentile(all, 95))} | — | ${spread(allCpu)} |`,
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(await benchSearch());
}
