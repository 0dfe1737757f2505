// `npm test`: everything, in the order a failure is cheapest to find. Ends with one line "N passed, N failed"
// summing every test run (each check that is not a test runner, such as the typecheck, counts as one test).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ensureChromium, ROOT } from './browser.mjs';
import { ensureFirefox } from './firefox.mjs';

const reports = join(ROOT, 'test-results');
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

let passed = 0;
let failed = 0;
const summary = [];

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
  const report = JSON.parse(readFileSync(outputFile, 'utf8'));
  // A suite that fails to load has no test results of its own: count it as a failure so it cannot hide.
  const brokenFiles = report.testResults.filter(
    (file) => file.status === 'failed' && file.assertionResults.length === 0,
  ).length;
  passed += report.numPassedTests;
  failed += report.numFailedTests + brokenFiles;
  summary.push(
    `${ok ? '✔' : '✖'} ${label}: ${report.numPassedTests} passed, ${report.numFailedTests + brokenFiles} failed (${seconds} s)`,
  );
  if (!ok && report.numFailedTests + brokenFiles === 0) failed += 1;
  return ok;
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

console.log(`\n${summary.join('\n')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
