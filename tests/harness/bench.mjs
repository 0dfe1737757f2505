// `npm run bench`: measures and prints one table, then rewrites the generated part of BENCHMARKS.md.
// Sections are added by features as they land; each measures in one run so ratios compare like with like.
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { benchJournal } from './bench-journal.mjs';
import { CHROME_BUILD, ROOT } from './browser.mjs';

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
      `| ${r.entry} | ${kb(r.raw)} | ${kb(r.gzip)} | ${r.dexie ? 'yes' : 'no'} | ${r.entry.startsWith('content-scripts/') ? '≤ 8 KB' : ''} |`,
  ),
].join('\n');

console.log(table);

const file = join(ROOT, 'BENCHMARKS.md');
const start = '<!-- bench:bundles:start -->';
const end = '<!-- bench:bundles:end -->';
const doc = readFileSync(file, 'utf8');
const stamp = `Measured ${new Date().toISOString().slice(0, 10)} by \`npm run bench\` on the 2-core CI machine.`;
writeFileSync(file, doc.replace(new RegExp(`${start}[\\s\\S]*?${end}`), `${start}\n${stamp}\n\n${table}\n${end}`));

/** Replaces the generated part of one BENCHMARKS.md section, between its start and end markers. */
function writeSection(name, body) {
  const open = `<!-- bench:${name}:start -->`;
  const close = `<!-- bench:${name}:end -->`;
  const text = readFileSync(file, 'utf8');
  if (!text.includes(open)) throw new Error(`BENCHMARKS.md has no ${open} marker`);
  const when = `Measured ${new Date().toISOString().slice(0, 10)} by \`npm run bench\` on the 2-core CI machine.`;
  writeFileSync(
    file,
    text.replace(new RegExp(`${open}[\\s\\S]*?${close}`), () => `${open}\n${when}\n\n${body}\n${close}`),
  );
}

writeSection('journal', await benchJournal());
