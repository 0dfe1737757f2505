import type { JournalEntry } from '@/utils/model';

/**
 * Words of a journal entry for the `*terms` multiEntry index. Search matches each query word as a prefix of an
 * indexed word, so the index and the query must be normalised exactly alike: both go through `normalise` and
 * `tokens` below.
 */

/** One huge entry must not turn into tens of thousands of index rows. */
export const MAX_TERMS = 2_000;
export const MIN_TERM_LENGTH = 2;
/**
 * Longer words are cut to this many code points in the index and in queries alike, so an index key stays small
 * and a long query word still finds the word it was cut from (as a prefix, both sides are the same cut).
 */
export const MAX_TERM_LENGTH = 40;
/** More query words than this add nothing but scanning work. */
export const MAX_QUERY_TERMS = 16;

const MARKS = /\p{M}+/gu;
const WORD = /[\p{L}\p{N}]+/gu;

/**
 * Lower-cases first (so "İ" becomes "i" + a combining dot, which is then dropped), then folds compatibility forms
 * ("ﬁ" → "fi", full-width → ASCII) and strips combining marks, so "Résumé" and "resume" are the same word. The
 * folding costs some precision in scripts whose vowels are marks, but the query is folded the same way, so a
 * word is always found by itself.
 */
function normalise(text: string): string {
  return text.toLowerCase().normalize('NFKD').replace(MARKS, '').normalize('NFC');
}

function* tokens(text: string): Generator<string> {
  for (const match of normalise(text).matchAll(WORD)) {
    const codePoints = Array.from(match[0]);
    if (codePoints.length < MIN_TERM_LENGTH) continue;
    yield codePoints.length > MAX_TERM_LENGTH ? codePoints.slice(0, MAX_TERM_LENGTH).join('') : match[0];
  }
}

/** The texts that are indexed, in order of importance: what is kept first survives the cap. */
function indexedTexts(entry: JournalEntry): string[] {
  return [
    entry.company,
    entry.role,
    entry.round,
    ...entry.questions.map((question) => question.text),
    entry.wentWell,
    entry.improve,
    entry.reflections,
    entry.signals,
    ...entry.followUps.map((followUp) => followUp.text),
    entry.compensationNotes,
    ...entry.ratings.map((rating) => rating.evidence),
  ];
}

/** Lower-cased, folded, de-duplicated words of the entry's text, at most `MAX_TERMS`. */
export function journalTerms(entry: JournalEntry): string[] {
  const terms = new Set<string>();
  for (const text of indexedTexts(entry)) {
    for (const term of tokens(text)) {
      terms.add(term);
      if (terms.size >= MAX_TERMS) return [...terms];
    }
  }
  return [...terms];
}

/**
 * The words of a search box, normalised like the index. Words shorter than `MIN_TERM_LENGTH` are dropped (they
 * are never indexed), and a word that is a prefix of another query word is dropped too: any entry matching the
 * longer word matches the shorter one.
 */
export function queryTerms(query: string): string[] {
  const unique = [...new Set(tokens(query))];
  return unique
    .filter((term) => !unique.some((other) => other !== term && other.startsWith(term)))
    .slice(0, MAX_QUERY_TERMS);
}
