import fc from 'fast-check';
import messages from '@/public/_locales/en/messages.json';
import { t } from '@/utils/i18n';
import {
  countFirstPersonPronouns,
  findVaguePhrases,
  type Hint,
  type HintId,
  hasQuantifiedOutcome,
  hintScore,
  isResultQuantified,
  isScorecardReady,
  speakingMinutes,
  storyHints,
  VAGUE_PHRASES,
} from '@/utils/stories/hints';
import { makeStory, readyStory } from '../fixtures';

function hint(hints: Hint[], id: HintId): Hint {
  const found = hints.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no ${id} hint`);
  return found;
}

/** `count` words of ordinary prose, none of them a pronoun, number or vague phrase. */
function words(count: number): string {
  return Array.from({ length: count }, () => 'word').join(' ');
}

describe('quantified result', () => {
  it.each([
    'Latency fell from 900 ms to 200 ms.',
    'Conversion went up by 12 percent.',
    'Churn dropped by three percentage points.',
    'It saved about €5k a quarter.',
    'We doubled the sign-up rate.',
    'Build times halved.',
    'Cut review time in half.',
    'Deploys became twice as frequent.',
    'Onboarding got ten times faster.',
    'A tenfold drop in pages.',
    'We shipped ahead of schedule and under budget.',
    'Zero downtime during the cut-over.',
    'It saved the team hours every week.',
    'Thousands of users moved over without noticing.',
  ])('recognises %j', (text) => {
    expect(hasQuantifiedOutcome(text)).toBe(true);
  });

  it.each([
    'The team was happy and the launch went well.',
    'Stakeholders were impressed by the outcome.',
    'Someone took it over afterwards.',
    '',
  ])('rejects %j', (text) => {
    expect(hasQuantifiedOutcome(text)).toBe(false);
  });

  it('accepts a number given only in the result metrics', () => {
    const story = makeStory({ result: 'Customers stopped complaining.', resultMetrics: 'Tickets 120 → 15 a week' });
    expect(isResultQuantified(story)).toBe(true);
    expect(hint(storyHints(story), 'result-quantified')).toMatchObject({
      ok: true,
      messageKey: 'hintResultQuantified',
    });
  });

  it('flags a result with no measurable outcome', () => {
    const story = makeStory({ result: 'Everyone liked it.', resultMetrics: '' });
    expect(hint(storyHints(story), 'result-quantified')).toMatchObject({
      ok: false,
      messageKey: 'hintResultNotQuantified',
    });
  });
});

describe('first-person action', () => {
  it('counts I, I’m, I’ve, my and me against we, we’re, our and us', () => {
    expect(countFirstPersonPronouns("I wrote it, I'm proud, I’ve shipped it; my idea, ask me.")).toEqual({
      singular: 5,
      plural: 0,
    });
    expect(countFirstPersonPronouns("We planned. We're late, our fault, tell us.")).toEqual({
      singular: 0,
      plural: 4,
    });
  });

  it('is case-insensitive except for a lone lower-case i', () => {
    expect(countFirstPersonPronouns('MY plan, WE agreed, i.e. i guess')).toEqual({ singular: 1, plural: 1 });
    expect(countFirstPersonPronouns("i'm sure")).toEqual({ singular: 1, plural: 0 });
  });

  it('only counts whole words, and reads all-caps US as the country', () => {
    expect(countFirstPersonPronouns('Users in the US met in the museum; the weekly theme was welcome.')).toEqual({
      singular: 0,
      plural: 0,
    });
  });

  it('is ok only when I outnumbers we', () => {
    const owned = hint(
      storyHints(makeStory({ action: 'I proposed it, we agreed, and I built it.' })),
      'action-first-person',
    );
    expect(owned).toEqual({
      id: 'action-first-person',
      ok: true,
      messageKey: 'hintActionFirstPerson',
      substitutions: ['2', '1'],
    });

    const tied = hint(storyHints(makeStory({ action: 'I proposed it and we built it.' })), 'action-first-person');
    expect(tied).toMatchObject({ ok: false, messageKey: 'hintActionTooMuchWe', substitutions: ['1', '1'] });

    const empty = hint(storyHints(makeStory({ action: '' })), 'action-first-person');
    expect(empty.ok).toBe(false);
  });

  it('ignores pronouns outside the Action', () => {
    const story = makeStory({ situation: 'I I I I', action: 'We fixed it.' });
    expect(hint(storyHints(story), 'action-first-person').ok).toBe(false);
  });
});

describe('vague phrases', () => {
  it.each([
    ['I helped with the launch.', 'helped with'],
    ['I worked on the API.', 'worked on'],
    ['Various teams joined.', 'various'],
    ['Logs, metrics, etc.', 'etc.'],
    ['Logs, metrics etc', 'etc.'],
    ['A  lot of   tickets.', 'a lot of'],
    ['Fixed stuff.', 'stuff'],
    ['Things like testing.', 'things like'],
    ['It kind of worked.', 'kind of'],
    ['It sort of worked.', 'sort of'],
    ['I was involved in hiring.', 'involved in'],
    ['I was RESPONSIBLE FOR the budget.', 'responsible for'],
  ])('finds %j', (text, phrase) => {
    expect(findVaguePhrases(text)).toEqual([phrase]);
  });

  it.each([
    'I stuffed the envelopes.',
    'I reworked one module.',
    'Variously sized shards.',
    'I sorted office supplies.',
    'The pilot lot offered parking.',
  ])('does not flag %j', (text) => {
    expect(findVaguePhrases(text)).toEqual([]);
  });

  it('reports each phrase once, in catalogue order, from any part of the story', () => {
    const story = makeStory({
      hook: 'Stuff happened.',
      action: 'I worked on various things and worked on more stuff.',
      result: 'I helped with the rollout.',
    });
    const found = hint(storyHints(story), 'no-vague-phrases');
    expect(found).toEqual({
      id: 'no-vague-phrases',
      ok: false,
      messageKey: 'hintVaguePhrasesFound',
      substitutions: ['“helped with”, “worked on”, “various”, “stuff”'],
    });
  });

  it('is ok for specific wording', () => {
    expect(hint(storyHints(readyStory()), 'no-vague-phrases')).toEqual({
      id: 'no-vague-phrases',
      ok: true,
      messageKey: 'hintNoVaguePhrases',
    });
  });

  it('lists every phrase the brief asks for', () => {
    expect([...VAGUE_PHRASES].sort()).toEqual(
      [
        'helped with',
        'worked on',
        'various',
        'etc.',
        'a lot of',
        'stuff',
        'things like',
        'kind of',
        'sort of',
        'involved in',
        'responsible for',
      ].sort(),
    );
  });
});

describe('hook', () => {
  it.each([
    ['', false],
    ['   ', false],
    ['Two words', false],
    ['— Two words —', false],
    ['Three whole words', true],
    ['  The queue that ate Black Friday.  ', true],
  ])('%j → ok %s', (hook, ok) => {
    expect(hint(storyHints(makeStory({ hook })), 'hook')).toMatchObject({
      ok,
      messageKey: ok ? 'hintHookOk' : 'hintHookMissing',
    });
  });
});

describe('speaking time', () => {
  it('reads situation, task, action and result at 150 words a minute', () => {
    const story = makeStory({ situation: words(75), task: words(75), action: words(75), result: words(75) });
    expect(speakingMinutes(story)).toBe(2);
  });

  it('leaves the hook and result metrics out', () => {
    const story = makeStory({ hook: words(300), resultMetrics: words(300), action: words(150) });
    expect(speakingMinutes(story)).toBe(1);
  });

  it.each([
    [150, 'hintSpeakingTimeShort', false, 1],
    [217, 'hintSpeakingTimeShort', false, 1.4],
    // 1.45 minutes shows as 1.5, so it must not be called short.
    [218, 'hintSpeakingTimeOk', true, 1.5],
    [225, 'hintSpeakingTimeOk', true, 1.5],
    [300, 'hintSpeakingTimeOk', true, 2],
    [457, 'hintSpeakingTimeOk', true, 3],
    [458, 'hintSpeakingTimeLong', false, 3.1],
    [600, 'hintSpeakingTimeLong', false, 4],
  ])('%i words → %s (%s minutes)', (count, messageKey, ok, minutes) => {
    const found = hint(storyHints(makeStory({ action: words(count) })), 'speaking-time');
    expect(found).toEqual({ id: 'speaking-time', ok, messageKey, substitutions: [minutes] });
  });

  it('does not count punctuation or arrows as words', () => {
    expect(speakingMinutes(makeStory({ result: `${words(150)} — → ! ...` }))).toBe(1);
  });
});

describe('storyHints', () => {
  it('explains each hint in one sentence', () => {
    const entries = Object.entries(messages).filter(([key]) => key.startsWith('hint'));
    expect(entries.length).toBeGreaterThan(0);
    for (const [, { message }] of entries) {
      expect(message).toMatch(/\.$/);
      expect(message).not.toMatch(/[.!?:]\s+\p{Lu}/u);
    }
  });

  it('returns the five hints in a stable order', () => {
    expect(storyHints(readyStory()).map((h) => h.id)).toEqual([
      'result-quantified',
      'action-first-person',
      'no-vague-phrases',
      'hook',
      'speaking-time',
    ]);
  });

  it('uses only message keys that exist and render with their substitutions', () => {
    const stories = [readyStory(), makeStory(), makeStory({ action: words(900), hook: 'kind of etc.' })];
    const hints = stories.flatMap((story) => storyHints(story));
    const keys = new Set(hints.map((h) => h.messageKey));
    // Every hint was seen both ok and not ok.
    expect(keys.size).toBeGreaterThanOrEqual(10);
    for (const h of hints) {
      const text = t(h.messageKey, h.substitutions);
      expect(text).not.toBe(h.messageKey);
      expect(text).not.toMatch(/\$\d/);
    }
    const vague = hints.find((h) => h.id === 'no-vague-phrases' && !h.ok);
    expect(vague && t(vague.messageKey, vague.substitutions)).toContain('“kind of”');
  });
});

describe('hintScore and isScorecardReady', () => {
  it('scores every ok hint', () => {
    expect(hintScore(readyStory())).toBe(1);
    // An empty story has nothing vague in it, and nothing else.
    expect(hintScore(makeStory())).toBeCloseTo(1 / 5);
  });

  it('is ready with all hints ok', () => {
    expect(isScorecardReady(readyStory())).toBe(true);
  });

  it('tolerates one open delivery hint but not two', () => {
    expect(isScorecardReady(readyStory({ hook: '' }))).toBe(true);
    expect(isScorecardReady(readyStory({ hook: '', situation: '', task: '' }))).toBe(false);
  });

  it('is never ready with an evidence hint open', () => {
    expect(isScorecardReady(readyStory({ result: 'It went well.', resultMetrics: '' }))).toBe(false);
    expect(
      isScorecardReady(readyStory({ action: `We built it. ${readyStory().action.replace(/\bI\b/g, 'we')}` })),
    ).toBe(false);
    expect(isScorecardReady(readyStory({ hook: 'Various things, etc.' }))).toBe(false);
  });

  it('keeps the score consistent with the hints for any text', () => {
    const text = fc.string({ maxLength: 400 });
    fc.assert(
      fc.property(text, text, text, text, text, text, (hook, situation, task, action, result, resultMetrics) => {
        const story = { hook, situation, task, action, result, resultMetrics };
        const hints = storyHints(story);
        expect(hints).toHaveLength(5);
        expect(hintScore(story)).toBeCloseTo(hints.filter((h) => h.ok).length / 5);
        if (isScorecardReady(story)) expect(hints.filter((h) => !h.ok).length).toBeLessThanOrEqual(1);
      }),
      { numRuns: 200 },
    );
  });
});
