import fc from 'fast-check';
import { inferQuestionCompetencies, searchQuestionBank } from '@/utils/matcher/competency-inference';
import { createStoryMatcher, DEFAULT_MATCH_LIMIT } from '@/utils/matcher/matcher';
import { QUESTION_BANK } from '@/utils/matcher/question-bank';
import { processTerm, stem } from '@/utils/matcher/stemmer';
import { STANDARD_COMPETENCIES, type Story } from '@/utils/model';
import { sampleStories } from '@/utils/samples/samples';
import { makeStory, storyFromInput } from '../fixtures';

/**
 * A candidate's library as it might really look: several stories mention teammates, agreement or working together,
 * and the conflict story is neither the strongest nor worded with "disagree".
 */
function realisticLibrary() {
  const conflict = makeStory({
    id: 'conflict',
    title: 'Schema ownership standoff with the data team',
    hook: 'Two engineers, one table, zero shared vocabulary.',
    situation:
      'A senior engineer on my squad and I clashed over who should own the events schema. Tension built up in ' +
      'code reviews and stand-ups until the squad started avoiding the topic.',
    task: 'I wanted a working agreement before the analytics launch, without going over anyone’s head.',
    action:
      'I asked for a one-to-one, listened to the concerns first, and wrote down the objections in their words. I ' +
      'pushed back on the idea of a single owner and proposed a written contract with versioned fields instead.',
    result: 'The contract shipped in two weeks and review comments on schema changes dropped by half.',
    resultMetrics: 'review churn −50%',
    competencies: ['conflict-resolution', 'communication'],
    strength: 3,
    domain: 'Data platform',
  });
  const collaboration = makeStory({
    id: 'collaboration',
    title: 'Pairing with teammates across three time zones',
    hook: 'A relay race of pull requests around the globe.',
    situation: 'My teammates sat in Berlin, Austin and Singapore, and handovers between teammates kept failing.',
    task: 'I wanted every teammate to agree on one handover routine.',
    action:
      'I drafted a handover template, my teammates agreed to try it, and I ran a weekly check-in with each teammate.',
    result: 'Handover bugs fell by 60% and every teammate kept using the template.',
    resultMetrics: '−60% handover bugs',
    competencies: ['collaboration'],
    strength: 5,
    domain: 'Payments',
  });
  const mentoring = makeStory({
    id: 'mentoring',
    title: 'Coaching a teammate through their first on-call',
    hook: 'From panic to calm in four shifts.',
    situation: 'A new teammate was anxious about joining the on-call rotation.',
    task: 'I offered to mentor them through their first month.',
    action:
      'I shadowed their first two shifts, wrote a runbook with them, and I reviewed every incident note together.',
    result: 'They handled the next incident alone in 12 minutes.',
    resultMetrics: '12-minute resolution',
    competencies: ['mentoring'],
    strength: 4,
    domain: 'Platform',
  });
  const leadership = makeStory({
    id: 'leadership',
    title: 'Leading the mobile rewrite',
    hook: 'One codebase instead of two.',
    situation: 'Our iOS and Android apps had drifted apart and the team was frustrated.',
    task: 'I led a team of six to merge them onto one cross-platform codebase.',
    action: 'I set the milestones, I ran the weekly demos, and I kept scope tight when pressure grew.',
    result: 'We shipped in five months and release effort halved.',
    resultMetrics: 'release effort −50%',
    competencies: ['leadership', 'ownership-delivery'],
    strength: 5,
    domain: 'Mobile',
  });
  const influence = makeStory({
    id: 'influence',
    title: 'Convincing my manager to fund observability',
    hook: 'A dashboard that paid for itself.',
    situation: 'My manager did not see the value of tracing and preferred new features.',
    task: 'I wanted budget for a tracing rollout.',
    action: 'I gathered incident data, I built a cost model, and I presented it to my manager and the director.',
    result: 'The rollout was funded and mean time to recovery fell by 35%.',
    resultMetrics: 'MTTR −35%',
    competencies: ['influence'],
    strength: 4,
    domain: 'Platform',
  });
  const technical = makeStory({
    id: 'technical',
    title: 'Hunting a memory leak in the image service',
    hook: 'The leak only appeared on Tuesdays.',
    situation: 'The image service crashed weekly under load.',
    task: 'I owned the investigation.',
    action: 'I captured heap snapshots, I bisected the releases, and I found a cache that never evicted.',
    result: 'Crashes stopped and memory use dropped by 70%.',
    resultMetrics: '−70% memory',
    competencies: ['technical-problem-solving'],
    strength: 5,
    domain: 'Media',
  });
  const failure = makeStory({
    id: 'failure',
    title: 'The launch I announced too early',
    hook: 'I promised a date I could not keep.',
    situation: 'I committed to a launch date before the load tests were done.',
    task: 'I had to recover trust after we slipped.',
    action: 'I told the stakeholders myself, I re-planned with buffer, and I changed how I estimate.',
    result: 'We launched three weeks late but with zero incidents, and my later estimates landed within 10%.',
    resultMetrics: '±10% estimates',
    competencies: ['failure-recovery'],
    strength: 4,
    domain: 'Growth',
  });
  const archivedConflict = makeStory({
    id: 'archived-conflict',
    title: 'I disagreed with a teammate about tabs',
    action: 'I disagreed with my teammate and we argued about tabs versus spaces.',
    competencies: ['conflict-resolution'],
    strength: 5,
    archived: 1,
  });
  return {
    stories: [collaboration, mentoring, leadership, influence, technical, failure, archivedConflict, conflict],
    conflict,
    collaboration,
    mentoring,
    technical,
    failure,
    archivedConflict,
  };
}

describe('createStoryMatcher', () => {
  it('ranks the conflict-resolution story first for a disagreement with a teammate', () => {
    const { stories, conflict } = realisticLibrary();
    const results = createStoryMatcher(stories).match('Tell me about a time you disagreed with a teammate');
    expect(results[0]?.story.id).toBe(conflict.id);
    expect(results[0]?.reasons.competencies).toContain('conflict-resolution');
    // The teammate-heavy stories are still offered, just not first.
    expect(results.map((result) => result.story.id)).toContain('collaboration');
  });

  it('ranks the sample conflict story first among the samples for the same question', () => {
    const samples = sampleStories().map((input, i) => storyFromInput(input, `sample-${i}`));
    const [top] = createStoryMatcher(samples).match('Tell me about a time you disagreed with a teammate');
    expect(top?.story.competencies[0]).toBe('conflict-resolution');
    expect(top?.reasons.words).toEqual(['disagreed']);
  });

  it.each([
    ['Tell me about a time you failed.', 'failure'],
    ['What is the biggest mistake you have made?', 'failure'],
    ['Describe a time you mentored a junior colleague.', 'mentoring'],
    ['Walk me through the hardest bug you debugged.', 'technical'],
    ['How do you deal with a conflict at work?', 'conflict'],
    ['Give an example of pushback from a peer.', 'conflict'],
  ])('matches %j to the %s story', (question, expected) => {
    const { stories } = realisticLibrary();
    expect(createStoryMatcher(stories).match(question)[0]?.story.id).toBe(expected);
  });

  it('never returns archived stories', () => {
    const { stories, archivedConflict } = realisticLibrary();
    const matcher = createStoryMatcher(stories);
    const ids = matcher.match('I disagreed with a teammate about tabs versus spaces', 50).map((r) => r.story.id);
    expect(ids).not.toContain(archivedConflict.id);
    expect(ids.length).toBeGreaterThan(0);
  });

  it('weights a competency match above any amount of shared wording', () => {
    const wordy = makeStory({
      id: 'wordy',
      title: 'Teammate disagreed',
      action: 'My teammate disagreed, another teammate disagreed, every teammate disagreed with the teammate.',
      competencies: ['innovation'],
      strength: 5,
    });
    const tagged = makeStory({
      id: 'tagged',
      title: 'Quiet story',
      competencies: ['conflict-resolution'],
      strength: 1,
    });
    const results = createStoryMatcher([wordy, tagged]).match('Tell me about a time you disagreed with a teammate');
    expect(results.map((r) => r.story.id)).toEqual(['tagged', 'wordy']);
    expect(results[1]?.reasons).toEqual({ competencies: [], words: ['disagreed', 'teammate'] });
  });

  it('lets shared words decide between stories of the same competency', () => {
    const generic = makeStory({ id: 'generic', title: 'A disagreement', competencies: ['conflict-resolution'] });
    const specific = makeStory({
      id: 'specific',
      title: 'Disagreed with a teammate over the rollout',
      competencies: ['conflict-resolution'],
    });
    const results = createStoryMatcher([generic, specific]).match('Tell me about a time you disagreed with a teammate');
    expect(results.map((r) => r.story.id)).toEqual(['specific', 'generic']);
  });

  it('breaks ties by strength', () => {
    const weaker = makeStory({ id: 'weaker', title: 'Same', competencies: ['leadership'], strength: 2 });
    const stronger = makeStory({ id: 'stronger', title: 'Same', competencies: ['leadership'], strength: 5 });
    const results = createStoryMatcher([weaker, stronger]).match('Tell me about a time you led a team.');
    expect(results.map((r) => r.story.id)).toEqual(['stronger', 'weaker']);
    expect(results[0]?.score).toBe(results[1]?.score);
  });

  it('reports the question’s words as typed, once each', () => {
    const checkout = makeStory({
      id: 'checkout',
      title: 'Checkout rewrite',
      action: 'I rewrote checkout and its retries.',
    });
    const [top] = createStoryMatcher([checkout]).match('Tell me about the Checkout RETRIES, the checkout!');
    expect(top?.reasons.words).toEqual(['Checkout', 'RETRIES']);
  });

  it('counts a competency typed twice only once', () => {
    const twice = makeStory({ id: 'twice', title: 'Same', competencies: ['leadership', ' Leadership'] });
    const once = makeStory({ id: 'once', title: 'Same', competencies: ['leadership'] });
    const [first, second] = createStoryMatcher([twice, once]).match('Tell me about a project you led.');
    expect(first?.score).toBe(second?.score);
    expect(first?.reasons.competencies).toEqual(['leadership']);
  });

  it('finds a user’s own competency labels by text', () => {
    const privacy = makeStory({ id: 'privacy', competencies: ['Data privacy'] });
    const other = makeStory({ id: 'other', competencies: ['leadership'] });
    expect(
      createStoryMatcher([privacy, other])
        .match('How have you handled privacy?')
        .map((r) => r.story.id),
    ).toEqual(['privacy']);
  });

  it('returns nothing for an empty question, a question of filler words, or a zero limit', () => {
    const { stories } = realisticLibrary();
    const matcher = createStoryMatcher(stories);
    expect(matcher.match('')).toEqual([]);
    expect(matcher.match('   ')).toEqual([]);
    expect(matcher.match('Tell me about a time when you…')).toEqual([]);
    expect(matcher.match('Tell me about a time you failed.', 0)).toEqual([]);
  });

  it('respects the limit, defaulting to five', () => {
    const stories = Array.from({ length: 12 }, (_, i) => makeStory({ id: `s${i}`, competencies: ['leadership'] }));
    const matcher = createStoryMatcher(stories);
    expect(matcher.match('Tell me about leadership')).toHaveLength(DEFAULT_MATCH_LIMIT);
    expect(matcher.match('Tell me about leadership', 2)).toHaveLength(2);
    expect(matcher.match('Tell me about leadership', 50)).toHaveLength(12);
  });

  describe('update', () => {
    it('adds, re-indexes, archives and removes stories', () => {
      const kafka = makeStory({ id: 'kafka', title: 'Kafka migration', action: 'I moved the queues to Kafka.' });
      const matcher = createStoryMatcher([]);
      expect(matcher.match('kafka')).toEqual([]);

      matcher.update([kafka]);
      expect(matcher.match('kafka').map((r) => r.story.id)).toEqual(['kafka']);

      const renamed = { ...kafka, title: 'Pulsar migration', action: 'I moved the queues to Pulsar.' };
      matcher.update([renamed]);
      expect(matcher.match('kafka')).toEqual([]);
      expect(matcher.match('pulsar')[0]?.story).toBe(renamed);

      matcher.update([{ ...renamed, archived: 1 }]);
      expect(matcher.match('pulsar')).toEqual([]);

      matcher.update([renamed]);
      expect(matcher.match('pulsar')).toHaveLength(1);
      matcher.update([]);
      expect(matcher.match('pulsar')).toEqual([]);
    });

    it('returns the latest story object and strength even when the text is unchanged', () => {
      const first = makeStory({ id: 'a', title: 'Same', competencies: ['leadership'], strength: 2 });
      const second = makeStory({ id: 'b', title: 'Same', competencies: ['leadership'], strength: 3 });
      const matcher = createStoryMatcher([first, second]);
      expect(matcher.match('leadership')[0]?.story.id).toBe('b');

      const strengthened = { ...first, strength: 5 as const };
      matcher.update([strengthened, second]);
      const [top] = matcher.match('leadership');
      expect(top?.story).toBe(strengthened);
    });

    it('re-indexes a story whose competencies changed', () => {
      const story = makeStory({ id: 'x', competencies: ['Kubernetes'] });
      const matcher = createStoryMatcher([story]);
      expect(matcher.match('kubernetes')).toHaveLength(1);
      matcher.update([{ ...story, competencies: ['Terraform'] }]);
      expect(matcher.match('kubernetes')).toEqual([]);
      expect(matcher.match('terraform')).toHaveLength(1);
    });
  });

  it('keeps results sorted, unique, within the limit and free of archived stories', () => {
    const storyArbitrary = fc.record({
      competencies: fc.subarray([...STANDARD_COMPETENCIES], { maxLength: 3 }),
      strength: fc.constantFrom(1, 2, 3, 4, 5) as fc.Arbitrary<Story['strength']>,
      archived: fc.constantFrom(0, 1) as fc.Arbitrary<Story['archived']>,
      action: fc.constantFrom('', 'I disagreed with the plan.', 'I mentored two interns.', 'I shipped it early.'),
    });
    fc.assert(
      fc.property(
        fc.array(storyArbitrary, { maxLength: 15 }),
        fc.constantFrom(...QUESTION_BANK.map((q) => q.text)),
        fc.integer({ min: 1, max: 8 }),
        (partials, question, limit) => {
          const stories = partials.map((partial, i) => makeStory({ ...partial, id: `p${i}` }));
          const results = createStoryMatcher(stories).match(question, limit);
          expect(results.length).toBeLessThanOrEqual(limit);
          expect(new Set(results.map((r) => r.story.id)).size).toBe(results.length);
          for (const result of results) expect(result.story.archived).toBe(0);
          for (let i = 1; i < results.length; i++) {
            expect(results[i - 1]!.score).toBeGreaterThanOrEqual(results[i]!.score);
          }
        },
      ),
      { numRuns: 100 },
    );
  });

  it('sends every bank question to a story of its first competency', () => {
    // One story per competency, with no words to share, so only the inferred competencies decide.
    const stories = STANDARD_COMPETENCIES.map((competency, i) =>
      makeStory({ id: competency, title: `Story ${i}`, competencies: [competency], strength: 3 }),
    );
    const matcher = createStoryMatcher(stories);
    const misrouted = QUESTION_BANK.filter((q) => matcher.match(q.text, 1)[0]?.story.id !== q.competencies[0]).map(
      (q) => q.id,
    );
    expect(misrouted).toEqual([]);
  });
});

describe('inferQuestionCompetencies', () => {
  it('reads conflict from disagreement words', () => {
    const [top] = inferQuestionCompetencies('Tell me about a time you disagreed with a teammate');
    expect(top).toEqual({ competency: 'conflict-resolution', weight: 1 });
  });

  it.each([
    ['Have you ever had to push back on a product manager?', 'conflict-resolution'],
    ['What was your biggest mistake?', 'failure-recovery'],
    ['Tell me about a project you led.', 'leadership'],
    ['How do you handle ambiguity?', 'ambiguity'],
    ['How did you get buy-in for your proposal?', 'influence'],
    ['Tell me about coaching someone.', 'mentoring'],
  ])('%j → %s first', (question, competency) => {
    expect(inferQuestionCompetencies(question)[0]?.competency).toBe(competency);
  });

  it('keeps weights between 0 and 1, strongest first', () => {
    for (const question of QUESTION_BANK) {
      const inferred = inferQuestionCompetencies(question.text);
      for (const { weight } of inferred) {
        expect(weight).toBeGreaterThan(0);
        expect(weight).toBeLessThanOrEqual(1);
      }
      expect(inferred.map((i) => i.weight)).toEqual([...inferred.map((i) => i.weight)].sort((a, b) => b - a));
    }
  });

  it('does not read "non-technical" or "senior leaders" as the competencies they name', () => {
    const inferred = new Map(
      inferQuestionCompetencies('How did you explain a migration to a non-technical audience of senior leaders?').map(
        (i) => [i.competency, i.weight],
      ),
    );
    expect(inferred.get('communication')).toBeGreaterThan(0.5);
    expect(inferred.get('technical-problem-solving') ?? 0).toBeLessThan(0.3);
    expect(inferred.get('leadership') ?? 0).toBeLessThan(0.3);
  });

  it('infers nothing from filler alone', () => {
    expect(inferQuestionCompetencies('Tell me about a time when you…')).toEqual([]);
  });
});

describe('searchQuestionBank', () => {
  it('finds a bank question from its own text first', () => {
    for (const question of QUESTION_BANK) {
      expect(searchQuestionBank(question.text, 1)[0]?.question.id).toBe(question.id);
    }
  });

  it('finds a close paraphrase', () => {
    const [best] = searchQuestionBank('What was your worst failure at work?', 1);
    expect(best?.question.id).toBe('biggest-failure');
    expect(best?.score).toBeGreaterThan(0);
    expect(searchQuestionBank('Tell me about a time')).toEqual([]);
  });
});

describe('text processing', () => {
  it('brings word forms together', () => {
    expect(new Set(['disagree', 'disagreed', 'disagrees', 'disagreement', 'disagreements'].map(stem)).size).toBe(1);
    expect(new Set(['ship', 'ships', 'shipped', 'shipping'].map(stem)).size).toBe(1);
    expect(new Set(['mentor', 'mentored', 'mentoring', 'mentorship'].map(stem)).size).toBe(1);
    expect(new Set(['story', 'stories'].map(stem)).size).toBe(1);
    expect(stem('process')).toBe('process');
  });

  it('drops stop words and question filler but keeps numbers', () => {
    expect(['Tell', 'me', 'about', 'a', 'time', 'you'].map(processTerm)).toEqual([null, null, null, null, null, null]);
    expect(processTerm('40')).toBe('40');
    expect(processTerm('Kafka')).toBe('kafka');
  });
});
