// Text processing, shared by both indexes and the query so that stems meet stems. Hand-written rather than a
// stemming library: the light English suffix rules below are all the cue card needs (a full Porter/Snowball
// stemmer over-stems the short STAR phrases it matches), and they stay a few hundred bytes in the panel's bundle.

// Text processing, shared by both indexes and the query so that stems meet stems.

/**
 * Common English words plus the scaffolding of interview questions ("tell me about a time…"), which would otherwise
 * match every story equally.
 */
const STOP_WORDS = new Set(
  (
    'a about above after again against all also am an and any are as at be been before being below between both but ' +
    'by can could did do does doing done down during each either ever every few for from further had has have having ' +
    'he her here hers him his how i if in into is it its itself just let me more most much my myself no nor not now of ' +
    'off on once one only or other our ours out over own same she should so some such than that the their theirs them ' +
    'then there these they this those through to too under until up us very was we were what when where which while ' +
    'who whom whose why will with would you your yours yourself ' +
    'tell describe describing give share walk talk example examples instance time times situation scenario moment ' +
    'recall remember occasion please someone something anything thing got get handle handled handling deal dealt'
  ).split(' '),
);

const SUFFIXES = [
  'ization',
  'ational',
  'fulness',
  'iveness',
  'ations',
  'ation',
  'ments',
  'ment',
  'ships',
  'ship',
  'ness',
  'ingly',
  'ings',
  'ing',
  'edly',
  'ies',
  'ied',
  'ed',
  'es',
  'ly',
  's',
] as const;

const MIN_STEM_LENGTH = 3;
/** Suffixes that replace a word's final e ("make" → "making"), so no e is left to drop. */
const VOWEL_SUFFIXES: ReadonlySet<string> = new Set(['ed', 'edly', 'es', 'ing', 'ings', 'ingly']);

/**
 * A deliberately small suffix stripper: enough that "disagreed", "disagreement" and "disagree" meet, cheap enough to
 * run on every word of 300 stories. It only has to be consistent, never linguistically right.
 */
export function stem(word: string): string {
  let result = word;
  let suffixAteTheE = false;
  for (const suffix of SUFFIXES) {
    if (!result.endsWith(suffix)) continue;
    if (suffix === 's' && (result.endsWith('ss') || result.endsWith('us'))) break;
    const base = result.slice(0, -suffix.length);
    if (base.length < MIN_STEM_LENGTH) continue;
    result = suffix === 'ies' || suffix === 'ied' ? `${base}y` : base;
    suffixAteTheE = VOWEL_SUFFIXES.has(suffix);
    break;
  }
  // "disagree" and "disagreement" drop their final e to meet "disagreed", whose suffix already took it.
  if (!suffixAteTheE && result.length > MIN_STEM_LENGTH && result.endsWith('e')) result = result.slice(0, -1);
  // "shipped" → "shipp" → "ship", "debugging" → "debugg" → "debug".
  const last = result.at(-1);
  if (result.length > MIN_STEM_LENGTH && last === result.at(-2) && last !== undefined && !'lsz'.includes(last)) {
    result = result.slice(0, -1);
  }
  return result;
}

export function tokenize(text: string): string[] {
  return text.split(/[\s\p{P}\p{S}]+/u).filter((token) => token.length > 0);
}

function computeTerm(token: string): string | null {
  const word = token.toLowerCase();
  if (word.length < 2 || STOP_WORDS.has(word)) return null;
  return /^\p{N}+$/u.test(word) ? word : stem(word);
}

/**
 * A story library repeats a few thousand distinct words tens of thousands of times, so remembering each word's term
 * takes about a third off building the index. Bounded so a pathological input cannot grow it without end.
 */
const termCache = new Map<string, string | null>();
const TERM_CACHE_LIMIT = 50_000;

/** The index term for a token, or null for words that carry no meaning for matching. */
export function processTerm(token: string): string | null {
  const cached = termCache.get(token);
  if (cached !== undefined) return cached;
  const term = computeTerm(token);
  if (termCache.size >= TERM_CACHE_LIMIT) termCache.clear();
  termCache.set(token, term);
  return term;
}

export const SEARCH_OPTIONS = {
  combineWith: 'OR',
  // Lets "fail" meet "failure" and "mentor" meet "mentorship" where the stemmer leaves them apart.
  prefix: (term: string) => term.length >= 4,
  fuzzy: (term: string) => (term.length >= 7 ? 1 : false),
} as const;
