import { type PlatformAdapter, selectorSignals } from './types';

/**
 * Microsoft Teams on the web (teams.microsoft.com, teams.live.com, teams.cloud.microsoft), signed in or as a guest.
 * Teams gives its controls stable ids and `data-tid` test ids in every language; those are all this reads.
 *
 * - in-call: the hang-up control, `#hangup-button` (a wrapper in v2, a bare button for guests) or its `data-tid`
 *   spellings `hangup-main-btn` / `call-hangup` / `hangup-button`, the guest's `anon-hangup-button`, and
 *   `[data-inp="hangup-button"]` (Vexa-ai/vexa, services/vexa-bot/core/src/platforms/msteams/selectors.ts;
 *   Zerg00s/Live-Captions-Saver, teams-captions-saver/content_script.js and
 *   Standalone-scripts/teams-caption-saver-console.js; attendee-labs/attendee,
 *   bots/teams_bot_adapter/teams_ui_methods.py click_leave_button; vivek-nexus/transcriptonic,
 *   extension/content-teams.js waits for `#hangup-button` as the meeting start).
 * - lobby: the pre-join screen, `[data-tid="calling-prejoin-screen"]` / `[data-tid="prejoin-screen"]`, with its
 *   `prejoin-join-button`.
 * - waiting: the same pre-join screen after "Join now", its join button now disabled while "someone will let you in"
 *   (attendee-labs/attendee, bots/teams_bot_adapter/teams_ui_methods.py: an *enabled* join button after joining
 *   means the lobby connection failed), with its `prejoin-cancel-button` (clicked there to leave the waiting room
 *   when it times out). A hang-up control shown over that screen is still waiting.
 * - ended: the post-call screen `[data-tid="call-ended-screen"]`, the guest end screen
 *   `[data-tid^="anon-meeting-end-screen"]` (its -header and -rejoin-button, which public Teams bots wait for to know
 *   a guest's meeting ended; the search index found them without naming the repositories, see the report),
 *   and the retry screen (`calling-retry-screen`, `[data-tid^="calling-retry-"]`), which Teams shows for a denied
 *   request or a lost connection (attendee-labs/attendee teams_ui_methods.py dismisses a denial through
 *   `calling-retry-cancelbutton`). Teams often just returns to chat instead; the watcher ends a call whose page stops
 *   showing any state, which covers that.
 *
 * Teams is one single-page app for chat and calls, so any page on these hosts is watched and "no call UI" is null.
 */

const SELECTORS = {
  hangup:
    '#hangup-button,[data-tid="hangup-main-btn"],[data-tid="call-hangup"],[data-tid="hangup-button"],[data-tid="anon-hangup-button"],[data-inp="hangup-button"]',
  prejoinScreen: '[data-tid="calling-prejoin-screen"],[data-tid="prejoin-screen"]',
  joinButton: '#prejoin-join-button,[data-tid="prejoin-join-button"]',
  cancelJoin: '[data-tid="prejoin-cancel-button"]',
  joinButtonDisabled:
    '#prejoin-join-button:is([disabled],[aria-disabled="true"]),[data-tid="prejoin-join-button"]:is([disabled],[aria-disabled="true"])',
  endedScreen: '[data-tid="call-ended-screen"],[data-tid^="anon-meeting-end-screen"]',
  retryScreen: 'calling-retry-screen,[data-tid^="calling-retry-"]',
} as const;
/** The share control reports its toggled state through ARIA; the stop-sharing bar has its own test id. */
const PRESENTING =
  '#screenshare-button[aria-pressed="true"],#share-button[aria-pressed="true"],[data-tid="call-screen-share-stop"]';

export const teams: PlatformAdapter = {
  platform: 'teams',
  detect(doc) {
    const has = (selector: string) => doc.querySelector(selector) !== null;
    if (has(SELECTORS.endedScreen) || has(SELECTORS.retryScreen)) return 'ended';
    if (has(SELECTORS.joinButtonDisabled) || has(SELECTORS.cancelJoin)) return 'waiting';
    if (has(SELECTORS.joinButton) || has(SELECTORS.prejoinScreen)) return 'lobby';
    return has(SELECTORS.hangup) ? 'in-call' : null;
  },
  isPresenting: (doc) => doc.querySelector(PRESENTING) !== null,
  signals: (doc) => selectorSignals(SELECTORS, [doc]),
};
