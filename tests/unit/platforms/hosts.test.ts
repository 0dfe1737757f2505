import meetLoader from '@/entrypoints/meet.content';
import shareGuard from '@/entrypoints/share-guard.content';
import { adapterForUrl } from '@/utils/platforms';
import {
  CALL_HOSTS,
  grantedMatches,
  LOADER_MATCHES,
  ON_WHEN_GRANTED,
  OPT_IN_ORIGINS,
  optInOriginFor,
} from '@/utils/platforms/hosts';
import config from '@/wxt.config';

type ManifestFn = (env: { browser: string }) => {
  host_permissions: string[];
  optional_host_permissions: string[];
  web_accessible_resources: Array<{ resources: string[]; matches: string[] }>;
  permissions: string[];
  minimum_chrome_version?: string;
};

const manifest = (config.manifest as unknown as ManifestFn)({ browser: 'chrome' });

describe('where the call-page scripts run', () => {
  it('Meet is on from install; Zoom and Teams are exactly the optional host permissions', () => {
    expect(manifest.host_permissions).toEqual([...LOADER_MATCHES.meet]);
    expect([...manifest.optional_host_permissions].sort()).toEqual(
      [...OPT_IN_ORIGINS.zoom, ...OPT_IN_ORIGINS.teams].sort(),
    );
  });

  it('the Meet scripts in the manifest match LOADER_MATCHES', () => {
    expect(meetLoader.matches).toEqual([...LOADER_MATCHES.meet]);
    expect(shareGuard.matches).toEqual([...LOADER_MATCHES.meet]);
    expect(shareGuard).toMatchObject({ world: 'MAIN', runAt: 'document_start' });
  });

  it('every loader page lies inside its platform’s permission', () => {
    for (const platform of ['zoom', 'teams'] as const) {
      for (const pattern of LOADER_MATCHES[platform]) {
        const host = pattern.replace(/^https:\/\/([^/]+)\/.*$/, '$1');
        expect(OPT_IN_ORIGINS[platform]).toContain(`https://${host}/*`);
      }
    }
  });

  it('asks for Zoom on zoom.us, zoom.com and ZoomGov, and runs its loader on each web client', () => {
    for (const origin of ['https://*.zoom.us/*', 'https://*.zoom.com/*', 'https://*.zoomgov.com/*']) {
      expect(manifest.optional_host_permissions).toContain(origin);
      expect(manifest.web_accessible_resources[0]!.matches).toContain(origin);
    }
    for (const url of [
      'https://app.zoom.us/wc/81234567890/join',
      'https://app.zoom.com/wc/81234567890/join',
      'https://zoomgov.com/wc/join/1602639518',
      'https://gsa.zoomgov.com/wc/1602639518/join',
    ]) {
      expect(adapterForUrl(url)?.platform, url).toBe('zoom');
      expect(optInOriginFor('zoom', url), url).not.toBeNull();
      const host = new URL(url).hostname;
      expect(
        grantedMatches(LOADER_MATCHES.zoom, [...OPT_IN_ORIGINS.zoom]).some((p) => matchesHost(p, host)),
        url,
      ).toBe(true);
    }
  });

  it('Zoom is on for the origins it always asked for: an update adds hosts, never turns Zoom off', () => {
    expect(ON_WHEN_GRANTED.zoom).toEqual(['https://app.zoom.us/*', 'https://*.zoom.us/*']);
    expect(ON_WHEN_GRANTED.teams).toEqual(OPT_IN_ORIGINS.teams);
    for (const origin of ON_WHEN_GRANTED.zoom) expect(OPT_IN_ORIGINS.zoom).toContain(origin);
  });

  it('keeps only the loader pages a grant covers', () => {
    expect(grantedMatches(LOADER_MATCHES.zoom, ['https://*.zoom.us/*'])).toEqual([
      'https://app.zoom.us/wc/*',
      'https://*.zoom.us/wc/*',
    ]);
    expect(grantedMatches(LOADER_MATCHES.zoom, ['https://*.zoomgov.com/*'])).toEqual(['https://*.zoomgov.com/wc/*']);
    expect(grantedMatches(LOADER_MATCHES.zoom, ['https://app.zoom.us/*'])).toEqual(['https://app.zoom.us/wc/*']);
    expect(grantedMatches(LOADER_MATCHES.zoom, [])).toEqual([]);
  });

  it.each([
    ['https://app.zoom.us/wc/1/join', 'https://app.zoom.us/*'],
    ['https://us02web.zoom.us/j/81234567890', 'https://*.zoom.us/*'],
    ['https://zoom.us/j/81234567890', 'https://*.zoom.us/*'],
    ['https://app.zoom.com/wc/1/join', 'https://*.zoom.com/*'],
    ['https://zoomgov.com/j/1602639518', 'https://*.zoomgov.com/*'],
    ['https://GSA.zoomgov.com/wc/join/1602639518', 'https://*.zoomgov.com/*'],
    ['https://evilzoomgov.com/wc/1/join', null],
    ['https://zoomgov.com.example.com/wc/1/join', null],
    ['http://zoomgov.com/wc/1/join', null],
    ['not a url', null],
  ])('names the Zoom origin that covers %s', (url, origin) => {
    expect(optInOriginFor('zoom', url)).toBe(origin);
  });

  it('exposes the panel page to call pages and nothing else of the extension', () => {
    expect(manifest.web_accessible_resources).toHaveLength(1);
    expect(manifest.web_accessible_resources[0]!.resources).toEqual(['panel.html']);
    for (const host of CALL_HOSTS) expect(manifest.web_accessible_resources[0]!.matches).toContain(host);
  });

  it('needs a Chrome that enforces the panel page’s dynamic URL (use_dynamic_url, Chrome 107+)', () => {
    expect(Number(manifest.minimum_chrome_version)).toBeGreaterThanOrEqual(107);
  });

  it('asks for scripting and activeTab, not for every site', () => {
    expect(manifest.permissions).toEqual(expect.arrayContaining(['scripting', 'activeTab']));
    expect(manifest.host_permissions).not.toContain('<all_urls>');
  });
});

/** Chrome's host rule for a match pattern: `*.` covers the domain itself and every subdomain. */
function matchesHost(pattern: string, host: string): boolean {
  const wide = pattern.replace(/^https:\/\/([^/]+)\/.*$/, '$1');
  if (!wide.startsWith('*.')) return wide === host;
  const domain = wide.slice(2);
  return host === domain || host.endsWith(`.${domain}`);
}
