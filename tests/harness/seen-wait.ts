/**
 * Seen means on screen for a second (closing.seen, SEEN_DWELL_MS) before the reminder badges go: e2e tests wait for
 * that real condition, past expect.poll's one-second default.
 */
export const SEEN_WAIT = { timeout: 10_000, interval: 200 };
