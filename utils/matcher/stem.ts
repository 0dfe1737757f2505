/**
 * The matcher's suffix stripper, in a module of its own so the journal search index (utils/journal/search-index.ts,
 * run in the background) can use it without pulling the question bank into the background bundle.
 */

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
