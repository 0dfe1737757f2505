import { expect } from 'vitest';
import type { ExtensionProbe } from '../../harness/extension-api';
import { WAIT } from './dashboard';

/**
 * The sample data seeded on install (utils/samples.ts), as the pages show it: the tests act on these names, so they
 * are written once, here.
 */
export const SAMPLE_PLAN = 'Sample Co · Senior Software Engineer · Hiring manager';
export const CHECKOUT = 'Sample: Rescued the checkout migration';
export const ON_CALL = 'Sample: Led the on-call overhaul across three teams';
export const API_DISPUTE = 'Sample: Settled the API versioning dispute with the mobile team';
/** An item of the built-in closing checklist. */
export const NEXT_STEPS = 'Ask about next steps and the timeline';

/** The sample plan, once seeded: install seeds it while the browser starts, so a test that starts at once waits. */
export async function samplePlan(probe: ExtensionProbe) {
  await expect
    .poll(async () => (await probe.request('plans.list', undefined)).some((p) => p.company === 'Sample Co'), WAIT)
    .toBe(true);
  return (await probe.request('plans.list', undefined)).find((p) => p.company === 'Sample Co')!;
}
