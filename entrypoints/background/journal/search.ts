import type { StarboardDb } from '@/entrypoints/background/db';
import type { JournalQuery, JournalSearchResult } from '@/utils/journal/protocol';
import { clampPage, MAX_PAGE_SIZE, matchesFilters, newestFirst } from '@/utils/journal/search-index';
import { queryTerms } from '@/utils/journal/terms';
import type { Id, JournalEntry, Timestamp } from '@/utils/model';

export interface JournalSearchOptions {
  /** Index rows read for the anchor word at most; the bound on work and memory of one text search. */
  maxCandidateRows?: number;
}

export const MAX_CANDIDATE_ROWS = 20_000;
export { MAX_PAGE_SIZE };

/** Candidates are read in batches so at most this many whole entries are in memory at once. */
const BATCH_SIZE = 100;

function matchesTerms(entry: JournalEntry, terms: readonly string[]): boolean {
  return terms.every((term) => entry.terms.some((word) => word.startsWith(term)));
}

/**
 * Searches the journal through its indexes. With words, the longest word (the likeliest to be rare) selects
 * candidates from the `terms` prefix index, by primary key only; candidates are then read in small batches and
 * checked against the other words and filters, so memory holds ids and dates, never the whole journal. Without
 * words, a reversed walk of the `date` (or `[company+date]`) index returns the page directly.
 */
export async function searchJournal(
  db: StarboardDb,
  query: JournalQuery,
  options: JournalSearchOptions = {},
): Promise<JournalSearchResult> {
  const { offset, limit } = clampPage(query);
  const terms = queryTerms(query.text ?? '');
  return db.transaction('r', db.journal, () =>
    terms.length === 0
      ? browseJournal(db, query, offset, limit)
      : searchByTerms(db, query, terms, offset, limit, options.maxCandidateRows ?? MAX_CANDIDATE_ROWS),
  );
}

async function browseJournal(
  db: StarboardDb,
  query: JournalQuery,
  offset: number,
  limit: number,
): Promise<JournalSearchResult> {
  const from = query.from ?? -Infinity;
  const to = query.to ?? Infinity;
  if (from > to) return { entries: [], total: 0, capped: false };
  const collection =
    query.company === undefined
      ? db.journal.where('date').between(from, to, true, true)
      : db.journal.where('[company+date]').between([query.company, from], [query.company, to], true, true);
  const needsFilter = query.round !== undefined || query.outcome !== undefined || query.draft !== undefined;
  const filtered = needsFilter ? collection.filter((entry) => matchesFilters(entry, query)) : collection;
  const total = await filtered.clone().count();
  const entries = limit === 0 ? [] : await filtered.reverse().offset(offset).limit(limit).toArray();
  return { entries, total, capped: false };
}

async function searchByTerms(
  db: StarboardDb,
  query: JournalQuery,
  terms: readonly string[],
  offset: number,
  limit: number,
  maxCandidateRows: number,
): Promise<JournalSearchResult> {
  const anchor = terms.reduce((longest, term) => (term.length > longest.length ? term : longest));
  // A multiEntry index has one row per matching word, so an entry can come back several times.
  const rows = await db.journal.where('terms').startsWith(anchor).limit(maxCandidateRows).primaryKeys();
  const candidates = [...new Set(rows)];

  const matches: Array<{ id: Id; date: Timestamp }> = [];
  for (let start = 0; start < candidates.length; start += BATCH_SIZE) {
    const batch = await db.journal.bulkGet(candidates.slice(start, start + BATCH_SIZE));
    for (const entry of batch) {
      if (entry && matchesFilters(entry, query) && matchesTerms(entry, terms)) {
        matches.push({ id: entry.id, date: entry.date });
      }
    }
  }
  matches.sort(newestFirst);

  const pageIds = matches.slice(offset, offset + limit).map((match) => match.id);
  const entries = (await db.journal.bulkGet(pageIds)).filter((entry): entry is JournalEntry => entry !== undefined);
  return { entries, total: matches.length, capped: rows.length >= maxCandidateRows };
}
