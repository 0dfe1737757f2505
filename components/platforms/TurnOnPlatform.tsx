import { useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import type { OptInPlatform } from '@/utils/platforms/hosts';
import { linkPlatform } from '@/utils/platforms/link-platform';
import type { Settings } from '@/utils/settings/settings';
import { outcomeText, PLATFORM_NAMES, setPlatforms } from './turn-on';

/**
 * "Turn on Zoom": a platform that is off, said plainly where it matters (a plan's link, a call page in the popup),
 * with the switch right there. `message` says why it matters in that place.
 */
export function TurnOnPlatform({ platform, message }: { platform: OptInPlatform; message: string }) {
  const [status, setStatus] = useState('');
  const [pending, setPending] = useState(false);
  const turnOn = () => {
    setPending(true);
    void setPlatforms([platform], true)
      .then((outcome) => setStatus(outcomeText(platform, true, outcome)))
      .catch(() => setStatus(t('settingsPlatformFailed', t(PLATFORM_NAMES[platform]))))
      .finally(() => setPending(false));
  };
  return (
    <div class="stack platform-off">
      <p>{message}</p>
      <button type="button" class="primary" disabled={pending} onClick={turnOn}>
        {t('platformTurnOn', t(PLATFORM_NAMES[platform]))}
      </button>
      <p role="status" class="muted">
        {status}
      </p>
    </div>
  );
}

/**
 * Under a plan's meeting link, once saved: the link is on Zoom or Teams and that platform is off, so no panel would
 * appear in the call. `platforms` is null while the settings load (nothing is said then).
 */
export function PlatformOffForLink({ link, platforms }: { link: string; platforms: Settings['platforms'] | null }) {
  const platform = linkPlatform(link);
  if (!platforms || (platform !== 'zoom' && platform !== 'teams') || platforms[platform]) return null;
  return <TurnOnPlatform platform={platform} message={t('planPlatformOff', t(PLATFORM_NAMES[platform]))} />;
}
