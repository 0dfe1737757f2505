// Reading a Vitest JSON report (--reporter=json) for `npm test`'s summary (tests/harness/test-all.mjs).

/**
 * A skip must say why, in its title: `(skip: <reason>)`, the reason not empty, e.g. a skipped test titled
 *   'badges the slim tab (skip: quarantined, races the on-screen observer)'
 * One form only, so a reader (and this check) finds every reason the same way.
 */
export const SKIP_REASON = /\(skip: [^)\s][^)]*\)/;

/** Vitest's statuses for a test that did not run: it.skip/describe.skip, it.todo, a skip() in the body. */
const SKIPPED_STATUSES = new Set(['pending', 'skipped', 'todo']);

/**
 * Passed, failed and skipped tests of one report. A file that failed to load has no test results of its own: it
 * counts as one failure so it cannot hide. A skipped test whose title does not name its reason counts as failed, not
 * skipped (that includes tests left unrun because their suite's hook failed).
 * @param {{ numPassedTests: number, numFailedTests: number, testResults: Array<{ status: string, assertionResults: Array<{ status: string, title: string, fullName?: string }> }> }} report
 */
export function tallyReport(report) {
  const brokenFiles = report.testResults.filter(
    (file) => file.status === 'failed' && file.assertionResults.length === 0,
  ).length;
  const skips = report.testResults.flatMap((file) =>
    file.assertionResults
      .filter((test) => SKIPPED_STATUSES.has(test.status))
      .map((test) => ({ title: test.fullName || test.title, explained: SKIP_REASON.test(test.title) })),
  );
  const unexplained = skips.filter((test) => !test.explained).length;
  return {
    passed: report.numPassedTests,
    failed: report.numFailedTests + brokenFiles + unexplained,
    skipped: skips.length - unexplained,
    skips,
  };
}
