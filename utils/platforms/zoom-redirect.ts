/**
 * Zoom invite links (`https://us02web.zoom.us/j/812…?pwd=…`, `/s/<id>` to start, `/w/<id>` for webinars) open a page
 * that launches the desktop app, where no panel can be. Meeting bots send the same link to the web client instead:
 * Vexa-ai/vexa (services/vexa-bot/core/src/platforms/zoom-web/join.ts, "https://us05web.zoom.us/j/84335626851?pwd=...
 * → https://app.zoom.us/wc/84335626851/join?pwd=...") and screenappai/meeting-bot (src/bots/ZoomBot.ts, `/j/` →
 * `/wc/join/`). This is that rewrite as a declarativeNetRequest rule: the browser applies it before the request
 * leaves, so the extension never reads the URL, and `pwd` and every other query parameter travel along unchanged.
 *
 * Pure data: the background installs it while Zoom is on and the redirect setting allows it (see
 * /work/notes/platforms.md for the wiring).
 */

/** The rule's id; dynamic and session rules share one id space per extension, so pick one no other rule uses. */
export const ZOOM_REDIRECT_RULE_ID = 7301;

/**
 * RE2 (the engine declarativeNetRequest uses): any `*.zoom.us` host, an invite path with a 9-12 digit id and
 * nothing after it but an optional slash, then the query kept whole (group 2, empty when there is none). The web
 * client is on app.zoom.us whichever vanity host sent the invite. No fragment: requests never carry one.
 */
export const ZOOM_INVITE_REGEX = '^https://(?:[a-z0-9-]+\\.)*zoom\\.us/[jsw]/(\\d{9,12})/?(\\?.*)?$';
export const ZOOM_WEB_CLIENT_SUBSTITUTION = 'https://app.zoom.us/wc/\\1/join\\2';

/** Shape of a `declarativeNetRequest.Rule`, kept local so this file stays free of browser types. */
export type RedirectRule = {
  id: number;
  priority: number;
  action: { type: 'redirect'; redirect: { regexSubstitution: string } };
  condition: { regexFilter: string; resourceTypes: ['main_frame']; isUrlFilterCaseSensitive: false };
};

/** The rules to install while Zoom is on and the setting allows: one, top-level navigations only. */
export function zoomRedirectRules(): RedirectRule[] {
  return [
    {
      id: ZOOM_REDIRECT_RULE_ID,
      priority: 1,
      action: { type: 'redirect', redirect: { regexSubstitution: ZOOM_WEB_CLIENT_SUBSTITUTION } },
      condition: {
        regexFilter: ZOOM_INVITE_REGEX,
        // Only the tab's own navigation: Zoom's pages may fetch these paths themselves, which must stay untouched.
        resourceTypes: ['main_frame'],
        isUrlFilterCaseSensitive: false,
      },
    },
  ];
}
