import meetLoader from '@/entrypoints/meet.content';
import shareGuard from '@/entrypoints/share-guard.content';
import { CALL_HOSTS, LOADER_MATCHES, OPT_IN_ORIGINS } from '@/utils/platforms/hosts';
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
