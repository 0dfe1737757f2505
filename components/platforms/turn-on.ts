import { browser } from 'wxt/browser';
import { request } from '@/utils/api/client';
import { type MessageKey, t } from '@/utils/i18n';
import { grantedOrigins, OPT_IN_ORIGINS, type OptInPlatform, platformOnAt } from '@/utils/platforms/hosts';

/** The platform's name in a sentence ("Turn on Zoom"); the settings list says "Zoom on the web". */
export const PLATFORM_NAMES: Record<OptInPlatform, MessageKey> = {
  zoom: 'platformNameZoom',
  teams: 'platformNameTeams',
};

/**
 * Switches opt-in platforms on or off: the browser's permission prompt (or removal), then `platforms.sync`, which
 * registers their call-page scripts and the Zoom redirect to match. MUST be called in the click's own task: the
 * browser refuses a permission request that does not come straight from a user gesture, so nothing is awaited
 * before it. Resolves to the platforms' state after the sync; rejects if the browser or the sync failed.
 */
export function setPlatforms(platforms: readonly OptInPlatform[], on: boolean) {
  return setOrigins(
    platforms.flatMap((platform) => [...OPT_IN_ORIGINS[platform]]),
    on,
  );
}

/** `setPlatforms` for some of a platform's origins: Settings completing an older, partial grant. Same rules. */
export function setOrigins(origins: readonly string[], on: boolean) {
  const asked =
    origins.length === 0
      ? Promise.resolve(true)
      : on
        ? browser.permissions.request({ origins: [...origins] })
        : browser.permissions.remove({ origins: [...origins] });
  return asked.then(async (granted) => ({ granted, platforms: await request('platforms.sync', undefined) }));
}

/** The sentence for the outcome of switching one platform, for a role="status" line. */
export function outcomeText(platform: OptInPlatform, on: boolean, outcome: Awaited<ReturnType<typeof setPlatforms>>) {
  const site = t(PLATFORM_NAMES[platform]);
  if (outcome.platforms[platform]) return t('settingsPlatformOn', site);
  return on && !outcome.granted ? t('settingsPlatformDenied', site) : t('settingsPlatformOff', site);
}

type Contains = (permissions: { origins: string[] }) => Promise<boolean>;

const browserContains: Contains = (permissions) => browser.permissions.contains(permissions);

/** The platform's origins the browser granted now (`platformGrant` reads them). */
export function grantedNow(platform: OptInPlatform, contains: Contains = browserContains): Promise<string[]> {
  return grantedOrigins(platform, contains);
}

/**
 * Whether an opt-in platform is off on the page at `url`: off altogether (`on` is `settings.platforms[platform]`), or
 * on without this page's host. Zoom turned on before zoom.com and ZoomGov joined its origins holds zoom.us alone, so
 * on a ZoomGov page nothing would run; the popup says so, and its switch asks for the missing origins.
 */
export async function platformOffAt(
  platform: OptInPlatform,
  url: string,
  on: boolean,
  contains: Contains = browserContains,
): Promise<boolean> {
  return !on || !platformOnAt(platform, url, await grantedOrigins(platform, contains));
}
