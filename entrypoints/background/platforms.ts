import { type Browser, browser } from 'wxt/browser';
import { LOADER_MATCHES, OPT_IN_ORIGINS, OPT_IN_PLATFORMS, type OptInPlatform } from '@/utils/platforms/hosts';
import type { PlatformCommands, PlatformQueries } from '@/utils/platforms/protocol';
import { ZOOM_REDIRECT_RULE_ID, zoomRedirectRules } from '@/utils/platforms/zoom-redirect';
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
 * frame. The same files as Meet's manifest entries.
 */
export function scriptsFor(platform: OptInPlatform, firefox = import.meta.env.FIREFOX): Script[] {
  return [
    {
      id: `starboard-${platform}-share-guard`,
      js: ['content-scripts/share-guard.js'],
      matches: [...OPT_IN_ORIGINS[platform]],
      world: 'MAIN',
      runAt: 'document_start',
      allFrames: true,
      // Firefox matches about:srcdoc frames by their parent without being asked, and rejects the key before 128.
      ...(firefox ? {} : { matchOriginAsFallback: true }),
    },
    {
      id: `starboard-${platform}-loader`,
      js: [`content-scripts/${platform}.js`],
      matches: [...LOADER_MATCHES[platform]],
      runAt: 'document_idle',
    },
  ];
}

let queue: Promise<unknown> = Promise.resolve();

/**
 * Registers each opt-in platform's scripts where its permission is granted and unregisters them where it is not.
 * Idempotent, and serialised: start-up, permission events and the dashboard may all ask at once.
 */
export function syncPlatformScripts(api: ScriptApi = browser): Promise<Settings['platforms']> {
  const run = queue.then(async () => {
    const registered = new Set((await api.scripting.getRegisteredContentScripts()).map((s) => s.id));
    const state: Settings['platforms'] = { zoom: false, teams: false };
    for (const platform of OPT_IN_PLATFORMS) {
      const granted = await api.permissions.contains({ origins: [...OPT_IN_ORIGINS[platform]] });
      const scripts = scriptsFor(platform);
      const present = scripts.filter((s) => registered.has(s.id)).map((s) => s.id);
      const complete = present.length === scripts.length;
      if (present.length > 0 && (!granted || !complete)) await api.scripting.unregisterContentScripts({ ids: present });
      if (granted && !complete) await api.scripting.registerContentScripts(scripts);
      state[platform] = granted;
    }
    return state;
  });
  queue = run.catch(() => {});
  return run;
}

/**
 * The Zoom invite redirect (utils/platforms/zoom-redirect.ts) is installed exactly while Zoom is on and the setting
 * allows it, and removed otherwise. Dynamic rules outlive restarts, so every sync states the whole truth: remove our
 * id, add it back if due. With `declarativeNetRequestWithHostAccess` the rule acts only where we hold host access
 * (Zoom's optional origins), so even a stale rule could not touch any other site.
 */
export async function syncZoomRedirect(on: boolean, api: Pick<ScriptApi, 'declarativeNetRequest'>): Promise<void> {
  await api.declarativeNetRequest?.updateDynamicRules({
    removeRuleIds: [ZOOM_REDIRECT_RULE_ID],
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
