import { useLive, valueOr } from '@/components/ui/use-live';
import { t } from '@/utils/i18n';
import type { Id } from '@/utils/model';
import { newOfferHref, offerHref } from './labels';

/**
 * Beside a journal entry whose outcome is "offer": the offer entered from it, or the way to enter it. Plain links:
 * leaving the form saves what was typed (the journal form flushes its save when it unmounts). The panel shows the
 * same form after a call: there the links open the dashboard in a tab of its own, leaving the call's panel be.
 */
export function OfferFromEntry({ entryId }: { entryId: Id }) {
  const offers = useLive('offers.forEntry', entryId);
  if (offers.status !== 'ready') return null;
  const inDashboard = window.location.pathname.endsWith('/dashboard.html');
  const link = (route: string) =>
    inDashboard ? { href: route } : { href: `/dashboard.html${route}`, target: '_blank', rel: 'noopener' };
  const linked = valueOr(offers, []);
  return (
    <div class="card stack offer-from-entry">
      {linked.length === 0 ? (
        <p>
          <a class="button primary" {...link(newOfferHref(entryId))}>
            {t('offerEnterFromEntry')}
          </a>{' '}
          <span class="muted">{t('offerEnterFromEntryHelp')}</span>
        </p>
      ) : (
        <ul class="list">
          {linked.map((offer) => (
            <li key={offer.id}>
              <a {...link(offerHref(offer.id))}>{t('offerOpenFromEntry', offer.company)}</a>
            </li>
          ))}
        </ul>
      )}
      <a {...link('#/decide')}>{t('offerCompareLink')}</a>
    </div>
  );
}
