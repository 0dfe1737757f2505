import { useLive, valueOr } from '@/components/ui/use-live';
import { formatDate } from '@/utils/format';
import { t } from '@/utils/i18n';
import { upcomingDeadlines } from '@/utils/offers/offers';
import { deadlineText, offerHref } from './labels';

/** Up next's card of offers waiting for an answer, soonest first; nothing at all while there are none. */
export function OfferDeadlines({ now }: { now: number }) {
  const offers = valueOr(useLive('offers.list', undefined), []);
  const upcoming = upcomingDeadlines(offers, now);
  if (upcoming.length === 0) return null;
  return (
    <section class="card stack" aria-labelledby="up-next-offers">
      <h2 id="up-next-offers">{t('upNextOffersHeading')}</h2>
      <ul class="list stack">
        {upcoming.map(({ offer, daysLeft }) => (
          <li key={offer.id}>
            <a href={offerHref(offer.id)}>{offer.company}</a>{' '}
            <span class="muted">
              {t('upNextOfferDeadline', [formatDate(offer.deadline ?? 0), deadlineText(daysLeft)])}
            </span>
          </li>
        ))}
      </ul>
      <a class="button" href="#/decide">
        {t('upNextOffersCompare')}
      </a>
    </section>
  );
}
