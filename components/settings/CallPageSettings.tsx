import { Fragment } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { PlatformPartly } from '@/components/platforms/PlatformPartly';
import { useLive } from '@/components/ui/use-live';
import { request } from '@/utils/api/client';
import {
  DEFAULT_FRAME_PREFS,
  framePrefsKey,
  HIDE_WHILE_SHARING_KEY,
  MIN_OPACITY,
  mergeFramePrefs,
  readFramePrefs,
  readHideWhileSharing,
} from '@/utils/frame/prefs';
import { type MessageKey, t } from '@/utils/i18n';
import type { Platform } from '@/utils/model';
import { OPT_IN_ORIGINS, OPT_IN_PLATFORMS, type OptInPlatform } from '@/utils/platforms/hosts';
import { useStoredFlag } from './use-stored-flag';
import './settings.css';

const PLATFORM_LABELS: Record<OptInPlatform, MessageKey> = { zoom: 'settingsZoom', teams: 'settingsTeams' };

/** Where Starboard runs and how its in-call frame behaves: the call-page preferences. */
export function CallPageSettings() {
  return (
    <>
      <CallSites />
      <ShareSafety />
      <PanelOpacity />
    </>
  );
}

/**
 * Zoom and Teams are on exactly when the browser granted their optional host permissions; the background registers
 * their call-page scripts to match (`platforms.sync`) and keeps `settings.platforms` in step.
 */
function CallSites() {
  const settings = useLive('settings.get', undefined);
  const [pending, setPending] = useState<OptInPlatform | null>(null);
  const [status, setStatus] = useState('');

  const change = (platform: OptInPlatform, on: boolean) => {
    const origins = [...OPT_IN_ORIGINS[platform]];
    const site = t(PLATFORM_LABELS[platform]);
    setPending(platform);
    // The request must be made in the click's own task, or the browser refuses it as not coming from the user.
    const asked = on ? browser.permissions.request({ origins }) : browser.permissions.remove({ origins });
    void asked
      .then(async (granted) => {
        const platforms = await request('platforms.sync', undefined);
        if (platforms[platform]) setStatus(t('settingsPlatformOn', site));
        else setStatus(on && !granted ? t('settingsPlatformDenied', site) : t('settingsPlatformOff', site));
      })
      .catch(() => setStatus(t('settingsPlatformFailed', site)))
      .finally(() => setPending(null));
  };

  return (
    <fieldset class="card stack">
      <legend>{t('settingsPlatformsHeading')}</legend>
      <p class="muted">{t('settingsPlatformsIntro')}</p>
      <label class="check">
        <input type="checkbox" checked disabled />
        {t('settingsMeet')}
      </label>
      {OPT_IN_PLATFORMS.map((platform) => (
        <Fragment key={platform}>
          <label class="check">
            <input
              type="checkbox"
              checked={settings.status === 'ready' && settings.value.platforms[platform]}
              disabled={settings.status !== 'ready' || pending !== null}
              onChange={(event) => change(platform, event.currentTarget.checked)}
            />
            {t(PLATFORM_LABELS[platform])}
          </label>
          <PlatformPartly
            platform={platform}
            on={settings.status === 'ready' && settings.value.platforms[platform]}
            noteId={`${platform}-partly`}
          />
        </Fragment>
      ))}
      <ZoomRedirect />
      <p role="status" class="status">
        {status}
      </p>
    </fieldset>
  );
}

/**
 * Zoom invite links open Zoom's web client instead of the desktop app (a declarativeNetRequest rule the background
 * installs only while Zoom is on and this allows). Saved, then the background re-syncs the rule.
 */
function ZoomRedirect() {
  const settings = useLive('settings.get', undefined);
  const [saving, setSaving] = useState(false);
  const change = (on: boolean) => {
    setSaving(true);
    void request('settings.update', { zoomRedirect: on })
      .then(() => request('platforms.sync', undefined))
      .catch(() => {})
      .finally(() => setSaving(false));
  };
  return (
    <>
      <label class="check">
        <input
          type="checkbox"
          checked={settings.status === 'ready' && settings.value.zoomRedirect}
          disabled={settings.status !== 'ready' || saving}
          aria-describedby="zoom-redirect-hint"
          onChange={(event) => change(event.currentTarget.checked)}
        />
        {t('settingsZoomRedirect')}
      </label>
      <p id="zoom-redirect-hint" class="muted">
        {t('settingsZoomRedirectHint')}
      </p>
    </>
  );
}

function ShareSafety() {
  const [hide, setHide] = useStoredFlag(HIDE_WHILE_SHARING_KEY, readHideWhileSharing);
  return (
    <fieldset class="card stack">
      <legend>{t('settingsShareHeading')}</legend>
      <label class="check">
        <input
          type="checkbox"
          checked={hide ?? true}
          disabled={hide === undefined}
          aria-describedby="hide-while-sharing-hint"
          onChange={(event) => setHide(event.currentTarget.checked)}
        />
        {t('settingsHideWhileSharing')}
      </label>
      <p id="hide-while-sharing-hint" class="muted">
        {t('settingsHideWhileSharingHint')}
      </p>
    </fieldset>
  );
}

/** Frame prefs are kept per platform (utils/call-page/prefs.ts); this one setting applies to all of them. */
const FRAME_PLATFORMS: Platform[] = ['meet', 'zoom', 'teams', 'generic'];

function PanelOpacity() {
  const [opacity, setOpacity] = useState<number | undefined>(undefined);
  useEffect(() => {
    void browser.storage.local
      .get(framePrefsKey('meet'))
      .then((stored) => setOpacity(readFramePrefs(stored[framePrefsKey('meet')]).opacity));
  }, []);
  const change = async (value: number) => {
    setOpacity(value);
    const keys = FRAME_PLATFORMS.map(framePrefsKey);
    const stored = await browser.storage.local.get(keys);
    await browser.storage.local.set(
      Object.fromEntries(keys.map((key) => [key, mergeFramePrefs(readFramePrefs(stored[key]), { opacity: value })])),
    );
  };
  const percent = Math.round((opacity ?? DEFAULT_FRAME_PREFS.opacity) * 100);
  return (
    <fieldset class="card stack">
      <legend>{t('settingsPanelHeading')}</legend>
      <label for="panel-opacity">{t('settingsOpacity')}</label>
      <div class="row">
        <input
          id="panel-opacity"
          type="range"
          min={MIN_OPACITY * 100}
          max={100}
          step={5}
          value={percent}
          disabled={opacity === undefined}
          aria-describedby="panel-opacity-hint"
          onInput={(event) => setOpacity(Number(event.currentTarget.value) / 100)}
          onChange={(event) => void change(Number(event.currentTarget.value) / 100)}
        />
        <output for="panel-opacity">{percent}%</output>
      </div>
      <p id="panel-opacity-hint" class="muted">
        {t('settingsOpacityHint')}
      </p>
    </fieldset>
  );
}
