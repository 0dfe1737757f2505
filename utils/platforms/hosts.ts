/**
 * Where each platform's call pages live, for the manifest, the runtime registration of the opt-in platforms, and the
 * popup. Plain data, so the background can register loaders without importing them.
 *
 * Zoom runs on three domains, the same web client on each:
 * - `zoom.us`: app.zoom.us/wc/… and vanity hosts (<vanity>.zoom.us/wc/…).
 * - `zoom.com`: the same service under Zoom's newer domain; attendee-labs/attendee (bots/meeting_url_utils.py) takes
 *   zoom.com and zoom.us links alike and maps `*.zoom.com` to `*.zoom.us`, and app.zoom.com/wc/<id>/join is the
 *   web client there.
 * - `zoomgov.com`: Zoom for Government, a separate cloud with the same paths. Meetings Page Auto Closer for Zoom
 *   (ChromeAdmin/meetings-page-auto-closer-for-zoom, manifest.json) matches `*://*.zoomgov.com/j/*` and
 *   `*://*.zoomgov.com/wc/leave*` beside the zoom.us ones; Zoom Web Client Redirector
 *   (EdoardoTosin/Zoom-Web-Client-Redirector, src/manifest.json) asks for `*://*.zoomgov.com/*` and sends `/j/<id>` to
 *   `/wc/join/<id>` on the same host (src/js/redirect.js). Agencies sign in on their own vanity host, e.g.
 *   gsa.zoomgov.com (18F/handbook, pages/tools/zoom.md), as companies do on <vanity>.zoom.us.
 */

/** Pages the call-page loader runs on. */
export const LOADER_MATCHES = {
  meet: ['https://meet.google.com/*'],
  zoom: ['https://app.zoom.us/wc/*', 'https://*.zoom.us/wc/*', 'https://*.zoom.com/wc/*', 'https://*.zoomgov.com/wc/*'],
  teams: ['https://teams.microsoft.com/*', 'https://teams.live.com/*', 'https://teams.cloud.microsoft/*'],
} as const;

/**
 * The optional host permissions that switch an opt-in platform on. Whole hosts, not just /wc/: Zoom's call UI sits
 * in a frame, and the share guard must run in it, which Chrome allows only with a whole-host pattern (for frames
 * matched by their parent's origin, `matchOriginAsFallback`). A `*.` pattern covers the bare domain too.
 */
export const OPT_IN_ORIGINS = {
  zoom: ['https://app.zoom.us/*', 'https://*.zoom.us/*', 'https://*.zoom.com/*', 'https://*.zoomgov.com/*'],
  teams: ['https://teams.microsoft.com/*', 'https://teams.live.com/*', 'https://teams.cloud.microsoft/*'],
} as const;

/**
 * The origins whose grant means the platform is on: those it asked for before zoom.com and ZoomGov were added. Who
 * turned Zoom on then holds only these, and an update must not silently turn Zoom off for them; their scripts run on
 * the origins they did grant (`grantedMatches`) and the popup offers the switch again on a Zoom host not yet granted.
 */
export const ON_WHEN_GRANTED: { readonly [P in OptInPlatform]: readonly string[] } = {
  zoom: ['https://app.zoom.us/*', 'https://*.zoom.us/*'],
  teams: OPT_IN_ORIGINS.teams,
};

export type OptInPlatform = keyof typeof OPT_IN_ORIGINS;
export const OPT_IN_PLATFORMS: readonly OptInPlatform[] = ['zoom', 'teams'];

/** Every page the in-call panel frame may be mounted in, for `web_accessible_resources`. */
export const CALL_HOSTS = ['https://meet.google.com/*', ...OPT_IN_ORIGINS.zoom, ...OPT_IN_ORIGINS.teams];

/** The host a match pattern names (`https://*.zoom.us/wc/*` → `*.zoom.us`). */
function patternHost(pattern: string): string {
  return pattern.replace(/^https:\/\/([^/]+)\/.*$/, '$1');
}

/** Whether a match pattern's host is covered by an origin pattern's host (`*.zoom.us` covers `app.zoom.us`). */
function hostCovers(origin: string, host: string): boolean {
  const wide = patternHost(origin);
  if (wide === host) return true;
  if (!wide.startsWith('*.')) return false;
  const domain = wide.slice(2);
  const bare = host.replace(/^\*\./, '');
  return bare === domain || bare.endsWith(`.${domain}`);
}

/** The patterns of `matches` whose host lies inside one of the granted origins. */
export function grantedMatches(matches: readonly string[], granted: readonly string[]): string[] {
  return matches.filter((pattern) => granted.some((origin) => hostCovers(origin, patternHost(pattern))));
}

/**
 * The origin pattern of `OPT_IN_ORIGINS[platform]` that covers a page's URL, for asking the browser whether the
 * platform runs on that very host; null when none does (or the URL is not https).
 */
export function optInOriginFor(platform: OptInPlatform, url: string): string | null {
  let host: string;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'https:') return null;
    host = parsed.hostname.toLowerCase();
  } catch {
    return null;
  }
  return OPT_IN_ORIGINS[platform].find((origin) => hostCovers(origin, host)) ?? null;
}

/** How far an opt-in platform is on: `partly` is an older grant (Zoom's zoom.us origins, not zoom.com or ZoomGov). */
export type PlatformGrant = {
  state: 'on' | 'partly' | 'off';
  /** The platform's origins not granted (all of them when off). */
  missing: string[];
};

/**
 * On, partly on or off, from the platform's origins the browser granted: the one rule for the background's sync
 * (partly counts as on: its scripts run where granted), Settings (which says "partly" and offers the rest) and the
 * popup (`platformOnAt`).
 */
export function platformGrant(platform: OptInPlatform, granted: readonly string[]): PlatformGrant {
  const missing = OPT_IN_ORIGINS[platform].filter((origin) => !granted.includes(origin));
  if (missing.length === 0) return { state: 'on', missing };
  const on = ON_WHEN_GRANTED[platform].every((origin) => granted.includes(origin));
  return { state: on ? 'partly' : 'off', missing };
}

/** Whether the platform's scripts run on the page at `url` with these origins granted. */
export function platformOnAt(platform: OptInPlatform, url: string, granted: readonly string[]): boolean {
  if (platformGrant(platform, granted).state === 'off') return false;
  const origin = optInOriginFor(platform, url);
  return origin === null || granted.includes(origin);
}

/**
 * The platform's origins the browser granted, each asked on its own (a grant may cover some and not others).
 * `contains` is `permissions.contains` (passed in: this folder runs in call pages too, without the polyfill).
 */
export async function grantedOrigins(
  platform: OptInPlatform,
  contains: (permissions: { origins: string[] }) => Promise<boolean>,
): Promise<string[]> {
  const granted: string[] = [];
  for (const origin of OPT_IN_ORIGINS[platform]) {
    if (await contains({ origins: [origin] })) granted.push(origin);
  }
  return granted;
}

/** Origins as a person names the sites: `https://*.zoomgov.com/*` → `zoomgov.com`; a host inside another is dropped. */
export function siteNames(origins: readonly string[]): string[] {
  const hosts = [...new Set(origins.map((origin) => patternHost(origin).replace(/^\*\./, '')))];
  return hosts.filter((host) => !hosts.some((other) => other !== host && host.endsWith(`.${other}`)));
}
