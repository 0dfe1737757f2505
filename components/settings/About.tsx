import { browser } from 'wxt/browser';
import { t } from '@/utils/i18n';

/**
 * Who made this and what it does with your data, in your language; the full policy (PRIVACY.md, the same text the
 * stores link to) is packaged as privacy.html at build time (wxt.config.ts), so reading it needs no network either.
 */
export function About() {
  const { version } = browser.runtime.getManifest();
  return (
    <section class="card stack" aria-labelledby="about-heading">
      <h2 id="about-heading">{t('aboutHeading')}</h2>
      <p>{t('aboutVersion', version)}</p>
      <p>{t('aboutPrivacySummary')}</p>
      <p>
        {/* A page the build writes (wxt.config.ts), so WXT's list of known paths does not have it. */}
        <a href={browser.runtime.getURL('/privacy.html' as '/popup.html')} target="_blank" rel="noopener">
          {t('aboutPrivacyLink')}
        </a>
      </p>
    </section>
  );
}
