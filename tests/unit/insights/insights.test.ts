import { checklistBucket, INSIGHT_LIMITS, journalInsights, monthsBetween } from '@/utils/insights/insights';
import { makeEntry } from '../backup/fixtures';

const day = (d: number, month = 0, year = 2026) => new Date(year, month, d, 12).getTime();

describe('journal insights', () => {
  it('fills every month between the first and last, across a year end', () => {
    expect(monthsBetween('2025-11', '2026-02')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(monthsBetween('2026-03', '2026-03')).toEqual(['2026-03']);
  });

  it('buckets checklist completion', () => {
    expect([0, 0.2, 0.99, 1].map(checklistBucket)).toEqual(['none', 'some', 'some', 'all']);
  });

  it('orders rounds as they usually come in a process, merging case and spaces', () => {
    const insights = journalInsights([
      makeEntry({ id: 'a', company: 'A', round: 'Onsite', date: day(10), outcome: 'rejected' }),
      makeEntry({ id: 'b', company: 'A', round: 'Screen', date: day(1), outcome: 'advanced' }),
      makeEntry({ id: 'c', company: 'B', round: 'screen ', date: day(3), outcome: 'advanced' }),
      makeEntry({ id: 'd', company: 'B', round: 'Onsite', date: day(8), outcome: 'offer' }),
      makeEntry({ id: 'e', company: 'B', round: 'Final', date: day(20), outcome: 'pending', draft: 1 }),
    ]);
    expect(insights.entries).toBe(5);
    expect(insights.drafts).toBe(1);
    expect(insights.funnel.map((row) => [row.label, row.total])).toEqual([
      ['Screen', 2],
      ['Onsite', 2],
      ['Final', 1],
    ]);
    expect(insights.funnel[0]?.outcomes.advanced).toBe(2);
  });

  it('counts story tellings per month and per company, once per entry, most told first', () => {
    const insights = journalInsights(
      [
        makeEntry({ id: 'a', company: 'A', storiesUsed: ['s1', 's1', 's2'], date: day(5, 0) }),
        makeEntry({ id: 'b', company: 'B', storiesUsed: ['s1'], date: day(5, 2) }),
      ],
      new Map([['s1', 'Story one']]),
    );
    const usage = insights.storyUsage;
    expect(usage.stories).toEqual([
      { storyId: 's1', title: 'Story one', total: 2 },
      { storyId: 's2', title: null, total: 1 },
    ]);
    expect(usage.months).toEqual(['2026-01', '2026-02', '2026-03']);
    expect(usage.byMonth).toEqual([
      [1, 0, 1],
      [1, 0, 0],
    ]);
    expect(usage.companies).toEqual(['A', 'B']);
    expect(usage.byCompany).toEqual([
      [1, 1],
      [1, 0],
    ]);
  });

  it('averages self-ratings per competency and month, and caps the series', () => {
    const entries = Array.from({ length: INSIGHT_LIMITS.competencies + 2 }, (_, i) =>
      makeEntry({
        id: `e${i}`,
        date: day(1, i % 2),
        ratings: [
          { competency: 'leadership', score: i % 2 === 0 ? 2 : 4, evidence: '' },
          { competency: `custom-${i}`, score: 1, evidence: '' },
        ],
      }),
    );
    const { ratings } = journalInsights(entries);
    expect(ratings).toHaveLength(INSIGHT_LIMITS.competencies);
    expect(ratings[0]).toEqual({
      competency: 'leadership',
      count: entries.length,
      points: [
        { month: '2026-01', average: 2, count: entries.length / 2 },
        { month: '2026-02', average: 4, count: entries.length / 2 },
      ],
    });
  });

  it('relates checklist completion to outcomes, leaving out entries without a checklist', () => {
    const done = { itemId: 'x', label: 'x', checked: true };
    const open = { itemId: 'y', label: 'y', checked: false };
    const { checklist } = journalInsights([
      makeEntry({ id: 'a', checklist: [done, done], outcome: 'offer' }),
      makeEntry({ id: 'b', checklist: [done, open], outcome: 'rejected' }),
      makeEntry({ id: 'c', checklist: [], outcome: 'rejected' }),
    ]);
    expect(checklist.map((row) => [row.label, row.total, row.outcomes.offer, row.outcomes.rejected])).toEqual([
      ['some', 1, 0, 1],
      ['all', 1, 1, 0],
    ]);
  });
});
