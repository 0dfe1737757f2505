import { STANDARD_COMPETENCIES } from '@/utils/model';
import { coverageCompetencies, filterStories, practiceStats } from '@/utils/stories/library';
import { makeStory, NOW } from '../fixtures';

describe('filterStories', () => {
  const checkout = makeStory({
    id: 'checkout',
    title: 'Rescued the checkout migration',
    hook: 'Errors from 4% to 0.3%',
    competencies: ['technical-problem-solving'],
  });
  const schema = makeStory({
    id: 'schema',
    title: 'Schema standoff',
    action: 'I proposed a versioned contract with the data team.',
    competencies: ['conflict-resolution'],
  });
  const old = makeStory({ id: 'old', title: 'Old checkout rewrite', archived: 1 });
  const stories = [checkout, schema, old];
  const ids = (list: { id: string }[]) => list.map((story) => story.id);

  it('shows active stories by default, archived or all on request', () => {
    expect(ids(filterStories(stories, {}))).toEqual(['checkout', 'schema']);
    expect(ids(filterStories(stories, { archive: 'archived' }))).toEqual(['old']);
    expect(ids(filterStories(stories, { archive: 'all' }))).toEqual(['checkout', 'schema', 'old']);
  });

  it('matches every typed word in any field, ignoring case and order', () => {
    expect(ids(filterStories(stories, { text: 'CHECKOUT' }))).toEqual(['checkout']);
    expect(ids(filterStories(stories, { text: 'checkout', archive: 'all' }))).toEqual(['checkout', 'old']);
    expect(ids(filterStories(stories, { text: 'contract versioned' }))).toEqual(['schema']);
    expect(ids(filterStories(stories, { text: '0.3%' }))).toEqual(['checkout']);
    expect(ids(filterStories(stories, { text: 'checkout contract' }))).toEqual([]);
  });

  it('finds a story by the label of its competency', () => {
    expect(ids(filterStories(stories, { text: 'conflict resolution' }))).toEqual(['schema']);
  });

  it('treats a blank search as no search', () => {
    expect(ids(filterStories(stories, { text: '   ' }))).toEqual(['checkout', 'schema']);
  });
});

describe('coverageCompetencies', () => {
  it('lists every standard competency, then the own labels active stories use, once each, alphabetically', () => {
    const stories = [
      makeStory({ competencies: ['leadership', 'Public speaking', 'hiring'] }),
      makeStory({ competencies: ['public speaking ', 'Budgeting'] }),
      makeStory({ competencies: ['Archived skill'], archived: 1 }),
    ];
    expect(coverageCompetencies(stories)).toEqual([...STANDARD_COMPETENCIES, 'Budgeting', 'hiring', 'Public speaking']);
  });

  it('is the standard set for an empty library, so gaps still show', () => {
    expect(coverageCompetencies([])).toEqual([...STANDARD_COMPETENCIES]);
  });
});

describe('practiceStats', () => {
  it('counts sessions per story and keeps the latest date and rating whatever the order', () => {
    const session = (storyId: string, at: number, rating: 1 | 2 | 3 | 4) => ({
      id: `${storyId}-${at}`,
      storyId,
      question: '',
      at,
      seconds: 120,
      rating,
    });
    const stats = practiceStats([
      session('a', NOW - 10, 2),
      session('a', NOW, 4),
      session('a', NOW - 5, 1),
      session('b', NOW, 3),
    ]);
    expect(stats.get('a')).toEqual({ count: 3, lastAt: NOW, lastRating: 4 });
    expect(stats.get('b')).toEqual({ count: 1, lastAt: NOW, lastRating: 3 });
    expect(stats.get('c')).toBeUndefined();
  });
});
