// `web-ext lint` on the Firefox build: Mozilla's add-on linter. Zero errors required; warnings are printed.
import { spawnSync } from 'node:child_process';
import { FIREFOX_BUILD, ROOT } from './browser.mjs';

const result = spawnSync(
  'npx',
  ['web-ext', 'lint', '--source-dir', FIREFOX_BUILD, '--output', 'json', '--no-config-discovery'],
  {
    cwd: ROOT,
    encoding: 'utf8',
  },
);
const start = result.stdout.indexOf('{');
if (start < 0) {
  console.error(result.stdout, result.stderr);
  process.exit(1);
}
const report = JSON.parse(result.stdout.slice(start));
for (const message of [...report.errors, ...report.warnings]) {
  console.log(`${message._type} ${message.code} ${message.file ?? ''}: ${message.message}`);
}
console.log(
  `web-ext lint: ${report.summary.errors} errors, ${report.summary.warnings} warnings, ${report.summary.notices} notices`,
);
process.exit(report.summary.errors === 0 ? 0 : 1);
