import { createStoryMatcher } from '@/utils/matcher/matcher';
import { samplePlan, sampleStories } from '@/utils/samples/samples';
import { isScorecardReady, storyHints } from '@/utils/stories/hints';
import { storyFromInput } from '../fixtures';

const samples = () => sampleStories().map((input, i) => storyFromInput(input, `sample-${i}`));

describe('sampleStories', () => {
  it('offers six sample stories, each marked and titled as a sample', () => {
    const stories = sampleStories();
    expect(stories).toHaveLength(6);
    for (const story of stories) {
      expect(story.title).toMatch(/^Sample: \S/);
      expect(story.sample).toBe(1);
      expect(story.id).toBeUndefined();
    }
  });

  it('covers the competencies a first look at the features needs, at varied strength', () => {
    const stories = samples();
    const covered = new Set(stories.flatMap((story) => story.competencies));
    for (const competency of [
      'leadership',
      'technical-problem-solving',
      'conflict-resolution',
      'innovation',
      'failure-recovery',
      'mentoring',
      'collaboration',
    ]) {
      expect(covered).toContain(competency);
    }
    expect(new Set(stories.map((story) => story.strength)).size).toBeGreaterThanOrEqual(3);
  });

  it('makes all but one scorecard-ready, the weak one vague enough for the hints to show', () => {
    const stories = samples();
    const notReady = stories.filter((story) => !isScorecardReady(story));
    expect(notReady).toHaveLength(1);
    const weak = notReady[0]!;
    const vague = storyHints(weak).find((hint) => hint.id === 'no-vague-phrases');
    expect(vague?.ok).toBe(false);
    expect(weak.strength).toBeLessThanOrEqual(2);
    // The ready ones pass every hint, so the dashboard shows them as the model to follow.
    for (const story of stories.filter((s) => s !== weak)) {
      expect(storyHints(story).filter((hint) => !hint.ok)).toEqual([]);
    }
  });

  it('gives the matcher something to find', () => {
    const [top] = createStoryMatcher(samples()).match('Tell me about a time you failed');
    expect(top?.story.competencies).toContain('failure-recovery');
  });
});

describe('samplePlan', () => {
  it('pins the first four stories and is marked as a sample', () => {
    const interview = samplePlan(['a', 'b', 'c', 'd', 'e']);
    expect(interview.pinnedStoryIds).toEqual(['a', 'b', 'c', 'd']);
    expect(interview.sample).toBe(1);
    expect(interview.status).toBe('planned');
  });
});
