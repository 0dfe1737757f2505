import type { MessageKey } from '@/utils/i18n';
import type { Story } from '@/utils/model';

/**
 * "Scorecard-ready" hints: what an interviewer needs to write a story down as evidence (a concrete result, the
 * candidate's own part, specific wording) and what makes it easy to tell (a hook, a sensible length). Computed
 * offline from the text alone; advisory only, so nothing here ever blocks saving.
 *
 * The detection is English-only, like the stories users write today; the explanations go through i18n keys.
 */

export type HintId = 'result-quantified' | 'action-first-person' | 'no-vague-phrases' | 'hook' | 'speaking-time';

export interface Hint {
  id: HintId;
  ok: boolean;
  /** One sentence explaining the hint; ok and not-ok wordings use different keys. */
  messageKey: MessageKey;
  /** Values for the message's $1, $2… placeholders. */
  /** Numbers go as numbers: t() writes them the UI language's way ("1,5" in German). */
  substitutions?: Array<string | number>;
}

/** Only the text a hint reads, so a form can check a draft before it is a saved Story. */
export type HintableStory = Pick<Story, 'hook' | 'situation' | 'task' | 'action' | 'result' | 'resultMetrics'>;

export const WORDS_PER_MINUTE = 150;
export const SPEAKING_BAND_MINUTES = { min: 1.5, max: 3 } as const;
export const MIN_HOOK_WORDS = 3;

/** Filler that reads as "I was nearby" rather than "I did X"; the canonical spelling is what gets reported. */
export const VAGUE_PHRASES = [
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
] as const;
export type VaguePhrase = (typeof VAGUE_PHRASES)[number];

const VAGUE_PHRASE_PATTERNS: ReadonlyArray<readonly [VaguePhrase, RegExp]> = VAGUE_PHRASES.map((phrase) => {
  // "etc." is often written without its dot, and a dot is not a word character, so the boundary goes before it.
  const body = phrase === 'etc.' ? 'etc\\b\\.?' : `${phrase.replace(/ /g, '\\s+')}\\b`;
  return [phrase, new RegExp(`\\b${body}`, 'i')] as const;
});

/**
 * Signals that a result is something a scorecard can quote. Deliberately generous: a hint that misses a real number
 * nags, one that accepts a weak number merely stays quiet.
 */
const QUANTIFIED_OUTCOME_PATTERNS: readonly RegExp[] = [
  /\d/,
  /%/,
  /[$€£¥₹]/,
  /\b(?:percent|per\s+cent|percentage\s+points?)\b/i,
  /\b(?:doubled|tripled|quadrupled|halved|twice\s+as)\b/i,
  /\b(?:in|by)\s+half\b/i,
  /\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|dozens?)\b/i,
  /\b(?:two|three|four|five|ten|hundred)-?fold\b/i,
  /\btimes\s+(?:faster|slower|more|less|fewer|higher|lower|cheaper|bigger|smaller|larger)\b/i,
  /\b(?:ahead\s+of\s+(?:schedule|the\s+deadline)|under\s+budget)\b/i,
  /\b(?:zero|no)\s+(?:downtime|incidents?|outages?|defects?|regressions?|escalations?|churn|complaints?)\b/i,
  /\bsaved\s+(?:\w+\s+){0,2}(?:minutes|hours|days|weeks|months)\b/i,
];

export function hasQuantifiedOutcome(text: string): boolean {
  return QUANTIFIED_OUTCOME_PATTERNS.some((pattern) => pattern.test(text));
}

export function isResultQuantified(story: Pick<Story, 'result' | 'resultMetrics'>): boolean {
  return hasQuantifiedOutcome(story.result) || hasQuantifiedOutcome(story.resultMetrics);
}

/** The vague phrases found, in the order of VAGUE_PHRASES, each once. */
export function findVaguePhrases(text: string): VaguePhrase[] {
  return VAGUE_PHRASE_PATTERNS.filter(([, pattern]) => pattern.test(text)).map(([phrase]) => phrase);
}

const SINGULAR_FIRST_PERSON = new Set(["i'm", "i've", "i'd", "i'll", 'my', 'me', 'myself']);
const PLURAL_FIRST_PERSON = new Set(['we', "we're", "we've", "we'd", "we'll", 'our', 'ours', 'ourselves', 'us']);

export interface PronounCounts {
  /** I, I'm, I've, I'd, I'll, my, me, myself. */
  singular: number;
  /** we, we're, we've, we'd, we'll, our, ours, ourselves, us. */
  plural: number;
}

export function countFirstPersonPronouns(text: string): PronounCounts {
  const counts: PronounCounts = { singular: 0, plural: 0 };
  for (const token of text.match(/\p{L}+(?:['’]\p{L}+)*/gu) ?? []) {
    // A lone lower-case "i" is far more often "i.e." or a list marker than the pronoun.
    if (token === 'I') {
      counts.singular++;
      continue;
    }
    const word = token.replace(/’/g, "'").toLowerCase();
    if (SINGULAR_FIRST_PERSON.has(word)) counts.singular++;
    // All-caps "US" is the country ("the US market"), not the pronoun.
    else if (PLURAL_FIRST_PERSON.has(word) && token !== 'US') counts.plural++;
  }
  return counts;
}

export function countWords(text: string): number {
  return text.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}

/** Minutes to tell situation, task, action and result aloud, rounded to 0.1 so hints and UI show the same figure. */
export function speakingMinutes(story: Pick<Story, 'situation' | 'task' | 'action' | 'result'>): number {
  const words = countWords([story.situation, story.task, story.action, story.result].join(' '));
  return Math.round((words / WORDS_PER_MINUTE) * 10) / 10;
}

function resultHint(story: HintableStory): Hint {
  const ok = isResultQuantified(story);
  return { id: 'result-quantified', ok, messageKey: ok ? 'hintResultQuantified' : 'hintResultNotQuantified' };
}

function actionHint(story: HintableStory): Hint {
  const { singular, plural } = countFirstPersonPronouns(story.action);
  const ok = singular > plural;
  return {
    id: 'action-first-person',
    ok,
    messageKey: ok ? 'hintActionFirstPerson' : 'hintActionTooMuchWe',
    substitutions: [String(singular), String(plural)],
  };
}

function vaguePhrasesHint(story: HintableStory): Hint {
  const text = [story.hook, story.situation, story.task, story.action, story.result, story.resultMetrics].join('\n');
  const found = findVaguePhrases(text);
  if (found.length === 0) return { id: 'no-vague-phrases', ok: true, messageKey: 'hintNoVaguePhrases' };
  return {
    id: 'no-vague-phrases',
    ok: false,
    messageKey: 'hintVaguePhrasesFound',
    substitutions: [found.map((phrase) => `“${phrase}”`).join(', ')],
  };
}

function hookHint(story: HintableStory): Hint {
  const ok = countWords(story.hook) >= MIN_HOOK_WORDS;
  return { id: 'hook', ok, messageKey: ok ? 'hintHookOk' : 'hintHookMissing' };
}

function speakingTimeHint(story: HintableStory): Hint {
  const minutes = speakingMinutes(story);
  const substitutions = [Math.round(minutes * 10) / 10];
  if (minutes < SPEAKING_BAND_MINUTES.min) {
    return { id: 'speaking-time', ok: false, messageKey: 'hintSpeakingTimeShort', substitutions };
  }
  if (minutes > SPEAKING_BAND_MINUTES.max) {
    return { id: 'speaking-time', ok: false, messageKey: 'hintSpeakingTimeLong', substitutions };
  }
  return { id: 'speaking-time', ok: true, messageKey: 'hintSpeakingTimeOk', substitutions };
}

/** Every hint, in a stable order (evidence first, delivery last). */
export function storyHints(story: HintableStory): Hint[] {
  return [resultHint(story), actionHint(story), vaguePhrasesHint(story), hookHint(story), speakingTimeHint(story)];
}

/** The share of hints that are ok, from 0 to 1. */
export function hintScore(story: HintableStory): number {
  const hints = storyHints(story);
  return hints.filter((hint) => hint.ok).length / hints.length;
}

/** What a scorecard records as evidence; the other hints are about delivery. */
const EVIDENCE_HINTS: ReadonlySet<HintId> = new Set(['result-quantified', 'action-first-person', 'no-vague-phrases']);

/**
 * Ready when every evidence hint is ok and at most one delivery hint is open: a long story with a great result is
 * still usable evidence, a well-timed one with no result is not.
 */
export function isScorecardReady(story: HintableStory): boolean {
  const open = storyHints(story).filter((hint) => !hint.ok);
  return open.length <= 1 && open.every((hint) => !EVIDENCE_HINTS.has(hint.id));
}
