import Dexie from 'dexie';
import type { StarboardDb } from '@/entrypoints/background/db';
import { apply, emptyAggregates, type InsightsAggregates } from '@/utils/insights/aggregates';
import { JournalSearchIndex, type JournalState, journalState, sameJournalState } from '@/utils/journal/search-index';
import type { JournalEntry, ProgressKind, ProgressRow } from '@/utils/model';

/** One journal row before and after a committed write (null: absent). */
export interface JournalChange {
  before: JournalEntry | null;
  after: JournalEntry | null;
}

/** Persisting costs a serialise of the whole index (~0.5 s at 10,000 entries): once after a burst of writes. */
export const PERSIST_DELAY_MS = 2_000;
/** Entries indexed between two yields (and two progress rows) while the index is rebuilt. */
export const BUILD_CHUNK = 500;
const KEY = 'journal';

/** The journal's checksum from two key walks: no entry is read. Call inside a read transaction over the journal. */
async function currentState(db: StarboardDb): Promise<JournalState> {
  const [ids, stamps] = await Promise.all([
    db.journal.orderBy('updatedAt').primaryKeys(),
    db.journal.orderBy('updatedAt').keys(),
  ]);
  return journalState(ids.map((id, i) => ({ id, updatedAt: stamps[i] as number })));
}

/** The newest progress of each kind in this worker, for pages that ask (`latestProgress`) rather than subscribe. */
const latest = new Map<ProgressKind, ProgressRow>();

/**
 * Progress rows are written beside a running transaction, never in it, so a live query sees them as they change;
 * the newest is also kept in memory, because the browser may hold those writes back until a long restore commits.
 */
export function reportProgress(db: StarboardDb, kind: ProgressKind, done: number, total: number): Promise<unknown> {
  const row: ProgressRow = { key: kind, done, total, at: Date.now() };
  latest.set(kind, row);
  return Dexie.ignoreTransaction(() => db.progress.put(row)).catch(() => undefined);
}

export function latestProgress(kind: ProgressKind): ProgressRow | null {
  return latest.get(kind) ?? null;
}

const yieldToEvents = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * What the background derives from the journal and keeps in memory: the search index (utils/journal/search-index.ts)
 * and the Insights aggregates (utils/insights/aggregates.ts). Both are made lazily, on the first search or the first
 * Insights, from their persisted copy when its checksum matches the journal, else from the journal; both then follow
 * every write after it commits (`track`) and are persisted again a little later. A persisted copy that lags is
 * harmless: its checksum no longer matches, so it is rebuilt.
 */
export class JournalDerived {
  private index: JournalSearchIndex | null = null;
  private building: Promise<JournalSearchIndex> | null = null;
  /** Changes that committed while the index was being made: applied to it once made (replace/remove repeat safely). */
  private queued: JournalChange[] = [];
  private aggregates: InsightsAggregates | null = null;
  private loadingAggregates: Promise<InsightsAggregates> | null = null;
  /** Bumped by every write while the aggregates load: a load that saw a bump may have missed or double-counted it. */
  private generation = 0;
  private readonly pending = new Set<Promise<unknown>>();
  private persistTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly db: StarboardDb,
    private readonly persistDelayMs = PERSIST_DELAY_MS,
  ) {}

  /**
   * Runs a journal write; once it has committed, the index and aggregates follow its changes. Registered before the
   * write starts, so a search or live query that runs after the commit waits for them (`settled`).
   */
  track<T>(write: Promise<T>, changesOf: (value: T) => readonly JournalChange[]): Promise<T> {
    this.generation += 1;
    const done = write.then((value) => {
      this.applyChanges(changesOf(value));
      return value;
    });
    const settled = done.then(
      () => undefined,
      () => undefined,
    );
    this.pending.add(settled);
    void settled.then(() => this.pending.delete(settled));
    return done;
  }

  /** Forgets both (after a restore): the next search or Insights makes them again from the journal. */
  reset(): void {
    this.index = null;
    this.building = null;
    this.queued = [];
    this.aggregates = null;
    this.loadingAggregates = null;
    this.generation += 1;
  }

  /** Resolves once every write started so far has committed (or failed) and been applied. */
  async settled(): Promise<void> {
    while (this.pending.size > 0) await Promise.all([...this.pending]);
  }

  private applyChanges(changes: readonly JournalChange[]): void {
    if (changes.length === 0) return;
    if (this.building) this.queued.push(...changes);
    else if (this.index) for (const change of changes) applyToIndex(this.index, change);
    if (this.aggregates) for (const { before, after } of changes) apply(this.aggregates, before, after);
    this.schedulePersist();
  }

  /** The search index, made on first use; while it is built from the journal, the `index` progress row counts. */
  searchIndex(): Promise<JournalSearchIndex> {
    if (this.index) return Promise.resolve(this.index);
    if (!this.building) {
      const building = this.makeIndex().then(
        (index) => {
          if (this.building !== building) return index;
          for (const change of this.queued) applyToIndex(index, change);
          this.queued = [];
          this.index = index;
          this.building = null;
          return index;
        },
        (error: unknown) => {
          if (this.building === building) this.building = null;
          throw error;
        },
      );
      this.building = building;
    }
    return this.building;
  }

  private async makeIndex(): Promise<JournalSearchIndex> {
    const { db } = this;
    const persisted = await db.transaction('r', db.journal, db.searchIndex, async () => {
      const row = await db.searchIndex.get(KEY);
      return row ? { text: row.text, state: await currentState(db) } : null;
    });
    const loaded = persisted && JournalSearchIndex.deserialise(persisted.text, persisted.state);
    if (loaded) return loaded;
    const entries = await db.journal.toArray();
    const index = JournalSearchIndex.build();
    await reportProgress(db, 'index', 0, entries.length);
    // In chunks with a yield between: other messages are answered meanwhile, and the Journal view shows the count.
    for (let start = 0; start < entries.length; start += BUILD_CHUNK) {
      for (const entry of entries.slice(start, start + BUILD_CHUNK)) index.add(entry);
      await reportProgress(db, 'index', Math.min(start + BUILD_CHUNK, entries.length), entries.length);
      await yieldToEvents();
    }
    if (entries.length === 0) await reportProgress(db, 'index', 0, 0);
    this.schedulePersist();
    return index;
  }

  /** The Insights aggregates, made on first use. */
  async insights(): Promise<InsightsAggregates> {
    if (this.aggregates) return this.aggregates;
    this.loadingAggregates ??= this.loadAggregates().finally(() => {
      this.loadingAggregates = null;
    });
    return this.loadingAggregates;
  }

  private async loadAggregates(): Promise<InsightsAggregates> {
    const { db } = this;
    for (;;) {
      // Writes begun before this point are applied first; one begun after it bumps `generation`.
      await this.settled();
      const generation = this.generation;
      const made = await db.transaction('r', db.journal, db.insightsCache, async () => {
        const state = await currentState(db);
        const row = await db.insightsCache.get(KEY);
        if (row && sameJournalState(row.state, state)) return { aggregates: row.aggregates, fresh: false };
        // A cursor walk: entries pass through one at a time, only the counters stay.
        const aggregates = emptyAggregates();
        await db.journal.each((entry) => apply(aggregates, null, entry));
        return { aggregates, fresh: true };
      });
      // A write during the walk may or may not be in it, and `apply` is not idempotent: walk again, don't guess.
      if (generation !== this.generation) continue;
      this.aggregates = made.aggregates;
      if (made.fresh) this.schedulePersist();
      return made.aggregates;
    }
  }

  private schedulePersist(): void {
    if (this.persistTimer !== null) return;
    this.persistTimer = setTimeout(() => {
      this.persistTimer = null;
      void this.persist().catch((error: unknown) => console.error('Starboard: could not save the search index', error));
    }, this.persistDelayMs);
  }

  /** Writes the index and aggregates with the journal state they describe; tests call it instead of waiting. */
  async persist(): Promise<void> {
    const { db } = this;
    await this.settled();
    const generation = this.generation;
    const index = this.index;
    const aggregates = this.aggregates;
    const state = await db.transaction('r', db.journal, () => currentState(db));
    // A write started meanwhile: its own persist comes later.
    if (generation !== this.generation) return this.schedulePersist();
    await db.transaction('rw', db.searchIndex, db.insightsCache, async () => {
      if (index && sameJournalState(index.state, state))
        await db.searchIndex.put({ key: KEY, text: index.serialise() });
      if (aggregates) await db.insightsCache.put({ key: KEY, state, aggregates });
    });
  }
}

function applyToIndex(index: JournalSearchIndex, { before, after }: JournalChange): void {
  if (after) index.replace(after);
  else if (before) index.remove(before.id);
}

const holders = new WeakMap<StarboardDb, JournalDerived>();

/**
 * Makes a live query that answers from the derived state (search, Insights) re-run on every journal write: it must
 * read the journal itself, since the index and aggregates live outside Dexie. One row over the whole key range is
 * enough for Dexie's observability (it records the range read, not the rows returned) and costs a single read, where
 * `count()` walked all 10,000 rows on every search (Chromium counts by iterating). Call it before any other await.
 */
export function observeJournal(db: StarboardDb): Promise<unknown> {
  return db.journal.limit(1).toArray();
}

/** The one holder per database, shared by the journal, Insights and backup handlers. */
export function journalDerived(db: StarboardDb): JournalDerived {
  let holder = holders.get(db);
  if (!holder) {
    holder = new JournalDerived(db);
    holders.set(db, holder);
  }
  return holder;
}
