// `npm run bench`: measures and prints one table, then rewrites the generated part of BENCHMARKS.md.
// Sections are added by features as they land; each measures in one run so ratios compare like with like.
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { benchJournal } from './bench-journal.mjs';
import { benchSearch } from './bench-search.mjs';
import { CHROME_BUILD, ROOT } from './browser.mjs';

// Other work on the machine moves every timing; the stamp says how busy it was.
const LOAD_AT_START = loadavg()[0].toFixed(1);
execSync('npx wxt build', { cwd: ROOT, stdio: 'ignore' });

/** A page's or script's own file plus every chunk it imports, transitively: what the browser actually loads. */
function closure(entryFile, seen = new Set()) {
  if (seen.has(entryFile)) return seen;
  seen.add(entryFile);
  const text = readFileSync(join(CHROME_BUILD, entryFile), 'utf8');
  const refs = [
    ...text.matchAll(/(?:src|href)="\/?([^"]+\.(?:js|css))"/g),
    ...text.matchAll(/(?:import|from)\s*\(?\s*["']\.{0,2}\/?((?:chunks|assets)\/[^"']+\.(?:js|css))["']/g),
  ].map((m) => m[1].replace(/^\.\.\//, ''));
  for (const ref of refs) {
    const normalised = ref.replace(/^\.\//, '');
    try {
      statSync(join(CHROME_BUILD, normalised));
      closure(normalised, seen);
    } catch {
      // A reference inside a string that is not a file of ours.
    }
  }
  return seen;
}

function sizeOf(files) {
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const buffer = readFileSync(join(CHROME_BUILD, file));
    raw += buffer.length;
    gzip += gzipSync(buffer).length;
  }
  return { raw, gzip };
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const entries = [
  ...readdirSync(CHROME_BUILD).filter((f) => f.endsWith('.html')),
  'background.js',
  // Injected into call tabs by the background once a call starts: a call page's script like the loaders.
  'panel-frame.js',
  ...(existsSync(join(CHROME_BUILD, 'content-scripts'))
    ? readdirSync(join(CHROME_BUILD, 'content-scripts'), { withFileTypes: true })
    : []
  )
    .filter((d) => d.isFile() && d.name.endsWith('.js'))
    .map((d) => `content-scripts/${d.name}`),
].filter((f) => {
  try {
    return statSync(join(CHROME_BUILD, f)).isFile();
  } catch {
    return false;
  }
});

const rows = entries.map((entry) => {
  const files = [...closure(entry)];
  const { raw, gzip } = sizeOf(files.filter((f) => !f.endsWith('.html')));
  const dexie = files.some(
    (f) => f.endsWith('.js') && readFileSync(join(CHROME_BUILD, f), 'utf8').includes('DatabaseClosedError'),
  );
  return { entry, raw, gzip, dexie };
});

const table = [
  '| bundle | minified (with its chunks) | gzip | carries Dexie | goal |',
  '| --- | --- | --- | --- | --- |',
  ...rows.map(
    (r) =>
      `| ${r.entry} | ${kb(r.raw)} | ${kb(r.gzip)} | ${r.dexie ? 'yes' : 'no'} | ${r.entry.startsWith('content-scripts/') || r.entry === 'panel-frame.js' ? '≤ 8 KB' : ''} |`,
  ),
].join('\n');

console.log(table);

// The call page: main-thread time of a busy Meet call page, with and without the extension (tests/harness/bench-callpage.ts).
const { createJiti } = await import('jiti');
const jiti = createJiti(import.meta.url, { alias: { '@': ROOT } });
const { measureCallPage } = await jiti.import('./bench-callpage.ts');
const RUNS = Number(process.env.BENCH_RUNS) || 5;
const WINDOW_S = 10;
const samples = await measureCallPage(RUNS, WINDOW_S * 1000);
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const ms = (n) => `${n.toFixed(0)} ms`;
const callRows = [
  ['main-thread busy (TaskDuration)', 'task'],
  ['of which script (ScriptDuration)', 'script'],
  ['of which layout + style', 'layoutStyle'],
].map(([label, key]) => {
  const without = median(samples.without.map((s) => s[key]));
  const withExt = median(samples.with.map((s) => s[key]));
  return `| ${label} | ${ms(without)} | ${ms(withExt)} | ${(withExt / without).toFixed(2)} |`;
});
const ours = median(samples.traced.map((s) => s.ours));
const callTable = [
  `| per ${WINDOW_S} s on a busy Meet call page (median of ${RUNS}) | without extension | with Starboard | ratio |`,
  '| --- | --- | --- | --- |',
  ...callRows,
  `| Starboard's own scripts on the page (trace, lower bound) | | ${ours.toFixed(1)} ms | |`,
  // The goal (≤ 0.5 % of wall time) read both ways: our own scripts, and everything the page does more with us.
  `| Starboard's own scripts, share of wall time (goal ≤ 0.5 %) | | ${((ours / (WINDOW_S * 1000)) * 100).toFixed(2)} % | |`,
  `| all extra main-thread time with Starboard (incl. hosting the panel's frame), share of wall time | | ${(((median(samples.with.map((s) => s.task)) - median(samples.without.map((s) => s.task))) / (WINDOW_S * 1000)) * 100).toFixed(2)} % | |`,
].join('\n');
console.log(`\n${callTable}`);

// The in-call panel: toggle, cold mount with 50 stories, the panel page alone (tests/harness/bench-panel.ts).
const { measurePanel } = await jiti.import('./bench-panel.ts');
const PANEL_RUNS = Math.max(7, RUNS);
const panel = await measurePanel(PANEL_RUNS);
const panelRow = (label, values, goal, digits = 0) => {
  const m = median(values);
  const verdict = goal === undefined ? '' : m <= goal ? 'met' : 'missed';
  const range = `${Math.min(...values).toFixed(digits)}–${Math.max(...values).toFixed(digits)} ms`;
  return `| ${label} | ${m.toFixed(digits)} ms | ${range} | ${goal === undefined ? '' : `${goal} ms`} | ${verdict} |`;
};
const mountParts = (key) => panel.mount.map((s) => s[key]);
const panelTable = [
  `| in-call panel, 50 stories, 8 pinned (median of ${PANEL_RUNS} after 2 warm-ups; toggles ${2 * PANEL_RUNS}) | median | min–max | goal | vs goal |`,
  '| --- | --- | --- | --- | --- |',
  panelRow(
    'toggle, frame’s button: click → frame rendered',
    panel.toggleClick.map((s) => s.total),
    16,
    1,
  ),
  panelRow(
    '↳ of which the click reaching the handler and running it',
    panel.toggleClick.map((s) => s.handled),
    undefined,
    1,
  ),
  panelRow('toggle, keyboard command’s path: background → frame rendered', panel.toggleCommand, 16, 1),
  panelRow('cold mount in a call: in-call report → pinned stories rendered', mountParts('total'), 150),
  panelRow('↳ inject frame: report → frame element on the page', mountParts('inject')),
  panelRow('↳ iframe navigation: frame element → panel shell rendered', mountParts('navigate')),
  panelRow('↳ first render with data: shell → pinned stories rendered', mountParts('data')),
  panelRow('(before it: join click → in-call report, the watcher’s debounce)', mountParts('joinToReport')),
  panelRow(
    'panel page alone (panel.html in a tab): navigation start → pinned stories rendered',
    panel.page.map((s) => s.total),
  ),
  panelRow(
    '↳ of which navigation start → panel shell rendered',
    panel.page.map((s) => s.shell),
  ),
].join('\n');
console.log(`\n${panelTable}`);

/** Pads a Markdown table's columns to one width, as the committed file is formatted. */
function aligned(markdown) {
  // Only the tables are padded: prose lines around them (a section's notes) are kept as written.
  const lines = markdown.split('\n');
  const out = [];
  for (let i = 0; i < lines.length; ) {
    if (!lines[i].startsWith('|')) {
      out.push(lines[i]);
      i += 1;
      continue;
    }
    const block = [];
    while (i < lines.length && lines[i].startsWith('|')) block.push(lines[i++]);
    const rows = block.map((line) =>
      line
        .slice(1, -1)
        .split('|')
        .map((cell) => cell.trim()),
    );
    const widths = rows[0].map((_, c) => Math.max(3, ...rows.map((r) => [...(r[c] ?? '')].length)));
    for (const [n, r] of rows.entries()) {
      out.push(
        n === 1
          ? `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`
          : `| ${r.map((cell, c) => cell + ' '.repeat(widths[c] - [...cell].length)).join(' | ')} |`,
      );
    }
  }
  return out.join('\n');
}

const file = join(ROOT, 'BENCHMARKS.md');
const stamp = `Measured ${new Date().toISOString().slice(0, 10)} by \`npm run bench\` on the 2-core CI machine (1-minute load average ${LOAD_AT_START} when it started, ${loadavg()[0].toFixed(1)} when it ended).`;
/** Replaces the generated part of one BENCHMARKS.md section, between its start and end markers. */
function writeSection(name, body) {
  const open = `<!-- bench:${name}:start -->`;
  const close = `<!-- bench:${name}:end -->`;
  const text = readFileSync(file, 'utf8');
  if (!text.includes(open)) throw new Error(`BENCHMARKS.md has no ${open} marker`);
  writeFileSync(
    file,
    text.replace(new RegExp(`${open}[\\s\\S]*?${close}`), () => `${open}\n${stamp}\n\n${aligned(body)}\n${close}`),
  );
}

writeSection('bundles', table);
writeSection('callpage', callTable);
writeSection('panel', panelTable);
const journalBody = await benchJournal();
// The index itself, in Node (CPU time beside wall time: the machine is shared), under the in-browser table.
writeSection(
  'journal',
  `${journalBody}\n\nThe search index and aggregates alone (Node, tests/harness/bench-search.mjs):\n\n${await benchSearch()}`,
);
