/**
 * Where each platform's call pages live, for the manifest, the runtime registration of the opt-in platforms, and the
 * popup. Plain data, so the background can register loaders without importing them.
 */

/** Pages the call-page loader runs on. */
export const LOADER_MATCHES = {
  meet: ['https://meet.google.com/*'],
  zoom: ['https://app.zoom.us/wc/*', 'https://*.zoom.us/wc/*'],
  teams: ['https://teams.microsoft.com/*', 'https://teams.live.com/*', 'https://teams.cloud.microsoft/*'],
} as const;

/**
 * The optional host permissions that switch an opt-in platform on. Whole hosts, not just /wc/: Zoom's call UI sits
 * in a frame, and the share guard must run in it, which Chrome allows only with a whole-host pattern (for frames
 * matched by their parent's origin, `matchOriginAsFallback`).
 */
export const OPT_IN_ORIGINS = {
  zoom: ['https://app.zoom.us/*', 'https://*.zoom.us/*'],
  teams: ['https://teams.microsoft.com/*', 'https://teams.live.com/*', 'https://teams.cloud.microsoft/*'],
} as const;

export type OptInPlatform = keyof typeof OPT_IN_ORIGINS;
export const OPT_IN_PLATFORMS: readonly OptInPlatform[] = ['zoom', 'teams'];

/** Every page the in-call panel frame may be mounted in, for `web_accessible_resources`. */
export const CALL_HOSTS = ['https://meet.google.com/*', ...OPT_IN_ORIGINS.zoom, ...OPT_IN_ORIGINS.teams];
