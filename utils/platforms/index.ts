import { isMeetingPath, meet } from './meet';
import { isZoomHost } from './meeting-url';
import { teams } from './teams';
import type { PlatformAdapter } from './types';
import { zoom } from './zoom';

export type { PlatformAdapter } from './types';

const TEAMS_HOSTS = new Set(['teams.microsoft.com', 'teams.live.com', 'teams.cloud.microsoft']);

/**
 * The adapter for a call page, or null for anything that is not one (Meet's home and landing pages, Zoom outside
 * its web client). Content scripts import their own adapter file directly, so a loader's bundle carries one adapter,
 * not three.
 */
export function adapterForUrl(url: string): PlatformAdapter | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:') return null;
  const host = parsed.hostname;
  if (host === 'meet.google.com') return isMeetingPath(parsed.pathname) ? meet : null;
  // zoom.us, zoom.com and ZoomGov serve the same web client (utils/platforms/hosts.ts).
  if (isZoomHost(host) && parsed.pathname.startsWith('/wc/')) return zoom;
  // Teams routes between chat and calls without reloading, so every page of it may become a call page.
  return TEAMS_HOSTS.has(host) ? teams : null;
}
