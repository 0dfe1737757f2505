import type { BrowserContext } from 'playwright-core';
import { registerFixtureUrls } from './browser.mjs';

/** Meet's real policy is stricter than most: no frames, Trusted Types, nonce-only scripts. */
export const MEET_LIKE_CSP = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "frame-src 'none'",
  "require-trusted-types-for 'script'",
  'trusted-types default',
  "connect-src 'self'",
].join('; ');

export interface FixtureRoute {
  /** The real URL the page answers at, e.g. https://meet.google.com/abc-defg-hij. */
  url: string;
  html: string;
  csp?: string;
}

/**
 * Serves fixture call pages at their real addresses, inside the browser: no network is used, and content scripts
 * inject exactly as they would on the live site. Every other request to those hosts gets an empty 404, so nothing
 * leaves the machine.
 */
export async function serveCallPages(context: BrowserContext, routes: FixtureRoute[]): Promise<void> {
  registerFixtureUrls(
    context,
    routes.map((r) => r.url),
  );
  const byUrl = new Map(routes.map((r) => [new URL(r.url).href, r]));
  const hosts = [...new Set(routes.map((r) => new URL(r.url).origin))];
  for (const origin of hosts) {
    await context.route(`${origin}/**`, async (route) => {
      const requested = new URL(route.request().url());
      requested.hash = '';
      const fixture = byUrl.get(requested.href) ?? byUrl.get(`${requested.origin}${requested.pathname}`);
      if (!fixture) return route.fulfill({ status: 404, body: '' });
      return route.fulfill({
        status: 200,
        contentType: 'text/html; charset=utf-8',
        headers: fixture.csp ? { 'content-security-policy': fixture.csp } : {},
        body: fixture.html,
      });
    });
  }
}
