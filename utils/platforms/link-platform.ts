import type { OptInPlatform } from './hosts';
import { normaliseMeetingUrl } from './meeting-url';

export type LinkPlatform = 'meet' | OptInPlatform;

/**
 * The platform a meeting link (a plan's, or a tab's URL) is on, read from its meeting key's prefix; null for a link
 * that names no meeting (Meet's home page, a Teams chat, any other site). Pure: the popup and the plan editor use it
 * to say "Turn on Zoom" where the panel would otherwise silently not appear.
 */
export function linkPlatform(link: string): LinkPlatform | null {
  const key = normaliseMeetingUrl(link);
  if (/^meet:[a-z]{3}-[a-z]{4}-[a-z]{3}$/.test(key)) return 'meet';
  if (key.startsWith('zoom:')) return 'zoom';
  if (key.startsWith('teams:')) return 'teams';
  return null;
}
