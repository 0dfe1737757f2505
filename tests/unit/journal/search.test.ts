import type { DBCore } from 'dexie';
import fc from 'fast-check';
import type { StarboardDb } from '@/entrypoints/background/db';
import { type JournalQuery, searchJournal } from '@/entrypoints/background/journal/search';
import { journalTerms, queryTerms } from '@/utils/journal/terms';
import { type JournalEntry, OUTCOMES, type Outcome } from '@/utils/model';
import { makeEntry, openTestDb } from '../backup/fixtures';

/** Deterministic data: a failure must reproduce. */
function mulberry32(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let r = Math.imul(a ^ (a >>> 15), 1 | a);
    r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r;
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
  };
}

const VOCABULARY = [
  'kubernetes',
  'kafka',
  'leadership',
  'leader',
  'latency',
  'migration',
  'mentoring',
  'conflict',
  'Zürich',
  'résumé',
  '面接',
  'design',
  'designer',
  'database',
  'roadmap',
  'rollback',
  'incident',
  'ownership',
  'quarterly',
  'zebra',
];
const COMPANIES = ['Acme', 'Globex', 'Initech', 'Umbrella', 'Hooli', 'Stark', 'Wayne', 'Wonka'];
const ROUNDS = ['Recruiter screen', 'Hiring manager', 'Onsite 1', 'Onsite 2'];
const ENTRY_COUNT = 400;
const DAY = 24 * 60 * 60 * 1000;
const START = Date.UTC(2025, 0, 1);

function generateEntries(): JournalEntry[] {
  const random = mulberry32(42);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const words = (n: number) => Array.from({ length: n }, () => pick(VOCABULARY)).join(' ');
  return Array.from({ length: ENTRY_COUNT }, (_, i) =>
    makeEntry({
      id: `entry-${String(i).padStart(4, '0')}`,
      company: pick(COMPANIES),
      round: pick(ROUNDS),
      role: 'Engineer',
      // Some entries share a date, to check the tie order.
      date: START + Math.floor(random() * 200) * DAY,
      outcome: pick(OUTCOMES),
      draft: random() < 0.2 ? 1 : 0,
      questions: [{ text: words(3) }],
      wentWell: words(2),
      improve: '',
      reflections: random() < 0.5 ? words(4) : '',
      signals: '',
      followUps: [],
      compensationNotes: '',
      ratings: [],
    }),
  );
}

/** The specification, in memory: what the indexed search must return. */
function oracle(all: readonly JournalEntry[], query: JournalQuery) {
  const terms = queryTerms(query.text ?? '');
  const matches = all
    .filter(
      (entry) =>
        terms.every((term) => journalTerms(entry).some((word) => word.startsWith(term))) &&
        (query.company === undefined || entry.company === query.company) &&
        (query.round === undefined || entry.round === query.round) &&
        (query.outcome === undefined || entry.outcome === query.outcome) &&
        (query.draft === undefined || entry.draft === query.draft) &&
        (query.from === undefined || entry.date >= query.from) &&
        (query.to === undefined || entry.date <= query.to),
    )
    .sort((a, b) => b.date - a.date || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0));
  return {
    ids: matches.slice(query.offset, query.offset + query.limit).map((entry) => entry.id),
    total: matches.length,
  };
}

/** Counts whole journal entries read from IndexedDB, by any path. */
let entriesRead = 0;
let valueScans = 0;

let db: StarboardDb;
let all: JournalEntry[];

beforeAll(async () => {
  all = generateEntries();
  db = await openTestDb();
  db.close();
  db.use({
    stack: 'dbcore',
    name: 'read-counter',
    create(down: DBCore): DBCore {
      return {
        ...down,
        table(name) {
          const table = down.table(name);
          if (name !== 'journal') return table;
          return {
            ...table,
            async getMany(request) {
              const result = await table.getMany(request);
              entriesRead += result.filter(Boolean).length;
              return result;
            },
            async query(request) {
              const result = await table.query(request);
              if (request.values) {
                valueScans += 1;
                entriesRead += result.result.length;
              }
              return result;
            },
            async openCursor(request) {
              if (request.values) valueScans += 1;
              return table.openCursor(request);
            },
          };
        },
      };
    },
  });
  await db.open();
  await db.journal.bulkAdd(all);
});

afterAll(() => db.close());

beforeEach(() => {
  entriesRead = 0;
  valueScans = 0;
});

async function expectLikeOracle(query: JournalQuery) {
  const result = await searchJournal(db, query);
  const expected = oracle(all, query);
  expect({ ids: result.entries.map((entry) => entry.id), total: result.total }).toEqual(expected);
  expect(result.capped).toBe(false);
  return result;
}

describe('searchJournal with text', () => {
  it.each([
    'kafka',
    'KAFKA',
    'kaf',
    'lead',
    'leadership',
    'zurich',
    'Zür',
    'resume',
    '面接',
    'kafka rollback',
    'design data',
    'zebra quarterly incident',
    'acme kafka',
    'nomatchword',
  ])('finds what the in-memory specification finds for %j', async (text) => {
    await expectLikeOracle({ text, offset: 0, limit: 25 });
  });

  it('combines words with filters and pages', async () => {
    await expectLikeOracle({ text: 'lead', company: 'Acme', offset: 0, limit: 5 });
    await expectLikeOracle({ text: 'lead', company: 'Acme', offset: 5, limit: 5 });
    await expectLikeOracle({ text: 'migration', round: 'Onsite 1', outcome: 'offer', offset: 0, limit: 50 });
    await expectLikeOracle({ text: 'kafka', draft: 1, offset: 0, limit: 50 });
    await expectLikeOracle({ text: 'roadmap', from: START + 50 * DAY, to: START + 80 * DAY, offset: 2, limit: 7 });
  });

  it('reads only candidate entries, never the whole journal', async () => {
    const result = await searchJournal(db, { text: 'zebra quarterly', offset: 0, limit: 10 });
    const candidates = all.filter((entry) => journalTerms(entry).some((word) => word.startsWith('quarterly')));
    expect(candidates.length).toBeLessThan(ENTRY_COUNT);
    expect(valueScans).toBe(0);
    expect(entriesRead).toBeLessThanOrEqual(candidates.length + result.entries.length);
  });

  it('reports a capped search when the anchor word matches more index rows than are scanned', async () => {
    const result = await searchJournal(db, { text: 'ka', offset: 0, limit: 10 }, { maxCandidateRows: 20 });
    expect(result.capped).toBe(true);
    expect(result.total).toBeLessThanOrEqual(20);
    expect(entriesRead).toBeLessThanOrEqual(20 + 10);
  });

  it('agrees with the specification on random queries', async () => {
    const word = fc
      .tuple(fc.constantFrom(...VOCABULARY, ...COMPANIES), fc.integer({ min: 2, max: 12 }))
      .map(([w, n]) => w.slice(0, n));
    await fc.assert(
      fc.asyncProperty(
        fc.array(word, { minLength: 1, maxLength: 3 }),
        fc.option(fc.constantFrom(...COMPANIES), { nil: undefined }),
        fc.option(fc.constantFrom<Outcome>(...OUTCOMES), { nil: undefined }),
        fc.nat(30),
        fc.integer({ min: 1, max: 30 }),
        async (words, company, outcome, offset, limit) => {
          const query: JournalQuery = { text: words.join(' '), offset, limit };
          if (company !== undefined) query.company = company;
          if (outcome !== undefined) query.outcome = outcome;
          const result = await searchJournal(db, query);
          const expected = oracle(all, query);
          expect(result.entries.map((entry) => entry.id)).toEqual(expected.ids);
          expect(result.total).toBe(expected.total);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('searchJournal without text', () => {
  it('walks the date index newest first, with offset and limit', async () => {
    const result = await expectLikeOracle({ text: '', offset: 10, limit: 20 });
    expect(result.total).toBe(ENTRY_COUNT);
    expect(entriesRead).toBeLessThanOrEqual(30);
  });

  it('uses the company index and filters', async () => {
    await expectLikeOracle({ company: 'Globex', offset: 0, limit: 10 });
    await expectLikeOracle({ company: 'Globex', from: START + 30 * DAY, to: START + 90 * DAY, offset: 1, limit: 4 });
    await expectLikeOracle({ round: 'Onsite 2', outcome: 'rejected', offset: 0, limit: 10 });
    await expectLikeOracle({ text: ' a ', draft: 0, offset: 3, limit: 3 });
    await expectLikeOracle({ from: START + 300 * DAY, offset: 0, limit: 10 });
  });

  it('returns nothing for an empty page or an inverted range', async () => {
    expect((await searchJournal(db, { offset: 0, limit: 0 })).entries).toEqual([]);
    expect(await searchJournal(db, { from: 10, to: 5, offset: 0, limit: 10 })).toEqual({
      entries: [],
      total: 0,
      capped: false,
    });
  });
});
