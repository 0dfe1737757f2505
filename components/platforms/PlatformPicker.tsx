import { useState } from 'preact/hooks';
import { useLive } from '@/components/ui/use-live';
import { request } from '@/utils/api/client';
import { t } from '@/utils/i18n';
import { OPT_IN_PLATFORMS, type OptInPlatform } from '@/utils/platforms/hosts';
import { outcomeText, PLATFORM_NAMES, setPlatforms } from './turn-on';

/**
 * First run, and the dashboard until answered: which platforms the candidate interviews on. Meet is always on; the
 * ticked others are requested from the button's click (one prompt for all), then the question is marked answered
 * whatever the browser said, so it is asked once. Settings keeps the switches for later.
 */
export function PlatformPicker() {
  const settings = useLive('settings.get', undefined);
  const [chosen, setChosen] = useState<OptInPlatform[]>([]);
  const [status, setStatus] = useState('');
  const [pending, setPending] = useState(false);
  if (settings.status !== 'ready' || (settings.value.platformsAsked && !status)) return null;

  const answer = (platforms: OptInPlatform[]) => {
    setPending(true);
    // The permission request goes first, in the click's task; the answer is recorded after.
    void setPlatforms(platforms, true)
      .then((outcome) =>
        setStatus(platforms.map((p) => outcomeText(p, true, outcome)).join(' ') || t('firstRunMeetOnly')),
      )
      .catch(() => setStatus(platforms.map((p) => t('settingsPlatformFailed', t(PLATFORM_NAMES[p]))).join(' ')))
      .then(() => request('settings.update', { platformsAsked: true }))
      .catch(() => {})
      .finally(() => setPending(false));
  };
  const toggle = (platform: OptInPlatform, on: boolean) =>
    setChosen((now) => (on ? [...now, platform] : now.filter((p) => p !== platform)));

  if (settings.value.platformsAsked) {
    return (
      <section class="card stack platform-picker" aria-labelledby="first-run-platforms">
        <h2 id="first-run-platforms">{t('firstRunPlatformsHeading')}</h2>
        <p role="status">{status}</p>
      </section>
    );
  }
  return (
    <section class="card stack platform-picker" aria-labelledby="first-run-platforms">
      <h2 id="first-run-platforms">{t('firstRunPlatformsHeading')}</h2>
      <p class="muted">{t('firstRunPlatformsIntro')}</p>
      <label class="check">
        <input type="checkbox" checked disabled />
        {t('settingsMeet')}
      </label>
      {OPT_IN_PLATFORMS.map((platform) => (
        <label class="check" key={platform}>
          <input
            type="checkbox"
            checked={chosen.includes(platform)}
            disabled={pending}
            onChange={(event) => toggle(platform, event.currentTarget.checked)}
          />
          {t(PLATFORM_NAMES[platform])}
        </label>
      ))}
      <div class="row">
        <button type="button" class="primary" disabled={pending} onClick={() => answer(chosen)}>
          {t('firstRunPlatformsSave')}
        </button>
      </div>
      <p role="status" class="muted">
        {status}
      </p>
    </section>
  );
}
