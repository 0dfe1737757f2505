import { type Browser, browser } from 'wxt/browser';
import {
  grantedMatches,
  grantedOrigins,
  LOADER_MATCHES,
  OPT_IN_ORIGINS,
  OPT_IN_PLATFORMS,
  type OptInPlatform,
  platformGrant,
} from '@/utils/platforms/hosts';
import type { PlatformCommands, PlatformQueries } from '@/utils/platforms/protocol';
import { ZOOM_REDIRECT_RULE_IDS, zoomRedirectRules } from '@/utils/platforms/zoom-redirect';
import type { Settings } from '@/utils/settings/settings';
import type { StarboardDb } from './db';
import type { CommandsOf, FeatureHandlers, QueriesOf } from './router';
import { getSettings, updateSettings } from './settings';

type Script = Browser.scripting.RegisteredContentScript;

/** The parts of the extension API the sync uses; tests pass fakes. */
export interface ScriptApi {
  scripting: Pick<
    typeof browser.scripting,
    'getRegisteredContentScripts' | 'registerContentScripts' | 'unregisterContentScripts'
  >;
  permissions: Pick<typeof browser.permissions, 'contains'>;
  /** Absent where the browser has no declarativeNetRequest (the redirect is then skipped, nothing else changes). */
  declarativeNetRequest?: Pick<typeof browser.declarativeNetRequest, 'updateDynamicRules'>;
}

/**
 * An opt-in platform's scripts: the share guard in the page's world, first and in every frame (Zoom shares from its
 * client's frame, an about:srcdoc frame on some builds, matched by its parent's origin), then the loader in the top
 * frame. The same files as Meet's manifest entries. `origins` are the platform's origins the browser granted (all of
 * them unless told): each script matches only inside those, so Zoom turned on before zoom.com and ZoomGov were added
 * keeps running on zoom.us alone.
 */
export function scriptsFor(
  platform: OptInPlatform,
  firefox = import.meta.env.FIREFOX,
  origins: readonly string[] = OPT_IN_ORIGINS[platform],
): Script[] {
  return [
    {
      id: `starboard-${platform}-share-guard`,
      js: ['content-scripts/share-guard.js'],
      matches: [...origins],
      world: 'MAIN',
      runAt: 'document_start',
      allFrames: true,
      // Firefox matches about:srcdoc frames by their parent without being asked, and rejects the key before 128.
      ...(firefox ? {} : { matchOriginAsFallback: true }),
    },
    {
      id: `starboard-${platform}-loader`,
      js: [`content-scripts/${platform}.js`],
      matches: grantedMatches(LOADER_MATCHES[platform], origins),
      runAt: 'document_idle',
    },
  ];
}

let queue: Promise<unknown> = Promise.resolve();

function sameMatches(a: readonly string[] | undefined, b: readonly string[] | undefined): boolean {
  return a?.length === b?.length && (a ?? []).every((pattern, i) => pattern === b?.[i]);
}

/**
 * Registers each opt-in platform's scripts where its permission is granted and unregisters them where it is not; a
 * platform whose granted origins changed (ZoomGov allowed later) is registered again with the new matches. A platform
 * is on, or partly on, as `platformGrant` says. Idempotent, and serialised: start-up, permission events and
 * the dashboard may all ask at once.
 */
export function syncPlatformScripts(api: ScriptApi = browser): Promise<Settings['platforms']> {
  const run = queue.then(async () => {
    const registered = new Map((await api.scripting.getRegisteredContentScripts()).map((s) => [s.id, s]));
    const state: Settings['platforms'] = { zoom: false, teams: false };
    for (const platform of OPT_IN_PLATFORMS) {
      const origins = await grantedOrigins(platform, (permissions) => api.permissions.contains(permissions));
      const granted = platformGrant(platform, origins).state !== 'off';
      const scripts = scriptsFor(platform, undefined, granted ? origins : []);
      const present = scripts.filter((s) => registered.has(s.id)).map((s) => s.id);
      const current = scripts.every((s) => sameMatches(registered.get(s.id)?.matches, s.matches));
      if (present.length > 0 && (!granted || !current)) await api.scripting.unregisterContentScripts({ ids: present });
      if (granted && !current) await api.scripting.registerContentScripts(scripts);
      state[platform] = granted;
    }
    return state;
  });
  queue = run.catch(() => {});
  return run;
}

/**
 * The Zoom invite redirects (utils/platforms/zoom-redirect.ts) are installed exactly while Zoom is on and the setting
 * allows it, and removed otherwise. Dynamic rules outlive restarts, so every sync states the whole truth: remove our
 * ids, add them back if due. With `declarativeNetRequestWithHostAccess` the rule acts only where we hold host access
 * (Zoom's optional origins), so even a stale rule could not touch any other site.
 */
export async function syncZoomRedirect(on: boolean, api: Pick<ScriptApi, 'declarativeNetRequest'>): Promise<void> {
  await api.declarativeNetRequest?.updateDynamicRules({
    removeRuleIds: ZOOM_REDIRECT_RULE_IDS,
    addRules: on ? (zoomRedirectRules() as Browser.declarativeNetRequest.Rule[]) : [],
  });
}

/** The sync, then `settings.platforms` brought in line with what is really registered, then the Zoom redirect. */
export async function syncPlatforms(db: StarboardDb, api: ScriptApi = browser): Promise<Settings['platforms']> {
  const platforms = await syncPlatformScripts(api);
  const settings = await getSettings(db);
  const current = settings.platforms;
  if (current.zoom !== platforms.zoom || current.teams !== platforms.teams) await updateSettings(db, { platforms });
  // The redirect is a convenience on top: a browser that refuses the rule (an older DNR without regexSubstitution)
  // must not undo the platform switch the user just made. The next sync tries again.
  await syncZoomRedirect(platforms.zoom && settings.zoomRedirect, api).catch(() => {});
  return platforms;
}

export function platformsFeature(db: StarboardDb): FeatureHandlers<PlatformQueries, PlatformCommands> {
  const queries: QueriesOf<PlatformQueries> = {};
  const commands: CommandsOf<PlatformCommands> = {
    'platforms.sync': () => syncPlatforms(db),
  };
  return { queries, commands };
}
