/**
 * A meeting link reduced to what identifies the meeting, so a plan's pasted link matches the call tab's URL whatever
 * form either has taken:
 *
 * - Meet by its code: `/abc-defg-hij`, the instant-meeting `/_meet/abc-defg-hij`, with any query (`?authuser=1`).
 * - Zoom by its meeting id on any `*.zoom.us`, `*.zoom.com` or `*.zoomgov.com` host: invites `/j/<id>`, `/s/<id>`
 *   (start), `/w/<id>` (webinar), the web client `/wc/<id>/join` and `/wc/join/<id>`; personal links
 *   `/my/<name>` by name (`zoom:my:<name>`), since nothing in them gives the id.
 * - Teams by the meetup-join thread, found in the path (`/l/meetup-join/<thread>/…`), in the hash of a guest join
 *   (`/v2/?meetingjoin=true#/l/meetup-join/<thread>/…`), in the launcher's `url` parameter, or as `conversationId` in the base64 JSON `coords` of
 *   `/light-meetings/launch?anon=true&coords=…`; or by the meeting code of `/meet/<code>` links (teams.live.com and
 *   teams.microsoft.com), which `coords` may carry as `meetingCode` instead (`teams:meet:<code>`).
 * - Anything else by host and path.
 */
export function normaliseMeetingUrl(raw: string): string {
  const text = raw.trim();
  if (!text) return '';
  // A key is its own key: normalising twice must never change what binds a call to its plan.
  if (/^(?:meet|zoom|teams):/.test(text)) return text;
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:/i.test(text) ? text : `https://${text}`);
  } catch {
    return text.toLowerCase();
  }
  const host = url.hostname.toLowerCase().replace(/^www\./, '');
  if (host === 'meet.google.com') {
    const code = url.pathname.match(/^\/(?:_meet\/)?([a-z]{3}-[a-z]{4}-[a-z]{3})(?:\/|$)/i)?.[1];
    return code ? `meet:${code.toLowerCase()}` : `meet:${url.pathname.toLowerCase()}`;
  }
  if (isZoomHost(host)) {
    const key = zoomKey(url.pathname);
    if (key) return key;
  }
  if (host.startsWith('teams.')) {
    const key = teamsKey(url);
    if (key) return key;
  }
  return `${host}${url.pathname.replace(/\/+$/, '').toLowerCase()}`;
}

/**
 * What must stay the same for a call tab to still be on its call page (the background ends a call when the tab's URL
 * leaves it). The meeting key, except on Teams, a single-page app whose hash and query change as it routes around
 * one call (a guest join lands on `#/l/meetup-join/…` and moves on): there, the host and path.
 */
export function callPageKey(raw: string): string {
  const key = normaliseMeetingUrl(raw);
  if (!key.startsWith('teams:')) return key;
  try {
    const url = new URL(raw.trim());
    return `${url.hostname.toLowerCase()}${url.pathname.replace(/\/+$/, '').toLowerCase()}`;
  } catch {
    return key;
  }
}

export function isZoomHost(host: string): boolean {
  return /(?:^|\.)(?:zoom\.us|zoom\.com|zoomgov\.com)$/.test(host);
}

function zoomKey(path: string): string | null {
  const personal = path.match(/^\/my\/([^/?#]+)/i)?.[1];
  if (personal) return `zoom:my:${decodeURIComponentSafe(personal).toLowerCase()}`;
  const id = path.match(/\/(?:j|s|w|wc(?:\/join)?)\/(\d{9,12})(?:\/|$)/)?.[1] ?? path.match(/(\d{9,12})/)?.[1];
  return id ? `zoom:${id}` : null;
}

function teamsKey(url: URL): string | null {
  // The launcher page carries the whole route in its `url` parameter: `/dl/launcher/launcher.html?url=/_#/l/meetup-join/…`.
  const thread = [url.pathname, url.hash, url.search]
    .map((part) => decodeURIComponentSafe(part).match(/meetup-join\/([^/?#&]+)/)?.[1])
    .find(Boolean);
  if (thread) return `teams:${thread.toLowerCase()}`;
  const code = url.pathname.match(/^\/meet\/([^/?#]+)/i)?.[1];
  if (code) return `teams:meet:${code.toLowerCase()}`;
  const coords = url.searchParams.get('coords');
  if (coords && /\/light-meetings\/launch\/?$/i.test(url.pathname)) {
    const decoded = decodeCoords(coords);
    // A code, when there is one, is what the invite (`/meet/<code>`) showed; else the thread of a meetup-join invite.
    if (decoded.meetingCode) return `teams:meet:${decoded.meetingCode.toLowerCase()}`;
    if (decoded.conversationId) return `teams:${decoded.conversationId.toLowerCase()}`;
  }
  return null;
}

/**
 * `coords` is base64 (standard or URL-safe, padding optional) of a percent-encoded JSON object, which
 * Meeting-BaaS/meet-teams-bot (src/urlParser/teamsUrlParser.ts) reads as `JSON.parse(decodeURIComponent(atob(coords)))`;
 * plain UTF-8 JSON is accepted too. Anything else yields nothing.
 */
function decodeCoords(coords: string): { conversationId?: string; meetingCode?: string } {
  try {
    const b64 = coords.replace(/-/g, '+').replace(/_/g, '/');
    const binary = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
    const text = binary.includes('%')
      ? decodeURIComponent(binary)
      : new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
    const json: unknown = JSON.parse(text);
    if (!json || typeof json !== 'object') return {};
    const { conversationId, meetingCode } = json as Record<string, unknown>;
    return {
      conversationId: typeof conversationId === 'string' && conversationId ? conversationId : undefined,
      meetingCode: typeof meetingCode === 'string' && meetingCode ? meetingCode : undefined,
    };
  } catch {
    return {};
  }
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
