// `npm test`: everything, in the order a failure is cheapest to find. Ends with one line
// "N passed, N failed, N skipped" summing every test run (each check that is not a test runner, such as the typecheck,
// counts as one test), after the list of every skipped test.
//
// A skip must say why, in its title: `(skip: <reason>)` (SKIP_REASON in tests/harness/vitest-report.mjs). A skipped
// test (it.skip, it.todo, describe.skip, a skip() in the body, or a test left unrun because its suite's hook failed)
// whose title has no such reason counts as FAILED, so nothing is switched off silently.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ensureChromium, ROOT } from './browser.mjs';
import { ensureFirefox } from './firefox.mjs';
import { tallyReport } from './vitest-report.mjs';

const reports = join(ROOT, 'test-results');
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

let passed = 0;
let failed = 0;
let skipped = 0;
const summary = [];
/** Every skipped test, for the summary, and whether its title names its reason. */
const skips = [];

function run(label, command, args) {
  console.log(`\n▶ ${label}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '0' } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  return { ok: result.status === 0, seconds };
}

function check(label, command, args) {
  const { ok, seconds } = run(label, command, args);
  if (ok) passed += 1;
  else failed += 1;
  summary.push(`${ok ? '✔' : '✖'} ${label} (${seconds} s)`);
  return ok;
}

function vitest(label, config, reportName) {
  const outputFile = join(reports, `${reportName}.json`);
  const { ok, seconds } = run(label, 'npx', [
    'vitest',
    'run',
    '--config',
    config,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${outputFile}`,
  ]);
  if (!existsSync(outputFile)) {
    failed += 1;
    summary.push(`✖ ${label}: the runner produced no report (${seconds} s)`);
    return false;
  }
  const tally = tallyReport(JSON.parse(readFileSync(outputFile, 'utf8')));
  for (const skip of tally.skips) skips.push({ label, ...skip });
  passed += tally.passed;
  failed += tally.failed;
  skipped += tally.skipped;
  summary.push(
    `${ok && tally.failed === 0 ? '✔' : '✖'} ${label}: ${tally.passed} passed, ${tally.failed} failed, ${tally.skipped} skipped (${seconds} s)`,
  );
  if (!ok && tally.failed === 0) failed += 1;
  return ok && tally.failed === 0;
}

for (const [name, ensure] of [
  ['Chromium', ensureChromium],
  ['Firefox ESR', ensureFirefox],
]) {
  try {
    ensure();
  } catch (error) {
    console.error(String(error));
    failed += 1;
    summary.push(`✖ ${name} is not available`);
  }
}

check('typecheck', 'npx', ['tsc', '--noEmit']);
check('format and lint', 'npx', ['biome', 'ci', '.']);
vitest('unit tests', 'tests/vitest.config.ts', 'unit');
const built = check('build for Chrome', 'npx', ['wxt', 'build']);
const builtForFirefox = check('build for Firefox', 'npx', ['wxt', 'build', '-b', 'firefox']);
if (builtForFirefox)
  check('web-ext lint of the Firefox build (zero errors)', 'node', ['tests/harness/firefox-lint.mjs']);
if (built) vitest('end-to-end tests (Chromium; Firefox ESR smoke)', 'tests/vitest.e2e.config.ts', 'e2e');
else {
  failed += 1;
  summary.push('✖ end-to-end tests skipped: the Chrome build failed');
}

const networkReport = join(reports, 'zero-network.jsonl');
if (existsSync(networkReport)) {
  const sessions = readFileSync(networkReport, 'utf8')
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line))
    // The guard's own test plants a leak on purpose to prove it is caught.
    .filter((session) => !session.expectLeak);
  const requests = sessions.reduce((sum, s) => sum + s.requests, 0);
  const leaked = sessions.reduce((sum, s) => sum + s.leaked.length, 0);
  summary.push(
    `${leaked === 0 ? '✔' : '✖'} zero network: ${sessions.length} browser sessions, ${requests} requests recorded, ${leaked} left the browser for the extension`,
  );
}

for (const { label, title, explained } of skips) {
  summary.push(
    explained
      ? `  ↷ skipped (${label}): ${title}`
      : `  ✖ skipped without a reason (${label}), counted as failed: ${title} (name it in the title: "(skip: <reason>)")`,
  );
}

console.log(`\n${summary.join('\n')}`);
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed === 0 ? 0 : 1);
