/**
 * A meeting link reduced to what identifies the meeting, so a plan's pasted link matches the call tab's URL:
 * Meet by its code, Zoom by its meeting id, Teams by its meetup-join thread; anything else by host and path.
 */
export function normaliseMeetingUrl(raw: string): string {
  const text = raw.trim();
  if (!text) return '';
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:/i.test(text) ? text : `https://${text}`);
  } catch {
    return text.toLowerCase();
  }
  const host = url.hostname.toLowerCase().replace(/^www\./, '');
  if (host === 'meet.google.com') {
    const code = url.pathname.match(/^\/([a-z]{3}-[a-z]{4}-[a-z]{3})(?:\/|$)/i)?.[1];
    return code ? `meet:${code.toLowerCase()}` : `meet:${url.pathname.toLowerCase()}`;
  }
  if (host === 'zoom.us' || host.endsWith('.zoom.us')) {
    const id =
      url.pathname.match(/\/(?:j|wc(?:\/join)?|s|w)\/(\d{9,12})/)?.[1] ?? url.pathname.match(/(\d{9,12})/)?.[1];
    if (id) return `zoom:${id}`;
  }
  if (host.startsWith('teams.')) {
    const thread = decodeURIComponent(url.pathname).match(/meetup-join\/([^/]+)/)?.[1];
    if (thread) return `teams:${thread.toLowerCase()}`;
  }
  return `${host}${url.pathname.replace(/\/+$/, '').toLowerCase()}`;
}
