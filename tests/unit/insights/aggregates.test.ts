import fc from 'fast-check';
import { aggregatesOf, apply, emptyAggregates, insightsOf, topStoryIds } from '@/utils/insights/aggregates';
import { journalInsights } from '@/utils/insights/insights';
import { type JournalEntry, OUTCOMES } from '@/utils/model';
import { makeEntry } from '../backup/fixtures';

const day = (d: number, month = 0, year = 2026) => new Date(year, month, d, 12).getTime();

/** Small pools, so random writes collide: same ids, same rounds typed differently, same stories and companies. */
const entryArbitrary = fc
  .record({
    id: fc.constantFrom('e1', 'e2', 'e3', 'e4', 'e5', 'e6'),
    company: fc.constantFrom('Acme', ' Acme ', 'Bolt', 'Cog', ''),
    round: fc.constantFrom('Screen', 'screen ', 'Onsite', 'ONSITE', 'Final', ''),
    outcome: fc.constantFrom(...OUTCOMES),
    draft: fc.constantFrom<0 | 1>(0, 1),
    date: fc.integer({ min: day(1, 0, 2025), max: day(28, 3, 2027) }),
    storiesUsed: fc.array(fc.constantFrom('s1', 's2', 's3', 's4', 's5', 's6', 's7', 's8'), { maxLength: 4 }),
    ratings: fc.array(
      fc.record({
        competency: fc.constantFrom('leadership', 'influence', 'ambiguity', 'mentoring', 'my-own'),
        score: fc.constantFrom<1 | 2 | 3 | 4>(1, 2, 3, 4),
      }),
      { maxLength: 3 },
    ),
    checklist: fc.array(fc.boolean(), { maxLength: 3 }),
  })
  .map(
    ({ ratings, checklist, ...fields }): JournalEntry =>
      makeEntry({
        ...fields,
        ratings: ratings.map((rating) => ({ ...rating, evidence: '' })),
        checklist: checklist.map((checked, i) => ({ itemId: `item-${i}`, label: `Item ${i}`, checked })),
      }),
  );

const writeArbitrary = fc.oneof(
  entryArbitrary.map((entry) => ({ put: entry })),
  fc.constantFrom('e1', 'e2', 'e3', 'e4', 'e5', 'e6').map((id) => ({ delete: id })),
);

const titles = new Map([
  ['s1', 'One'],
  ['s3', 'Three'],
]);

describe('insights aggregates', () => {
  it('equal a full recompute after any sequence of writes and deletes', () => {
    fc.assert(
      fc.property(fc.array(writeArbitrary, { maxLength: 40 }), (writes) => {
        const journal = new Map<string, JournalEntry>();
        const running = emptyAggregates();
        for (const write of writes) {
          if ('put' in write) {
            apply(running, journal.get(write.put.id) ?? null, write.put);
            journal.set(write.put.id, write.put);
          } else {
            apply(running, journal.get(write.delete) ?? null, null);
            journal.delete(write.delete);
          }
        }
        const recomputed = aggregatesOf(journal.values());
        // The state itself, not only the charts: nothing lingers at zero to grow without end.
        expect(running).toEqual(recomputed);
        expect(insightsOf(running, titles)).toEqual(journalInsights(journal.values(), titles));
      }),
      { numRuns: 300 },
    );
  });

  it('do not depend on the order the journal is scanned in', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(entryArbitrary, { selector: (entry) => entry.id, maxLength: 6 }),
        fc.integer(),
        (entries, seed) => {
          const shuffled = [...entries].sort(
            (a, b) => ((a.id.charCodeAt(1) * seed) % 7) - ((b.id.charCodeAt(1) * seed) % 7),
          );
          expect(journalInsights(shuffled, titles)).toEqual(journalInsights(entries, titles));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('move an edited entry from one round, month and story to another', () => {
    const before = makeEntry({ id: 'a', round: 'Screen', date: day(5, 0), storiesUsed: ['s1'], outcome: 'pending' });
    const after = { ...before, round: 'Onsite', date: day(5, 2), storiesUsed: ['s2'], outcome: 'offer' as const };
    const aggregates = aggregatesOf([before]);
    apply(aggregates, before, after);
    const insights = insightsOf(aggregates);
    expect(insights.entries).toBe(1);
    expect(insights.funnel.map((row) => [row.label, row.total, row.outcomes.offer])).toEqual([['Onsite', 1, 1]]);
    expect(insights.storyUsage.months).toEqual(['2026-03']);
    expect(topStoryIds(aggregates)).toEqual(['s2']);
  });

  it('come back to empty when every entry is deleted', () => {
    const entries = [makeEntry({ id: 'a' }), makeEntry({ id: 'b', round: 'Final', draft: 1 })];
    const aggregates = aggregatesOf(entries);
    for (const entry of entries) apply(aggregates, entry, null);
    expect(aggregates).toEqual(emptyAggregates());
    expect(insightsOf(aggregates).funnel).toEqual([]);
  });

  it('label a round by its commonest spelling and break count ties by key, not by scan order', () => {
    const insights = insightsOf(
      aggregatesOf([
        makeEntry({ id: 'a', round: 'onsite', storiesUsed: ['s2'] }),
        makeEntry({ id: 'b', round: 'Onsite ', storiesUsed: ['s1'] }),
        makeEntry({ id: 'c', round: 'Onsite', storiesUsed: [] }),
      ]),
    );
    expect(insights.funnel.map((row) => row.label)).toEqual(['Onsite']);
    expect(insights.storyUsage.stories.map((story) => story.storyId)).toEqual(['s1', 's2']);
  });

  it('can be stored as they are: a structured clone is the same aggregates', () => {
    const aggregates = aggregatesOf([makeEntry({ id: 'a' }), makeEntry({ id: 'b', company: 'Bolt' })]);
    const copy = structuredClone(aggregates);
    expect(copy).toEqual(aggregates);
    apply(copy, null, makeEntry({ id: 'c' }));
    expect(insightsOf(copy)).toEqual(
      journalInsights([makeEntry({ id: 'a' }), makeEntry({ id: 'b', company: 'Bolt' }), makeEntry({ id: 'c' })]),
    );
  });
});
