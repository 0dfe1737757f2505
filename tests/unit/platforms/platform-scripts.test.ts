import { type ScriptApi, scriptsFor, syncPlatformScripts, syncPlatforms } from '@/entrypoints/background/platforms';
import { getSettings } from '@/entrypoints/background/settings';
import { LOADER_MATCHES, ON_WHEN_GRANTED, OPT_IN_ORIGINS } from '@/utils/platforms/hosts';
import { freshDb } from '../db-helpers';

/** Chrome's registry of dynamic content scripts and granted origins, in memory. */
function fakeApi(granted: string[]) {
  const registered = new Map<string, object>();
  const origins = new Set(granted);
  const api = {
    scripting: {
      getRegisteredContentScripts: vi.fn(async () => [...registered.values()]),
      registerContentScripts: vi.fn(async (scripts: Array<{ id: string }>) => {
        for (const script of scripts) {
          if (registered.has(script.id)) throw new Error(`Duplicate script ID '${script.id}'`);
          registered.set(script.id, script);
        }
      }),
      unregisterContentScripts: vi.fn(async (filter?: { ids?: string[] }) => {
        for (const id of filter?.ids ?? []) registered.delete(id);
      }),
    },
    permissions: {
      contains: vi.fn(async ({ origins: asked = [] }: { origins?: string[] }) => asked.every((o) => origins.has(o))),
    },
  };
  return { api: api as unknown as ScriptApi, registered, origins };
}

describe('opt-in platform scripts', () => {
  it('puts the share guard first, in the page’s world, in every frame; then the loader in the top frame', () => {
    const [guard, loader] = scriptsFor('zoom', false);
    expect(guard).toEqual({
      id: 'starboard-zoom-share-guard',
      js: ['content-scripts/share-guard.js'],
      matches: [...OPT_IN_ORIGINS.zoom],
      world: 'MAIN',
      runAt: 'document_start',
      allFrames: true,
      matchOriginAsFallback: true,
    });
    expect(loader).toEqual({
      id: 'starboard-zoom-loader',
      js: ['content-scripts/zoom.js'],
      matches: [...LOADER_MATCHES.zoom],
      runAt: 'document_idle',
    });
    expect(scriptsFor('teams', true)[0]).not.toHaveProperty('matchOriginAsFallback');
  });

  it('runs Zoom on zoom.com and ZoomGov as on zoom.us', () => {
    const [guard, loader] = scriptsFor('zoom', false);
    expect(guard!.matches).toEqual(expect.arrayContaining(['https://*.zoom.com/*', 'https://*.zoomgov.com/*']));
    expect(loader!.matches).toEqual(expect.arrayContaining(['https://*.zoom.com/wc/*', 'https://*.zoomgov.com/wc/*']));
  });

  it('keeps Zoom on, on zoom.us alone, for whoever turned it on before zoom.com and ZoomGov were added', async () => {
    const { api, registered, origins } = fakeApi([...ON_WHEN_GRANTED.zoom]);
    expect(await syncPlatformScripts(api)).toEqual({ zoom: true, teams: false });
    const matches = (id: string) => (registered.get(id) as { matches: string[] }).matches;
    expect(matches('starboard-zoom-share-guard')).toEqual(['https://app.zoom.us/*', 'https://*.zoom.us/*']);
    expect(matches('starboard-zoom-loader')).toEqual(['https://app.zoom.us/wc/*', 'https://*.zoom.us/wc/*']);

    // ZoomGov granted later (the popup's switch on a ZoomGov page): registered again with its hosts.
    origins.add('https://*.zoomgov.com/*');
    expect(await syncPlatformScripts(api)).toEqual({ zoom: true, teams: false });
    expect(matches('starboard-zoom-loader')).toEqual([
      'https://app.zoom.us/wc/*',
      'https://*.zoom.us/wc/*',
      'https://*.zoomgov.com/wc/*',
    ]);
    expect(matches('starboard-zoom-share-guard')).toContain('https://*.zoomgov.com/*');
    expect(api.scripting.registerContentScripts).toHaveBeenCalledTimes(2);

    // Unchanged grants: nothing registered again.
    await syncPlatformScripts(api);
    expect(api.scripting.registerContentScripts).toHaveBeenCalledTimes(2);
  });

  it('does not count ZoomGov or zoom.com alone as Zoom on', async () => {
    const { api, registered } = fakeApi(['https://*.zoomgov.com/*', 'https://*.zoom.com/*']);
    expect(await syncPlatformScripts(api)).toEqual({ zoom: false, teams: false });
    expect(registered.size).toBe(0);
  });

  it('registers exactly the platforms whose permissions are granted', async () => {
    const { api, registered } = fakeApi([...OPT_IN_ORIGINS.zoom]);
    expect(await syncPlatformScripts(api)).toEqual({ zoom: true, teams: false });
    expect([...registered.keys()].sort()).toEqual(['starboard-zoom-loader', 'starboard-zoom-share-guard']);
  });

  it('needs every origin of a platform', async () => {
    const { api, registered } = fakeApi([OPT_IN_ORIGINS.teams[0]]);
    expect(await syncPlatformScripts(api)).toEqual({ zoom: false, teams: false });
    expect(registered.size).toBe(0);
  });

  it('is idempotent, and safe to run several times at once', async () => {
    const { api, registered } = fakeApi([...OPT_IN_ORIGINS.zoom, ...OPT_IN_ORIGINS.teams]);
    const results = await Promise.all([syncPlatformScripts(api), syncPlatformScripts(api), syncPlatformScripts(api)]);
    expect(results).toEqual([
      { zoom: true, teams: true },
      { zoom: true, teams: true },
      { zoom: true, teams: true },
    ]);
    expect(registered.size).toBe(4);
    expect(api.scripting.registerContentScripts).toHaveBeenCalledTimes(2);
  });

  it('unregisters a platform whose permission was removed', async () => {
    const { api, registered, origins } = fakeApi([...OPT_IN_ORIGINS.zoom, ...OPT_IN_ORIGINS.teams]);
    await syncPlatformScripts(api);
    for (const origin of OPT_IN_ORIGINS.zoom) origins.delete(origin);
    expect(await syncPlatformScripts(api)).toEqual({ zoom: false, teams: true });
    expect([...registered.keys()].sort()).toEqual(['starboard-teams-loader', 'starboard-teams-share-guard']);
  });

  it('repairs a half-registered platform', async () => {
    const { api, registered } = fakeApi([...OPT_IN_ORIGINS.teams]);
    registered.set('starboard-teams-loader', { id: 'starboard-teams-loader' });
    await syncPlatformScripts(api);
    expect([...registered.keys()].sort()).toEqual(['starboard-teams-loader', 'starboard-teams-share-guard']);
  });

  it('keeps settings.platforms in step with what is registered', async () => {
    const db = freshDb();
    const { api, origins } = fakeApi([...OPT_IN_ORIGINS.teams]);
    expect(await syncPlatforms(db, api)).toEqual({ zoom: false, teams: true });
    expect((await getSettings(db)).platforms).toEqual({ zoom: false, teams: true });
    for (const origin of OPT_IN_ORIGINS.teams) origins.delete(origin);
    await syncPlatforms(db, api);
    expect((await getSettings(db)).platforms).toEqual({ zoom: false, teams: false });
  });

  it('reports a failed registration to the caller, and the next sync still runs', async () => {
    const { api, registered } = fakeApi([...OPT_IN_ORIGINS.zoom]);
    vi.mocked(api.scripting.registerContentScripts).mockRejectedValueOnce(new Error('Invalid script'));
    await expect(syncPlatformScripts(api)).rejects.toThrow('Invalid script');
    expect(await syncPlatformScripts(api)).toEqual({ zoom: true, teams: false });
    expect(registered.size).toBe(2);
  });
});
