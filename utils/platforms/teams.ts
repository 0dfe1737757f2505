import type { PlatformAdapter } from './types';

/**
 * Microsoft Teams on the web (teams.microsoft.com, teams.live.com, teams.cloud.microsoft). Teams gives its
 * controls stable ids and `data-tid` test ids in every language; those are all this reads.
 *
 * - in-call: the hang-up control, `#hangup-button` (a wrapper in v2, the button itself in v1) or its `data-tid`
 *   spellings `hangup-main-btn` / `call-hangup` / `hangup-button`.
 * - lobby: the pre-join screen's `#prejoin-join-button` / `[data-tid="prejoin-join-button"]`.
 * - ended: the post-call screen `[data-tid="call-ended-screen"]`. Teams often just returns to chat instead; the
 *   watcher ends a call whose page stops showing any state, which covers that.
 *
 * Teams is one single-page app for chat and calls, so any page on these hosts is watched and "no call UI" is null.
 */

const IN_CALL = '#hangup-button,[data-tid="hangup-main-btn"],[data-tid="call-hangup"],[data-tid="hangup-button"]';
const LOBBY = '#prejoin-join-button,[data-tid="prejoin-join-button"]';
const ENDED = '[data-tid="call-ended-screen"]';
/** The share control reports its toggled state through ARIA; the stop-sharing bar has its own test id. */
const PRESENTING =
  '#screenshare-button[aria-pressed="true"],#share-button[aria-pressed="true"],[data-tid="call-screen-share-stop"]';

export const teams: PlatformAdapter = {
  platform: 'teams',
  detect(doc) {
    if (doc.querySelector(ENDED)) return 'ended';
    if (doc.querySelector(IN_CALL)) return 'in-call';
    return doc.querySelector(LOBBY) ? 'lobby' : null;
  },
  isPresenting: (doc) => doc.querySelector(PRESENTING) !== null,
};
