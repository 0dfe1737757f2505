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
