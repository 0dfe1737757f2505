import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '@/utils/i18n';
import { type OptInPlatform, type PlatformGrant, platformGrant, siteNames } from '@/utils/platforms/hosts';
import { grantedNow, outcomeText, PLATFORM_NAMES, setOrigins } from './turn-on';

/** The platform's grant, read again whenever the browser's permissions change (or `on`, the setting, does). */
export function usePlatformGrant(platform: OptInPlatform, on: boolean): PlatformGrant | null {
  const [grant, setGrant] = useState<PlatformGrant | null>(null);
  useEffect(() => {
    let alive = true;
    const read = () =>
      void grantedNow(platform)
        .then((granted) => alive && setGrant(platformGrant(platform, granted)))
        .catch(() => {});
    read();
    browser.permissions.onAdded.addListener(read);
    browser.permissions.onRemoved.addListener(read);
    return () => {
      alive = false;
      browser.permissions.onAdded.removeListener(read);
      browser.permissions.onRemoved.removeListener(read);
    };
  }, [platform, on]);
  return grant;
}

/** "zoom.com and zoomgov.com", in the UI language's own way of listing. */
function listOf(names: string[]): string {
  return new Intl.ListFormat(browser.i18n.getUILanguage(), { type: 'conjunction' }).format(names);
}

/**
 * Under a platform's switch in Settings: who turned Zoom on before zoom.com and ZoomGov joined its sites has it on
 * for zoom.us only. Says which sites are missing and asks for them from the click (the browser prompts for those
 * alone). Nothing while the platform is fully on or off.
 */
export function PlatformPartly({ platform, on, noteId }: { platform: OptInPlatform; on: boolean; noteId: string }) {
  const grant = usePlatformGrant(platform, on);
  const [status, setStatus] = useState('');
  const [pending, setPending] = useState(false);
  if (grant?.state !== 'partly') return status ? <p role="status">{status}</p> : null;
  const site = t(PLATFORM_NAMES[platform]);
  const sites = listOf(siteNames(grant.missing));
  const complete = () => {
    setPending(true);
    // In the click's own task, before anything is awaited (see setPlatforms).
    void setOrigins(grant.missing, true)
      .then((outcome) =>
        setStatus(outcome.granted ? outcomeText(platform, true, outcome) : t('platformPartlyDenied', [site, sites])),
      )
      .catch(() => setStatus(t('settingsPlatformFailed', site)))
      .finally(() => setPending(false));
  };
  return (
    <div class="stack">
      <p id={noteId}>{t('platformPartlyOn', [site, sites])}</p>
      <div class="row">
        <button type="button" disabled={pending} onClick={complete}>
          {t('platformPartlyComplete', [site, sites])}
        </button>
      </div>
      <p role="status" class="muted">
        {status}
      </p>
    </div>
  );
}
