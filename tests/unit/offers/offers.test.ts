import type { Offer } from '@/utils/model';
import {
  compareOffers,
  type DecideEntry,
  daysUntil,
  defaultCurrency,
  firstYearTotal,
  formatMoney,
  MISSING,
  offerSignals,
  upcomingDeadlines,
} from '@/utils/offers/offers';
import { makeEntry, makeOffer } from '../backup/fixtures';

const DAY = 24 * 60 * 60 * 1000;
// Local noon, so calendar-day arithmetic does not depend on the machine's time zone.
const NOW = new Date(2026, 11, 3, 12, 0).getTime();

/** An offer with only the figures given: everything else unknown. */
function bare(overrides: Partial<Offer> = {}): Offer {
  return {
    id: 'offer-bare',
    company: 'Bare Co',
    role: '',
    currency: 'EUR',
    location: '',
    notes: '',
    createdAt: 0,
    updatedAt: 0,
    ...overrides,
  };
}

function entry(overrides: Partial<DecideEntry>): DecideEntry {
  const { id, company, round, date, outcome, selfCall, ratings, signals, reflections, draft } = makeEntry(overrides);
  return { id, company, round, date, outcome, selfCall, ratings, signals, reflections, draft };
}

describe('firstYearTotal', () => {
  it('adds base, bonus, the first year of equity and the sign-on', () => {
    // 120k + 12k + 80k / 4 + 10k
    expect(firstYearTotal(makeOffer())).toEqual({ total: 162_000, equity: 20_000, uncounted: [] });
  });

  it('counts no equity in year one behind a cliff longer than a year', () => {
    expect(firstYearTotal(makeOffer({ cliffMonths: 18 }))).toMatchObject({ total: 142_000, equity: 0 });
  });

  it('leaves unknown figures out and says which, instead of taking them as 0', () => {
    const result = firstYearTotal(bare({ base: 100_000, equity: 40_000 }));
    // Equity without a vesting period cannot be spread over years: not counted, not guessed.
    expect(result).toEqual({ total: 100_000, equity: null, uncounted: ['bonus', 'equity', 'signOn'] });
  });

  it('has no total without a base salary', () => {
    expect(firstYearTotal(bare({ bonus: 5_000, signOn: 1_000 })).total).toBeNull();
  });
});

describe('formatMoney', () => {
  it('writes the amount in its currency as the locale does, and unknown as a dash, never 0', () => {
    expect(formatMoney(85_000, 'EUR', 'en-US')).toBe('€85,000');
    expect(formatMoney(85_000, 'EUR', 'de-DE')).toBe('85.000\u00a0€');
    expect(formatMoney(undefined, 'EUR', 'en-US')).toBe(MISSING);
    expect(formatMoney(null, 'USD', 'en-US')).toBe('—');
    expect(formatMoney(0, 'USD', 'en-US')).toBe('$0');
  });

  it('still shows an amount in a currency Intl does not know', () => {
    expect(formatMoney(1_000, 'ZZZ', 'en-US')).toMatch(/1,000/);
  });
});

describe('daysUntil and upcomingDeadlines', () => {
  it('counts calendar days, whatever the hour', () => {
    expect(daysUntil(new Date(2026, 11, 3, 23, 0).getTime(), NOW)).toBe(0);
    expect(daysUntil(new Date(2026, 11, 4, 1, 0).getTime(), NOW)).toBe(1);
    expect(daysUntil(NOW - 2 * DAY, NOW)).toBe(-2);
    expect(daysUntil(undefined, NOW)).toBeNull();
  });

  it('lists offers still waiting for an answer, soonest first', () => {
    const offers = [
      bare({ id: 'later', deadline: NOW + 9 * DAY }),
      bare({ id: 'passed', deadline: NOW - DAY }),
      bare({ id: 'none' }),
      bare({ id: 'soon', deadline: NOW + 2 * DAY }),
    ];
    expect(upcomingDeadlines(offers, NOW).map(({ offer, daysLeft }) => [offer.id, daysLeft])).toEqual([
      ['soon', 2],
      ['later', 9],
    ]);
  });
});

describe('offerSignals', () => {
  it('gathers the company’s rounds (any spelling of its name) and the linked entry, oldest first', () => {
    const entries = [
      entry({
        id: 'e2',
        company: 'acme robotics ',
        round: 'Onsite',
        date: NOW - DAY,
        selfCall: 'strong-hire',
        ratings: [
          { competency: 'leadership', score: 4, evidence: '' },
          { competency: 'collaboration', score: 3, evidence: '' },
        ],
        signals: 'Manager gives real ownership.',
        reflections: '',
      }),
      entry({ id: 'e1', company: 'Acme Robotics', round: 'Screen', date: NOW - 10 * DAY, selfCall: 'hire' }),
      entry({ id: 'other', company: 'Initech', signals: 'Not this one.' }),
      entry({
        id: 'linked',
        company: 'Acme (typo)',
        date: NOW,
        selfCall: undefined,
        ratings: [],
        signals: '',
        reflections: ' ',
      }),
    ];
    const signals = offerSignals(makeOffer({ journalEntryId: 'linked' }), entries);
    expect(signals.rounds).toBe(3);
    // e1's fixture rating (3) plus e2's 4 and 3.
    expect(signals.averageScore).toBeCloseTo(10 / 3);
    expect(signals.ratingCount).toBe(3);
    expect(signals.selfCalls).toEqual(['hire', 'strong-hire']);
    expect(signals.notes.map((note) => note.entryId)).toEqual(['e1', 'e2']);
    expect(signals.notes[1]).toMatchObject({ round: 'Onsite', signals: 'Manager gives real ownership.' });
  });

  it('has no average when nothing was rated', () => {
    expect(offerSignals(bare(), []).averageScore).toBeNull();
  });
});

describe('compareOffers', () => {
  it('orders by deadline, marks the nearest one and the highest first year within a currency', () => {
    const columns = compareOffers(
      [
        makeOffer({ id: 'acme', deadline: NOW + 7 * DAY }),
        makeOffer({ id: 'globex', company: 'Globex', base: 150_000, deadline: NOW + 3 * DAY }),
        makeOffer({ id: 'passed', company: 'Hooli', deadline: NOW - 2 * DAY }),
        bare({ id: 'usd', company: 'Initech', currency: 'USD', base: 500_000 }),
      ],
      [],
      NOW,
    );
    expect(columns.map((column) => column.offer.id)).toEqual(['passed', 'globex', 'acme', 'usd']);
    expect(columns.filter((column) => column.nearestDeadline).map((column) => column.offer.id)).toEqual(['globex']);
    expect(columns.find((column) => column.offer.id === 'passed')).toMatchObject({
      deadlinePassed: true,
      daysLeft: -2,
    });
    // Only EUR offers are ranked against each other; the lone USD one is not "highest".
    expect(columns.filter((column) => column.highestFirstYear).map((column) => column.offer.id)).toEqual(['globex']);
    expect(columns.find((column) => column.offer.id === 'usd')?.daysLeft).toBeNull();
  });

  it('ranks no lone offer as highest, and marks no passed deadline as nearest', () => {
    const [only] = compareOffers([makeOffer({ deadline: NOW + DAY })], [], NOW);
    expect(only).toMatchObject({ nearestDeadline: true, highestFirstYear: false });
    expect(compareOffers([makeOffer({ deadline: NOW - DAY })], [], NOW)[0]?.nearestDeadline).toBe(false);
    expect(compareOffers([], [], NOW)).toEqual([]);
  });
});

describe('defaultCurrency', () => {
  it('follows the locale’s region, then its language', () => {
    expect(defaultCurrency('en-GB')).toBe('GBP');
    expect(defaultCurrency('de-DE')).toBe('EUR');
    expect(defaultCurrency('de-CH')).toBe('CHF');
    expect(defaultCurrency('fr')).toBe('EUR');
    expect(defaultCurrency('es-MX')).toBe('MXN');
    expect(defaultCurrency('en')).toBe('USD');
    expect(defaultCurrency('not a locale')).toBe('USD');
  });
});
