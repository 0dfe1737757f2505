import messages from '@/public/_locales/en/messages.json';
import { coverageMatrix, type HealthItem, type HealthItemId, healthCheck } from '@/utils/coverage/health';
import { t } from '@/utils/i18n';
import { CORE_COMPETENCIES, STANDARD_COMPETENCIES, type Story } from '@/utils/model';
import { sampleStories } from '@/utils/samples/samples';
import { DAY, makeCall, makeStory, NOW, storyFromInput, toldEvents } from '../fixtures';

function item(items: HealthItem[], id: HealthItemId): HealthItem {
  const found = items.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no ${id} item`);
  return found;
}

/** Six strong, quantified stories covering every core competency, failure included: a healthy library. */
function healthyLibrary(): Story[] {
  return [
    ...CORE_COMPETENCIES.map((competency) =>
      makeStory({ title: competency, competencies: [competency], strength: 4, result: 'Cut costs by 30%.' }),
    ),
    makeStory({ title: 'extra', competencies: ['mentoring'], strength: 2, result: 'Two promotions.' }),
  ];
}

describe('healthCheck', () => {
  it('explains each health in one sentence', () => {
    const entries = Object.entries(messages).filter(([key]) => key.startsWith('health'));
    expect(entries.length).toBeGreaterThan(0);
    for (const [, { message }] of entries) {
      expect(message).toMatch(/\.$/);
      expect(message).not.toMatch(/[.!?:]\s+\p{Lu}/u);
    }
  });

  it('returns every item, in a fixed order, all ok for a healthy library', () => {
    const items = healthCheck({ stories: healthyLibrary(), calls: [], now: NOW });
    expect(items.map((i) => i.id)).toEqual([
      'enough-stories',
      'core-coverage',
      'failure-story',
      'quantified-results',
      'overtold-stories',
      'stale-stories',
    ]);
    expect(items.filter((i) => !i.ok)).toEqual([]);
  });

  it('flags everything that can be flagged for an empty library', () => {
    const items = healthCheck({ stories: [], calls: [], now: NOW });
    expect(items.filter((i) => !i.ok).map((i) => i.id)).toEqual([
      'enough-stories',
      'core-coverage',
      'failure-story',
      'quantified-results',
    ]);
  });

  it('uses message keys that exist and render with their substitutions', () => {
    const stale = makeStory({ happenedAt: NOW - 10 * 365 * DAY });
    const told = makeCall({ events: toldEvents(stale.id, NOW - DAY, NOW - DAY, NOW - DAY, NOW - DAY) });
    const unhealthy = healthCheck({ stories: [stale], calls: [told], now: NOW });
    const healthy = healthCheck({ stories: healthyLibrary(), calls: [], now: NOW });
    const all = [...unhealthy, ...healthy];
    expect(new Set(all.map((i) => i.messageKey)).size).toBe(12);
    for (const i of all) {
      const text = t(i.messageKey, i.substitutions);
      expect(text).not.toBe(i.messageKey);
      expect(text).not.toMatch(/\$\d/);
    }
  });

  describe('enough stories', () => {
    it('needs six active stories', () => {
      const five = healthyLibrary().slice(0, 5);
      expect(item(healthCheck({ stories: five, calls: [], now: NOW }), 'enough-stories')).toEqual({
        id: 'enough-stories',
        ok: false,
        messageKey: 'healthEnoughStoriesLow',
        substitutions: ['5', '6'],
      });
      expect(item(healthCheck({ stories: healthyLibrary(), calls: [], now: NOW }), 'enough-stories')).toMatchObject({
        ok: true,
        messageKey: 'healthEnoughStoriesOk',
        substitutions: ['6', '6'],
      });
    });

    it('does not count archived stories', () => {
      const stories = [...healthyLibrary().slice(0, 5), makeStory({ archived: 1 })];
      expect(item(healthCheck({ stories, calls: [], now: NOW }), 'enough-stories').ok).toBe(false);
    });
  });

  describe('core coverage', () => {
    it('reports the core competencies with no story of strength 4 or more', () => {
      const stories = healthyLibrary().map((story) =>
        story.competencies.includes('innovation') || story.competencies.includes('leadership')
          ? { ...story, strength: 3 as const }
          : story,
      );
      expect(item(healthCheck({ stories, calls: [], now: NOW }), 'core-coverage')).toEqual({
        id: 'core-coverage',
        ok: false,
        messageKey: 'healthCoreCoverageGaps',
        substitutions: ['4'],
        competencies: ['leadership', 'innovation'],
      });
    });

    it('ignores archived stories however strong', () => {
      const stories = healthyLibrary().map((story) =>
        story.competencies.includes('conflict-resolution') ? { ...story, archived: 1 as const } : story,
      );
      expect(item(healthCheck({ stories, calls: [], now: NOW }), 'core-coverage').competencies).toEqual([
        'conflict-resolution',
      ]);
    });

    it('accepts a label typed with other case or spaces', () => {
      const stories = healthyLibrary().map((story) =>
        story.competencies.includes('leadership') ? { ...story, competencies: [' Leadership '] } : story,
      );
      expect(item(healthCheck({ stories, calls: [], now: NOW }), 'core-coverage').ok).toBe(true);
    });
  });

  describe('failure story', () => {
    it('needs one story about failure and recovery, of any strength', () => {
      const without = healthyLibrary().filter((story) => !story.competencies.includes('failure-recovery'));
      expect(item(healthCheck({ stories: without, calls: [], now: NOW }), 'failure-story')).toEqual({
        id: 'failure-story',
        ok: false,
        messageKey: 'healthFailureStoryMissing',
        competencies: ['failure-recovery'],
      });
      const weak = [...without, makeStory({ competencies: ['failure-recovery'], strength: 1 })];
      expect(item(healthCheck({ stories: weak, calls: [], now: NOW }), 'failure-story')).toEqual({
        id: 'failure-story',
        ok: true,
        messageKey: 'healthFailureStoryOk',
      });
    });
  });

  describe('quantified results', () => {
    it('needs two, and lists the stories a number would fix', () => {
      const quantified = makeStory({ result: 'Saved 40 hours a month.' });
      const vague = makeStory({ result: 'People liked it.' });
      const alsoVague = makeStory({ result: 'It went fine.' });
      const archived = makeStory({ result: 'Nothing measurable.', archived: 1 });
      expect(
        item(
          healthCheck({ stories: [quantified, vague, alsoVague, archived], calls: [], now: NOW }),
          'quantified-results',
        ),
      ).toEqual({
        id: 'quantified-results',
        ok: false,
        messageKey: 'healthQuantifiedLow',
        substitutions: ['1', '2'],
        storyIds: [vague.id, alsoVague.id],
      });

      const metricsOnly = makeStory({ result: 'Happier customers.', resultMetrics: 'NPS +12' });
      expect(
        item(healthCheck({ stories: [quantified, metricsOnly, vague], calls: [], now: NOW }), 'quantified-results'),
      ).toMatchObject({ ok: true, substitutions: ['2', '2'] });
    });
  });

  describe('over-told stories', () => {
    it('flags a story told more than three times in the last 30 days, across calls', () => {
      const often = makeStory();
      const thrice = makeStory();
      const calls = [
        makeCall({
          events: [...toldEvents(often.id, NOW - 2 * DAY, NOW - 3 * DAY), ...toldEvents(thrice.id, NOW - DAY)],
        }),
        makeCall({
          events: [
            { type: 'question-captured', at: NOW - DAY, text: 'Why us?' },
            ...toldEvents(often.id, NOW - 20 * DAY, NOW - 29 * DAY),
            ...toldEvents(thrice.id, NOW - 5 * DAY, NOW - 6 * DAY),
          ],
        }),
      ];
      expect(item(healthCheck({ stories: [often, thrice], calls, now: NOW }), 'overtold-stories')).toEqual({
        id: 'overtold-stories',
        ok: false,
        messageKey: 'healthOvertold',
        substitutions: ['3', '30'],
        storyIds: [often.id],
      });
    });

    it('only counts tellings inside the window', () => {
      const story = makeStory();
      const calls = [
        makeCall({ events: toldEvents(story.id, NOW - DAY, NOW - 2 * DAY, NOW - 31 * DAY, NOW - 400 * DAY) }),
        // A clock skewed into the future is not "in the last 30 days".
        makeCall({ events: toldEvents(story.id, NOW + DAY) }),
      ];
      expect(item(healthCheck({ stories: [story], calls, now: NOW }), 'overtold-stories')).toMatchObject({
        ok: true,
        messageKey: 'healthOvertoldOk',
      });
    });

    it('leaves archived stories out', () => {
      const archived = makeStory({ archived: 1 });
      const calls = [makeCall({ events: toldEvents(archived.id, NOW - 1, NOW - 2, NOW - 3, NOW - 4) })];
      expect(item(healthCheck({ stories: [archived], calls, now: NOW }), 'overtold-stories').ok).toBe(true);
    });
  });

  describe('stale stories', () => {
    it('flags stories that happened more than five years ago and skips undated ones', () => {
      const old = makeStory({ happenedAt: Date.UTC(2019, 0, 1) });
      const recent = makeStory({ happenedAt: Date.UTC(2022, 0, 1) });
      const undated = makeStory({ createdAt: Date.UTC(2001, 0, 1) });
      expect(item(healthCheck({ stories: [old, recent, undated], calls: [], now: NOW }), 'stale-stories')).toEqual({
        id: 'stale-stories',
        ok: false,
        messageKey: 'healthStale',
        substitutions: ['5'],
        storyIds: [old.id],
      });
    });

    it('counts calendar years, so exactly five years ago is not yet stale', () => {
      const fiveYearsAgo = Date.UTC(2020, 5, 15, 12, 0, 0);
      const boundary = makeStory({ happenedAt: fiveYearsAgo });
      const justOver = makeStory({ happenedAt: fiveYearsAgo - 1 });
      expect(
        item(healthCheck({ stories: [boundary, justOver], calls: [], now: NOW }), 'stale-stories').storyIds,
      ).toEqual([justOver.id]);
    });
  });

  it('finds the sample library healthy', () => {
    const samples = sampleStories().map((input) => storyFromInput(input));
    const items = healthCheck({ stories: samples, calls: [], now: NOW });
    expect(items.filter((i) => !i.ok)).toEqual([]);
  });
});

describe('coverageMatrix', () => {
  it('lists covering stories strongest first, per competency, in the order asked', () => {
    const strong = makeStory({ title: 'B strong', competencies: ['leadership', 'mentoring'], strength: 5 });
    const medium = makeStory({ title: 'A medium', competencies: ['leadership'], strength: 3 });
    const alsoMedium = makeStory({ title: 'C medium', competencies: ['Leadership'], strength: 3 });
    const { rows } = coverageMatrix([medium, alsoMedium, strong], ['mentoring', 'leadership', 'innovation']);
    expect(rows.map((row) => row.competency)).toEqual(['mentoring', 'leadership', 'innovation']);
    expect(rows[1]?.stories.map((entry) => [entry.story.title, entry.strength])).toEqual([
      ['B strong', 5],
      ['A medium', 3],
      ['C medium', 3],
    ]);
    expect(rows.map((row) => row.bestStrength)).toEqual([5, 5, 0]);
  });

  it('reports gaps with no story or no strong story, so the UI can start one for them', () => {
    const stories = [
      makeStory({ competencies: ['leadership'], strength: 4 }),
      makeStory({ competencies: ['innovation'], strength: 3 }),
      makeStory({ competencies: ['conflict-resolution'], strength: 5, archived: 1 }),
    ];
    const { gaps } = coverageMatrix(stories, CORE_COMPETENCIES);
    expect(gaps).toEqual([
      { competency: 'technical-problem-solving', reason: 'no-story', bestStrength: 0 },
      { competency: 'conflict-resolution', reason: 'no-story', bestStrength: 0 },
      { competency: 'innovation', reason: 'no-strong-story', bestStrength: 3 },
      { competency: 'failure-recovery', reason: 'no-story', bestStrength: 0 },
    ]);
  });

  it('handles a user’s own competency labels', () => {
    const story = makeStory({ competencies: ['Data privacy'], strength: 4 });
    const { rows, gaps } = coverageMatrix([story], [...STANDARD_COMPETENCIES, 'data privacy']);
    expect(rows.at(-1)?.stories.map((entry) => entry.story.id)).toEqual([story.id]);
    expect(gaps.map((gap) => gap.competency)).toEqual([...STANDARD_COMPETENCIES]);
  });
});
