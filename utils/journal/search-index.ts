import MiniSearch, { type AsPlainObject, type Options, type Query } from 'minisearch';
import { stem } from '@/utils/matcher/stemmer';
import type { Id, JournalEntry, Outcome, Timestamp } from '@/utils/model';

/**
 * The journal's full-text index, held in memory by the background: BM25 ranking, prefix and one-typo matches, and
 * filters, for any query in a few milliseconds (a word in every entry included), where the `*terms` multiEntry index
 * had to read every matching row from IndexedDB. MiniSearch (already used by the matcher) does the inverted index
 * and the scoring: it is small, has no dependencies, supports incremental add/discard and serialises to plain JSON.
 * Pure: the background feeds it entries and persists `serialise()`; nothing here touches Dexie.
 */

/** Bumped whenever the tokenising, the fields or the serialised shape change, so an old persisted index is rebuilt. */
export const SEARCH_INDEX_VERSION = 1;
const SERIALISED_FORMAT = 'starboard-journal-index';

export const MIN_TERM_LENGTH = 2;
/** Longer words are cut to this many code points in the index and in queries alike, so they still meet. */
export const MAX_TERM_LENGTH = 40;
/** More query words than this add nothing but work. */
export const MAX_QUERY_TERMS = 16;
/** Shorter words match exactly: "ml" as a prefix would expand to hundreds of words. */
export const MIN_PREFIX_LENGTH = 3;
/** Shorter words never match with a typo: one edit turns "team" into "tram", "teal", "tea"… */
export const MIN_FUZZY_LENGTH = 5;
export const MAX_PAGE_SIZE = 200;

// ---------------------------------------------------------------------------------------------------------------
// Words. The index and the query go through exactly the same two functions.

const MARKS = /\p{M}+/gu;
const WORD = /[\p{L}\p{N}]+/gu;
// biome-ignore lint/suspicious/noControlCharactersInRegex: the whole ASCII range, controls included, on purpose.
const ASCII = /^[\x00-\x7f]*$/;

/**
 * Lower-cases first (so "İ" becomes "i" + a combining dot, which is then dropped), then folds compatibility forms
 * ("ﬁ" → "fi", full-width → ASCII) and strips combining marks, so "Résumé" and "resume" are the same word.
 */
export function normalise(text: string): string {
  return text.toLowerCase().normalize('NFKD').replace(MARKS, '').normalize('NFC');
}

/**
 * The words of a text, normalised, shortest dropped and longest cut. Deliberately not the matcher's
 * `processTerm`: that drops interview stop words ("handle", "time", "example" stay findable here), does not fold
 * accents, and stems at index time, which would break search-as-you-type ("deploym" is no prefix of the stem
 * "deploy"). Stemming is applied to the query instead (see `queryOf`).
 */
export function* words(text: string): Generator<string> {
  // Most notes are plain ASCII, where folding is only lower-casing: the Unicode normalisations are most of the
  // time of building the index otherwise.
  const folded = ASCII.test(text) ? text.toLowerCase() : normalise(text);
  for (const match of folded.matchAll(WORD)) {
    const word = match[0];
    // Code units ≥ code points, so only words near the bounds need counting the slow way.
    if (word.length >= 4 && word.length <= MAX_TERM_LENGTH) {
      yield word;
      continue;
    }
    const codePoints = Array.from(word);
    if (codePoints.length < MIN_TERM_LENGTH) continue;
    yield codePoints.length > MAX_TERM_LENGTH ? codePoints.slice(0, MAX_TERM_LENGTH).join('') : word;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Filters and pages.

export interface JournalFilters {
  /** Exact company, as stored (the filter is a pick from existing companies, not a search). */
  company?: string;
  /** Exact round, as stored. */
  round?: string;
  outcome?: Outcome;
  /** Only drafted (1) or only reviewed (0) entries; both when absent. */
  draft?: 0 | 1;
  /** Inclusive bounds on the entry's date. */
  from?: Timestamp;
  to?: Timestamp;
}

export interface JournalPage {
  offset: number;
  limit: number;
}

/** What filters and ordering need of an entry: all the index keeps besides the words. */
export type FilterFields = Pick<JournalEntry, 'id' | 'company' | 'round' | 'outcome' | 'draft' | 'date'>;

export function matchesFilters(entry: Omit<FilterFields, 'id'>, filters: JournalFilters): boolean {
  return (
    (filters.company === undefined || entry.company === filters.company) &&
    (filters.round === undefined || entry.round === filters.round) &&
    (filters.outcome === undefined || entry.outcome === filters.outcome) &&
    (filters.draft === undefined || entry.draft === filters.draft) &&
    (filters.from === undefined || entry.date >= filters.from) &&
    (filters.to === undefined || entry.date <= filters.to)
  );
}

/** Newest first; ties by id descending, which is the order of a reversed IndexedDB index walk. */
export function newestFirst(a: { id: Id; date: Timestamp }, b: { id: Id; date: Timestamp }): number {
  if (a.date !== b.date) return b.date - a.date;
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}

const FILTER_KEYS = ['company', 'round', 'outcome', 'draft', 'from', 'to'] as const satisfies ReadonlyArray<
  keyof JournalFilters
>;

/** Only the filter keys count: a whole `JournalQuery` (with text, offset, limit) may be passed as the filters. */
function isEmpty(filters: JournalFilters): boolean {
  return FILTER_KEYS.every((key) => filters[key] === undefined);
}

/** A page from untrusted numbers: whole, non-negative, at most `MAX_PAGE_SIZE` long. */
export function clampPage(page: Partial<JournalPage>): JournalPage {
  const { offset, limit } = page;
  return {
    offset: offset !== undefined && Number.isFinite(offset) ? Math.max(0, Math.floor(offset)) : 0,
    limit: limit !== undefined && Number.isFinite(limit) ? Math.min(MAX_PAGE_SIZE, Math.max(0, Math.floor(limit))) : 0,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// The journal's state, to tell a persisted index that no longer matches the journal.

/**
 * `count` and `maxUpdatedAt` come cheaply from Dexie's indexes; `hash` is a sum (mod 2³²) of a hash of each entry's
 * id and `updatedAt`, so it can be kept up to date on every write and still catches what the other two miss: an
 * import that replaced entries by as many older ones, a clock set back.
 */
export interface JournalState {
  count: number;
  maxUpdatedAt: Timestamp;
  hash: number;
}

/** FNV-1a over the id, then the timestamp's decimal digits. */
function rowHash(id: Id, updatedAt: Timestamp): number {
  let hash = 0x811c9dc5;
  const text = `${id}\u0000${updatedAt}`;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** The state of a journal from its ids and `updatedAt`s, in any order (the background reads them from two key walks). */
export function journalState(rows: Iterable<{ id: Id; updatedAt: Timestamp }>): JournalState {
  const state: JournalState = { count: 0, maxUpdatedAt: 0, hash: 0 };
  for (const { id, updatedAt } of rows) {
    state.count += 1;
    state.maxUpdatedAt = Math.max(state.maxUpdatedAt, updatedAt);
    state.hash = (state.hash + rowHash(id, updatedAt)) >>> 0;
  }
  return state;
}

export function sameJournalState(a: JournalState, b: JournalState): boolean {
  return a.count === b.count && a.maxUpdatedAt === b.maxUpdatedAt && a.hash === b.hash;
}

// ---------------------------------------------------------------------------------------------------------------
// The index.

/**
 * Two fields, not one per form field: MiniSearch keeps a posting map per term and field, so every extra field costs
 * memory and search time on each of ~1M postings at 10,000 entries. The heading (who, which role, which round)
 * is boosted: an entry about a company outranks one that mentions it.
 */
interface IndexedDocument {
  id: Id;
  heading: string;
  text: string;
}

const FIELDS = ['heading', 'text'] as const satisfies ReadonlyArray<Exclude<keyof IndexedDocument, 'id'>>;

/** The texts of an entry in the order the old `*terms` index kept them (what comes first survives its cap). */
function textsOf(entry: JournalEntry): { heading: string[]; text: string[] } {
  return {
    heading: [entry.company, entry.role, entry.round],
    text: [
      ...entry.questions.map((question) => question.text),
      entry.wentWell,
      entry.improve,
      entry.reflections,
      entry.signals,
      ...entry.followUps.map((followUp) => followUp.text),
      entry.compensationNotes,
      ...entry.ratings.map((rating) => rating.evidence),
    ],
  };
}

function documentOf(entry: JournalEntry): IndexedDocument {
  const { heading, text } = textsOf(entry);
  return { id: entry.id, heading: heading.join('\n'), text: text.join('\n') };
}

/** The indexed texts of an entry, most important first. */
export function indexedTexts(entry: JournalEntry): string[] {
  const { heading, text } = textsOf(entry);
  return [...heading, ...text];
}

interface EntryMeta extends Omit<FilterFields, 'id'> {
  updatedAt: Timestamp;
}

function metaOf(entry: JournalEntry): EntryMeta {
  const { company, round, outcome, draft, date, updatedAt } = entry;
  if (typeof entry.id !== 'string' || entry.id === '') throw new TypeError('A journal entry needs a string id');
  if (!Number.isFinite(date) || !Number.isFinite(updatedAt)) throw new TypeError(`Entry ${entry.id}: bad dates`);
  return { company, round, outcome, draft, date, updatedAt };
}

const MINISEARCH_OPTIONS: Options<IndexedDocument> = {
  fields: [...FIELDS],
  // Filters read the index's own small table (`meta`), so MiniSearch keeps no document fields.
  storeFields: [],
  tokenize: (text) => [...words(text)],
  // `words` already did all the processing; MiniSearch's default would lower-case again.
  processTerm: (term) => term,
  searchOptions: {
    // Every word must match, as the journal's search always did; a word's variants (prefix, typo, stem) are ORed.
    combineWith: 'AND',
    boost: { heading: 2, text: 1 },
    prefix: (term) => term.length >= MIN_PREFIX_LENGTH,
    fuzzy: (term) => (term.length >= MIN_FUZZY_LENGTH ? 1 : false),
    maxFuzzy: 1,
  },
};

/**
 * One query word becomes the word itself (exact, prefix, one typo) OR its stem as a prefix, so "deployed" finds
 * "deployment" and "studies" finds "study"; the stem is never fuzzy, which would widen it twice. When the stem is
 * the start of the word ("migration" → "migr"), the stem's prefix search already finds everything the word's
 * would, so the word is looked up only exactly and with a typo: the same hits for half the walks over postings.
 */
function queryOf(text: string): Query | null {
  const unique = [...new Set(words(text))].slice(0, MAX_QUERY_TERMS);
  if (unique.length === 0) return null;
  return {
    combineWith: 'AND',
    queries: unique.map((word): Query => {
      const stemmed = stem(word);
      if (stemmed === word || stemmed.length < MIN_PREFIX_LENGTH) return word;
      const itself: Query = word.startsWith(stemmed) ? { queries: [word], prefix: false } : word;
      return { combineWith: 'OR', queries: [itself, { queries: [stemmed], fuzzy: false, prefix: true }] };
    }),
  };
}

export interface SearchHits {
  /** The requested page: best match first (newest first for an empty query). */
  ids: Id[];
  /** How many entries match in all. */
  total: number;
}

interface SerialisedIndex {
  format: typeof SERIALISED_FORMAT;
  version: number;
  state: JournalState;
  /** [id, date, updatedAt, company, round, outcome, draft]: arrays, not objects, to keep the text short. */
  meta: Array<[Id, Timestamp, Timestamp, string, string, Outcome, 0 | 1]>;
  index: AsPlainObject;
}

export class JournalSearchIndex {
  private readonly meta = new Map<Id, EntryMeta>();
  private hash = 0;
  /** Null when the newest entry was removed: found again on demand. 0 for an empty journal (JSON has no -Infinity). */
  private maxUpdatedAt: Timestamp | null = 0;
  /** Every id newest first, for empty queries; dropped on any change and sorted again when next needed. */
  private newest: Id[] | null = null;

  private constructor(private readonly index: MiniSearch<IndexedDocument>) {}

  static build(entries: Iterable<JournalEntry> = []): JournalSearchIndex {
    const built = new JournalSearchIndex(new MiniSearch(MINISEARCH_OPTIONS));
    for (const entry of entries) built.add(entry);
    return built;
  }

  get size(): number {
    return this.meta.size;
  }

  has(id: Id): boolean {
    return this.meta.has(id);
  }

  /** The state of the journal this index was built from, to compare with the journal's (`journalState`). */
  get state(): JournalState {
    if (this.maxUpdatedAt === null) {
      let max = 0;
      for (const { updatedAt } of this.meta.values()) max = Math.max(max, updatedAt);
      this.maxUpdatedAt = max;
    }
    return { count: this.meta.size, maxUpdatedAt: this.maxUpdatedAt, hash: this.hash };
  }

  /** Adds a new entry; an id already indexed is an error (use `replace`) and changes nothing. */
  add(entry: JournalEntry): void {
    if (this.meta.has(entry?.id)) throw new Error(`Entry ${entry.id} is already indexed`);
    const meta = metaOf(entry);
    this.index.add(documentOf(entry));
    this.meta.set(entry.id, meta);
    this.hash = (this.hash + rowHash(entry.id, meta.updatedAt)) >>> 0;
    if (this.maxUpdatedAt !== null) this.maxUpdatedAt = Math.max(this.maxUpdatedAt, meta.updatedAt);
    this.newest = null;
  }

  /** Indexes the entry as it is now, whether or not an older version was indexed (a `put`). */
  replace(entry: JournalEntry): void {
    // Checked first, so a bad entry leaves the old version searchable.
    metaOf(entry);
    documentOf(entry);
    this.remove(entry.id);
    this.add(entry);
  }

  /** Forgets an entry; false when it was not indexed. */
  remove(id: Id): boolean {
    const meta = this.meta.get(id);
    if (!meta) return false;
    // Discarded lazily (MiniSearch vacuums in the background), so removing needs only the id, not the old text.
    this.index.discard(id);
    this.meta.delete(id);
    this.hash = (this.hash - rowHash(id, meta.updatedAt)) >>> 0;
    if (this.maxUpdatedAt === meta.updatedAt) this.maxUpdatedAt = null;
    this.newest = null;
    return true;
  }

  /**
   * One page of the entries matching `text` and `filters`, best first (BM25, ties newest first). An empty `text`
   * lists every entry passing the filters, newest first.
   */
  search(
    text: string,
    filters: JournalFilters = {},
    page: Partial<JournalPage> = { offset: 0, limit: 25 },
  ): SearchHits {
    const { offset, limit } = clampPage(page);
    const matches = this.matchingIds(text, filters);
    return { ids: matches.slice(offset, offset + limit), total: matches.length };
  }

  private matchingIds(text: string, filters: JournalFilters): Id[] {
    const query = queryOf(text);
    const passes = (id: Id) => {
      const meta = this.meta.get(id);
      return meta !== undefined && matchesFilters(meta, filters);
    };
    if (query === null) return this.newestFirst().filter(passes);
    const filter = isEmpty(filters) ? undefined : (result: { id: Id }) => passes(result.id);
    // Dates looked up once per hit, not twice per comparison: a common word has thousands of hits.
    const ranked = this.index
      .search(query, filter ? { filter } : {})
      .map((hit) => ({ id: hit.id as Id, score: hit.score, date: this.meta.get(hit.id)?.date ?? 0 }));
    return ranked.sort((a, b) => b.score - a.score || newestFirst(a, b)).map((hit) => hit.id);
  }

  private newestFirst(): Id[] {
    if (!this.newest) {
      this.newest = [...this.meta]
        .map(([id, { date }]) => ({ id, date }))
        .sort(newestFirst)
        .map(({ id }) => id);
    }
    return this.newest;
  }

  /** A compact JSON text for the background to persist; `deserialise` reads it back. */
  serialise(): string {
    const serialised: SerialisedIndex = {
      format: SERIALISED_FORMAT,
      version: SEARCH_INDEX_VERSION,
      state: this.state,
      meta: [...this.meta].map(([id, m]) => [id, m.date, m.updatedAt, m.company, m.round, m.outcome, m.draft]),
      index: this.index.toJSON(),
    };
    return JSON.stringify(serialised);
  }

  /**
   * The index persisted by `serialise`, or null when it cannot be used as is: another format version, a damaged
   * text, or (given the journal's current `state`) a journal that changed since. Null means "rebuild", never an error.
   */
  static deserialise(text: string, current?: JournalState): JournalSearchIndex | null {
    try {
      const parsed = JSON.parse(text) as Partial<SerialisedIndex> | null;
      if (parsed?.format !== SERIALISED_FORMAT || parsed.version !== SEARCH_INDEX_VERSION) return null;
      if (!parsed.state || !Array.isArray(parsed.meta) || !parsed.index) return null;
      if (current && !sameJournalState(parsed.state, current)) return null;
      const loaded = new JournalSearchIndex(MiniSearch.loadJS(parsed.index, MINISEARCH_OPTIONS));
      for (const [id, date, updatedAt, company, round, outcome, draft] of parsed.meta) {
        loaded.meta.set(id, { date, updatedAt, company, round, outcome, draft });
        loaded.hash = (loaded.hash + rowHash(id, updatedAt)) >>> 0;
      }
      loaded.maxUpdatedAt = null;
      // The text must agree with itself too: a hand-edited or truncated meta table is as stale as an old journal.
      if (!sameJournalState(loaded.state, parsed.state) || loaded.index.documentCount !== loaded.meta.size) return null;
      return loaded;
    } catch {
      return null;
    }
  }
}
