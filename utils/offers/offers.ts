import type { MessageKey } from '@/utils/i18n';
import type { CompetencyRating, Id, JournalEntry, Offer, SelfCall, Timestamp, WorkMode } from '@/utils/model';

export const WORK_MODE_LABELS: Readonly<Record<WorkMode, MessageKey>> = {
  onsite: 'offerWorkModeOnsite',
  hybrid: 'offerWorkModeHybrid',
  remote: 'offerWorkModeRemote',
};

/** How a figure nobody gave is shown: never as 0, which would read as "no bonus" when it means "not known". */
export const MISSING = '—';

const DAY = 24 * 60 * 60 * 1000;

/** What the Decide view reads of a journal entry: the signals and self-ratings, never the whole entry. */
export type DecideEntry = Pick<
  JournalEntry,
  'id' | 'company' | 'round' | 'date' | 'outcome' | 'selfCall' | 'ratings' | 'signals' | 'reflections' | 'draft'
>;

/** One round's notes of the company, as written in its journal entry. */
export interface RoundNote {
  entryId: Id;
  round: string;
  date: Timestamp;
  signals: string;
  reflections: string;
}

export interface OfferSignals {
  /** Journal entries of the company (drafts too: they are the candidate's words). */
  rounds: number;
  /** Mean of every scorecard self-rating (1–4) in those entries; null when none was rated. */
  averageScore: number | null;
  ratingCount: number;
  /** The candidate's own hire / no-hire call per round, oldest first. */
  selfCalls: SelfCall[];
  /** Rounds with team/manager signals or reflections written, oldest first. */
  notes: RoundNote[];
}

/** The part of the first year's pay that is not counted because its figure is unknown. */
export type UncountedPart = 'bonus' | 'equity' | 'signOn';

export interface FirstYear {
  /** Base + bonus + the equity vesting in year one + sign-on, of the figures known; null without a base. */
  total: number | null;
  /** Equity vesting in the first year: none before a cliff longer than a year; null when not computable. */
  equity: number | null;
  uncounted: UncountedPart[];
}

export interface OfferColumn {
  offer: Offer;
  firstYear: FirstYear;
  /** Calendar days from today to the deadline (0 = today); null without one. */
  daysLeft: number | null;
  deadlinePassed: boolean;
  /** The soonest deadline not passed, among the offers compared. */
  nearestDeadline: boolean;
  /** The highest first-year total among two or more offers of the same currency (others cannot be ranked). */
  highestFirstYear: boolean;
  signals: OfferSignals;
}

/** The first year's pay of an offer, from the figures given; what is unknown is listed, not taken as 0. */
export function firstYearTotal(offer: Offer): FirstYear {
  const equity = firstYearEquity(offer);
  const uncounted: UncountedPart[] = [];
  if (offer.bonus === undefined) uncounted.push('bonus');
  if (equity === null) uncounted.push('equity');
  if (offer.signOn === undefined) uncounted.push('signOn');
  if (offer.base === undefined) return { total: null, equity, uncounted };
  const total = offer.base + (offer.bonus ?? 0) + (equity ?? 0) + (offer.signOn ?? 0);
  return { total, equity, uncounted };
}

/** A grant vests evenly over its years after the cliff; a cliff longer than a year vests nothing in year one. */
function firstYearEquity(offer: Offer): number | null {
  if (offer.equity === undefined) return null;
  if (offer.equity === 0 || (offer.cliffMonths !== undefined && offer.cliffMonths > 12)) return 0;
  if (offer.vestingYears === undefined || offer.vestingYears <= 0) return null;
  return offer.equity / Math.max(1, offer.vestingYears);
}

/** Local midnight of a moment's day, so "days left" counts calendar days, whatever the hour. */
function dayStart(at: Timestamp): number {
  const date = new Date(at);
  return new Date(date.getFullYear(), date.getMonth(), date.getDate()).getTime();
}

/** Calendar days from `now`'s day to `deadline`'s (negative once passed); null without a deadline. */
export function daysUntil(deadline: Timestamp | undefined, now: Timestamp): number | null {
  if (deadline === undefined) return null;
  return Math.round((dayStart(deadline) - dayStart(now)) / DAY);
}

/** Company names as typed in different places ("Acme ", "acme") are the same company. */
export function companyKey(company: string): string {
  return company.trim().replace(/\s+/g, ' ').toLocaleLowerCase();
}

function entriesOf(offer: Offer, entries: readonly DecideEntry[]): DecideEntry[] {
  const key = companyKey(offer.company);
  return entries
    .filter((entry) => entry.id === offer.journalEntryId || (key !== '' && companyKey(entry.company) === key))
    .sort((a, b) => a.date - b.date);
}

/** The signals and self-ratings gathered in the company's journal entries. */
export function offerSignals(offer: Offer, entries: readonly DecideEntry[]): OfferSignals {
  const own = entriesOf(offer, entries);
  const ratings: CompetencyRating[] = own.flatMap((entry) => entry.ratings);
  const sum = ratings.reduce((total, rating) => total + rating.score, 0);
  return {
    rounds: own.length,
    averageScore: ratings.length === 0 ? null : sum / ratings.length,
    ratingCount: ratings.length,
    selfCalls: own.flatMap((entry) => (entry.selfCall ? [entry.selfCall] : [])),
    notes: own
      .filter((entry) => entry.signals.trim() !== '' || entry.reflections.trim() !== '')
      .map((entry) => ({
        entryId: entry.id,
        round: entry.round,
        date: entry.date,
        signals: entry.signals.trim(),
        reflections: entry.reflections.trim(),
      })),
  };
}

/**
 * The offers side by side, soonest deadline first (offers without one last, then by company): each with its
 * first-year total, days to its deadline, and what the company's journal entries say.
 */
export function compareOffers(
  offers: readonly Offer[],
  entries: readonly DecideEntry[],
  now: Timestamp,
): OfferColumn[] {
  const columns = offers.map((offer) => {
    const daysLeft = daysUntil(offer.deadline, now);
    return {
      offer,
      firstYear: firstYearTotal(offer),
      daysLeft,
      deadlinePassed: daysLeft !== null && daysLeft < 0,
      nearestDeadline: false,
      highestFirstYear: false,
      signals: offerSignals(offer, entries),
    };
  });
  columns.sort(
    (a, b) =>
      (a.offer.deadline ?? Number.POSITIVE_INFINITY) - (b.offer.deadline ?? Number.POSITIVE_INFINITY) ||
      a.offer.company.localeCompare(b.offer.company),
  );
  const open = columns.filter((column) => column.daysLeft !== null && !column.deadlinePassed);
  const soonest = Math.min(...open.map((column) => column.daysLeft as number));
  for (const column of open) column.nearestDeadline = column.daysLeft === soonest;
  const byCurrency = new Map<string, OfferColumn[]>();
  for (const column of columns) {
    if (column.firstYear.total === null) continue;
    byCurrency.set(column.offer.currency, [...(byCurrency.get(column.offer.currency) ?? []), column]);
  }
  for (const same of byCurrency.values()) {
    if (same.length < 2) continue;
    const top = Math.max(...same.map((column) => column.firstYear.total as number));
    for (const column of same) column.highestFirstYear = column.firstYear.total === top;
  }
  return columns;
}

export interface UpcomingDeadline {
  offer: Offer;
  daysLeft: number;
}

/** Offers still waiting for an answer, soonest deadline first, for Up next. */
export function upcomingDeadlines(offers: readonly Offer[], now: Timestamp): UpcomingDeadline[] {
  return offers
    .map((offer) => ({ offer, daysLeft: daysUntil(offer.deadline, now) }))
    .filter((item): item is UpcomingDeadline => item.daysLeft !== null && item.daysLeft >= 0)
    .sort((a, b) => (a.offer.deadline ?? 0) - (b.offer.deadline ?? 0));
}

/**
 * An amount in its currency as the browser's locale writes it ("€85,000", "85.000 €"), whole units; "—" when
 * unknown. A currency code Intl does not know (an edited backup) still shows, as the number and the code.
 */
export function formatMoney(amount: number | null | undefined, currency: string, locale?: string): string {
  if (amount === null || amount === undefined || !Number.isFinite(amount)) return MISSING;
  try {
    return new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 0 }).format(amount);
  } catch {
    return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(amount)} ${currency}`;
  }
}

/** A plain number as the locale writes it, or "—". */
export function formatNumber(value: number | null | undefined, locale?: string): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return MISSING;
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value);
}

/** Regions whose currency is not the euro, for the first offer's default currency. */
const REGION_CURRENCY: Readonly<Record<string, string>> = {
  US: 'USD',
  GB: 'GBP',
  CA: 'CAD',
  AU: 'AUD',
  NZ: 'NZD',
  IN: 'INR',
  JP: 'JPY',
  CH: 'CHF',
  SE: 'SEK',
  NO: 'NOK',
  DK: 'DKK',
  PL: 'PLN',
  MX: 'MXN',
  BR: 'BRL',
  SG: 'SGD',
  AR: 'ARS',
  CO: 'COP',
  CL: 'CLP',
};
const EURO_LANGUAGES = new Set(['de', 'fr', 'es', 'it', 'nl', 'pt', 'fi', 'el', 'sk', 'sl', 'et', 'lv', 'lt']);

/**
 * The currency a first offer starts in: the region's of the browser's locale ("en-GB" → GBP), else the euro for
 * languages of the eurozone without a region, else USD. The candidate's last offer's currency wins over this.
 */
export function defaultCurrency(locale: string): string {
  let region: string | undefined;
  let language = '';
  try {
    const parsed = new Intl.Locale(locale);
    region = parsed.region;
    language = parsed.language;
  } catch {
    return 'USD';
  }
  if (region) return REGION_CURRENCY[region] ?? (EURO_LANGUAGES.has(language) || region === 'IE' ? 'EUR' : 'USD');
  return EURO_LANGUAGES.has(language) ? 'EUR' : 'USD';
}

export const CURRENCY_PATTERN = /^[A-Z]{3}$/;
