import { type MessageKey, type PluralKeys, t, tp } from '@/utils/i18n';
import type { UncountedPart } from '@/utils/offers/offers';

export { WORK_MODE_LABELS } from '@/utils/offers/offers';

export const UNCOUNTED_LABELS: Readonly<Record<UncountedPart, MessageKey>> = {
  bonus: 'offerFieldBonus',
  equity: 'offerFieldEquity',
  signOn: 'offerFieldSignOn',
};

export const offerHref = (id: string) => `#/decide/offer/${encodeURIComponent(id)}`;
export const newOfferHref = (entryId?: string) =>
  entryId === undefined ? '#/decide/new' : `#/decide/new/${encodeURIComponent(entryId)}`;

const IN_DAYS: PluralKeys = { one: 'offerDeadlineInDaysOne', other: 'offerDeadlineInDaysOther' };
const DAYS_AGO: PluralKeys = { one: 'offerDeadlinePassedOne', other: 'offerDeadlinePassedOther' };

/** How far the deadline is, in calendar days: "today", "tomorrow", "in 5 days", "passed 2 days ago". */
export function deadlineText(daysLeft: number): string {
  if (daysLeft === 0) return t('offerDeadlineToday');
  if (daysLeft === 1) return t('offerDeadlineTomorrow');
  return daysLeft > 0 ? tp(IN_DAYS, daysLeft) : tp(DAYS_AGO, -daysLeft);
}
