import { indexedTexts, MAX_QUERY_TERMS, words as tokens } from '@/utils/journal/search-index';
import type { JournalEntry } from '@/utils/model';

/**
 * Words of a journal entry for the `*terms` multiEntry index. Search matches each query word as a prefix of an
 * indexed word, so the index and the query must be normalised exactly alike: both go through `words` of
 * utils/journal/search-index.ts, which replaces this module once the background searches through it.
 */

/** One huge entry must not turn into tens of thousands of index rows. */
export const MAX_TERMS = 2_000;
export { MAX_QUERY_TERMS, MAX_TERM_LENGTH, MIN_TERM_LENGTH } from '@/utils/journal/search-index';

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
