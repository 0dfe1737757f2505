// Zero-network check: Chromium's NetLog records every URL request the browser starts, from any context (the
// extension's service worker and pages, content scripts, the call pages). We read it after the browser exits.
import { existsSync, readFileSync } from 'node:fs';

/**
 * @typedef {{ url: string, initiator: string }} NetRequest
 * @typedef {{ extensionOrigin: string, fixtureUrls?: string[] }} NetPolicy
 */

/** Every URL request start in a NetLog file; tolerant of a log cut short by a killed browser. */
export function requestsInNetLog(path) {
  if (!existsSync(path)) return [];
  const text = readFileSync(path, 'utf8');
  const typeId = text.match(/"URL_REQUEST_START_JOB":(\d+)/)?.[1];
  if (!typeId) return [];
  /** @type {NetRequest[]} */
  const requests = [];
  // NetLog writes one event per line.
  for (const line of text.split('\n')) {
    if (!line.includes(`"type":${typeId}`) || !line.includes('"url"')) continue;
    try {
      const event = JSON.parse(line.replace(/,\s*$/, ''));
      if (event.type !== Number(typeId) || !event.params?.url) continue;
      requests.push({ url: event.params.url, initiator: event.params.initiator ?? '' });
    } catch {
      // The last line of a log from a killed browser may be cut in half.
    }
  }
  return requests;
}

const WEB = /^(https?|wss?|ftp):/i;

/**
 * A request leaves the browser on the extension's behalf when it goes to the web and was started by one of our
 * pages or the worker (initiator: our origin), or by a call page (initiator: a web origin): the fixture call pages
 * make no requests of their own, so anything they start beyond loading themselves came from our content scripts.
 * Requests the browser makes for itself (no initiator: component updates, account checks) are not ours.
 * @param {NetRequest[]} requests
 * @param {NetPolicy} policy
 */
export function leakedRequests(requests, policy) {
  const fixtures = new Set((policy.fixtureUrls ?? []).map((u) => new URL(u).href));
  return requests.filter(({ url, initiator }) => {
    if (!WEB.test(url)) return false;
    if (initiator.startsWith(policy.extensionOrigin)) return true;
    if (!WEB.test(initiator)) return false;
    const target = new URL(url);
    if (target.pathname === '/favicon.ico') return false;
    target.hash = '';
    return !fixtures.has(target.href);
  });
}
