/**
 * Zoom invite links (`https://us02web.zoom.us/j/812…?pwd=…`, `/s/<id>` to start, `/w/<id>` for webinars) open a page
 * that launches the desktop app, where no panel can be. Meeting bots send the same link to the web client instead:
 * Vexa-ai/vexa (services/vexa-bot/core/src/platforms/zoom-web/join.ts, "https://us05web.zoom.us/j/84335626851?pwd=...
 * → https://app.zoom.us/wc/84335626851/join?pwd=...") and screenappai/meeting-bot (src/bots/ZoomBot.ts, `/j/` →
 * `/wc/join/`). This is that rewrite as a declarativeNetRequest rule: the browser applies it before the request
 * leaves, so the extension never reads the URL, and `pwd` and every other query parameter travel along unchanged.
 *
 * Pure data: the background installs the rules while Zoom is on and the redirect setting allows it (see
 * /work/notes/platforms.md for the wiring).
 */

/** The rules' ids; dynamic and session rules share one id space per extension, so pick ones no other rule uses. */
export const ZOOM_REDIRECT_RULE_ID = 7301;
export const ZOOMGOV_REDIRECT_RULE_ID = 7302;
export const ZOOM_REDIRECT_RULE_IDS = [ZOOM_REDIRECT_RULE_ID, ZOOMGOV_REDIRECT_RULE_ID];

/**
 * RE2 (the engine declarativeNetRequest uses): any `*.zoom.us` or `*.zoom.com` host, an invite path with a 9-12 digit
 * id and nothing after it but an optional slash, then the query kept whole (group 2, empty when there is none). The
 * web client is on app.zoom.us whichever vanity host sent the invite; zoom.com is the same service under Zoom's newer
 * domain (attendee-labs/attendee, bots/meeting_url_utils.py, maps `*.zoom.com` links to `*.zoom.us`), so its
 * invites go there too. No fragment: requests never carry one.
 */
export const ZOOM_INVITE_REGEX = '^https://(?:[a-z0-9-]+\\.)*zoom\\.(?:us|com)/[jsw]/(\\d{9,12})/?(\\?.*)?$';
export const ZOOM_WEB_CLIENT_SUBSTITUTION = 'https://app.zoom.us/wc/\\1/join\\2';

/**
 * Zoom for Government is its own cloud: its invites must stay on zoomgov.com, and no public source names one web
 * client host for every agency, so the invite's own host (group 1, `<agency>.zoomgov.com` or `zoomgov.com`) serves
 * it at `/wc/join/<id>`, as Zoom Web Client Redirector does on every Zoom domain, zoomgov.com included
 * (EdoardoTosin/Zoom-Web-Client-Redirector, src/js/redirect.js and src/manifest.json). Id in group 2, query in 3.
 */
export const ZOOMGOV_INVITE_REGEX = '^https://((?:[a-z0-9-]+\\.)*zoomgov\\.com)/[jsw]/(\\d{9,12})/?(\\?.*)?$';
export const ZOOMGOV_WEB_CLIENT_SUBSTITUTION = 'https://\\1/wc/join/\\2\\3';

/** Shape of a `declarativeNetRequest.Rule`, kept local so this file stays free of browser types. */
export type RedirectRule = {
  id: number;
  priority: number;
  action: { type: 'redirect'; redirect: { regexSubstitution: string } };
  condition: { regexFilter: string; resourceTypes: ['main_frame']; isUrlFilterCaseSensitive: false };
};

function redirectRule(id: number, regexFilter: string, regexSubstitution: string): RedirectRule {
  return {
    id,
    priority: 1,
    action: { type: 'redirect', redirect: { regexSubstitution } },
    condition: {
      regexFilter,
      // Only the tab's own navigation: Zoom's pages may fetch these paths themselves, which must stay untouched.
      resourceTypes: ['main_frame'],
      isUrlFilterCaseSensitive: false,
    },
  };
}

/** The rules to install while Zoom is on and the setting allows: top-level navigations only, one per Zoom cloud. */
export function zoomRedirectRules(): RedirectRule[] {
  return [
    redirectRule(ZOOM_REDIRECT_RULE_ID, ZOOM_INVITE_REGEX, ZOOM_WEB_CLIENT_SUBSTITUTION),
    redirectRule(ZOOMGOV_REDIRECT_RULE_ID, ZOOMGOV_INVITE_REGEX, ZOOMGOV_WEB_CLIENT_SUBSTITUTION),
  ];
}
