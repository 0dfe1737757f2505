import fc from 'fast-check';
import type { JournalQuery } from '@/utils/journal/protocol';
import {
  JournalSearchIndex,
  journalState,
  MAX_PAGE_SIZE,
  normalise,
  SEARCH_INDEX_VERSION,
  sameJournalState,
  words,
} from '@/utils/journal/search-index';
import type { JournalEntry } from '@/utils/model';
import { makeEntry } from '../backup/fixtures';

const DAY = 24 * 60 * 60 * 1000;
const T0 = Date.UTC(2026, 5, 1);

/** An entry whose only text is `notes` (plus its company), so a test says exactly which words it holds. */
function entry(id: string, notes: string, overrides: Partial<JournalEntry> = {}): JournalEntry {
  return makeEntry({
    id,
    company: 'Initech',
    role: '',
    round: '',
    questions: [],
    ratings: [],
    followUps: [],
    wentWell: notes,
    improve: '',
    reflections: '',
    signals: '',
    compensationNotes: '',
    date: T0,
    updatedAt: T0,
    ...overrides,
  });
}

const ids = (index: JournalSearchIndex, text: string, filters = {}) => index.search(text, filters).ids;

describe('journal search index: words', () => {
  it('folds case and accents, drops one-letter words and cuts long ones like the old terms index', () => {
    expect([...words('Résumé for İstanbul, a ﬁne CV')]).toEqual(['resume', 'for', 'istanbul', 'fine', 'cv']);
    expect([...words('x'.repeat(60))]).toEqual(['x'.repeat(40)]);
    expect(normalise('ZÜRICH')).toBe('zurich');
  });
});

describe('journal search index: matching', () => {
  const index = JournalSearchIndex.build([
    entry('deployment', 'The deployment pipeline broke on Friday'),
    entry('kubernetes', 'Migrated the cluster to Kubernetes'),
    entry('study', 'A case study about caching'),
    entry('team', 'The team disagreed about priorities'),
    entry('tram', 'I took the tram to the office'),
    entry('ml', 'Asked about ML and mlops'),
  ]);

  it('finds a word by its start: "deploy" finds "deployment"', () => {
    expect(ids(index, 'deploy')).toEqual(['deployment']);
    expect(ids(index, 'deploym')).toEqual(['deployment']);
  });

  it('forgives one typo in a longer word: "kubernets" finds "kubernetes"', () => {
    expect(ids(index, 'kubernets')).toEqual(['kubernetes']);
    expect(ids(index, 'kubernetse')).toEqual([]);
  });

  it('keeps short words exact: no typo on "team", no prefix expansion of two letters', () => {
    expect(ids(index, 'team')).toEqual(['team']);
    expect(ids(index, 'tram')).toEqual(['tram']);
    expect(ids(index, 'ml')).toEqual(['ml']);
  });

  it('meets other forms of a word through its stem: "deployed" finds "deployment", "studies" finds "study"', () => {
    expect(ids(index, 'deployed')).toEqual(['deployment']);
    expect(ids(index, 'studies')).toEqual(['study']);
    expect(ids(index, 'study')).toEqual(['study']);
  });

  it('needs every word of the query, and folds the query like the text', () => {
    expect(ids(index, 'pipeline friday')).toEqual(['deployment']);
    expect(ids(index, 'pipeline kubernetes')).toEqual([]);
    expect(ids(index, 'KUBERNÉTES')).toEqual(['kubernetes']);
  });

  it('searches every indexed field: company, role, round, questions, notes', () => {
    const fields = JournalSearchIndex.build([
      entry('company', '', { company: 'Globex' }),
      entry('role', '', { role: 'Staff Engineer' }),
      entry('round', '', { round: 'Onsite loop' }),
      entry('question', '', { questions: [{ text: 'Why payments?' }] }),
      entry('rating', '', { ratings: [{ competency: 'leadership', score: 3, evidence: 'Ran the retro' }] }),
      entry('followup', '', { followUps: [{ text: 'Send the sketch', done: false }] }),
    ]);
    expect(ids(fields, 'globex')).toEqual(['company']);
    expect(ids(fields, 'staff')).toEqual(['role']);
    expect(ids(fields, 'onsite')).toEqual(['round']);
    expect(ids(fields, 'payments')).toEqual(['question']);
    expect(ids(fields, 'retro')).toEqual(['rating']);
    expect(ids(fields, 'sketch')).toEqual(['followup']);
  });
});

describe('journal search index: ranking', () => {
  it('ranks a common word by how much an entry is about it, then newest first', () => {
    const filler = 'we talked about many other things at length during the hour long call';
    const index = JournalSearchIndex.build([
      entry('once', `stakeholder ${filler}`, { date: T0 + 3 * DAY }),
      entry('often', 'stakeholder stakeholder stakeholder alignment', { date: T0 }),
      entry('company', filler, { company: 'Stakeholder Labs', date: T0 + DAY }),
      entry('old', `stakeholder ${filler}`, { date: T0 - DAY }),
      entry('none', filler, { date: T0 + 5 * DAY }),
    ]);
    const { ids: ranked, total } = index.search('stakeholder');
    expect(total).toBe(4);
    expect(ranked.slice(0, 2).sort()).toEqual(['company', 'often']);
    // Same text, same score: the newer first.
    expect(ranked.slice(2)).toEqual(['once', 'old']);
  });

  it('ranks an exact match above a prefix or typo match', () => {
    const index = JournalSearchIndex.build([
      entry('prefix', 'deployments everywhere'),
      entry('exact', 'deploy everywhere'),
      entry('typo', 'deplay everywhere'),
    ]);
    expect(ids(index, 'deploy')[0]).toBe('exact');
    expect(ids(index, 'deploy')).toContain('prefix');
    expect(ids(index, 'deploy')).toContain('typo');
  });
});

describe('journal search index: filters and pages', () => {
  const index = JournalSearchIndex.build([
    entry('a1', 'caching', { company: 'Acme', outcome: 'offer', date: T0 }),
    entry('a2', 'caching', { company: 'Acme', outcome: 'rejected', date: T0 + DAY }),
    entry('b1', 'caching', { company: 'Bolt', outcome: 'offer', date: T0 + 2 * DAY, draft: 1 }),
    entry('b2', 'sharding', { company: 'Bolt', outcome: 'offer', date: T0 + 3 * DAY, round: 'Final' }),
  ]);

  it('combines company, outcome, draft, round and an inclusive date range with the words', () => {
    expect(ids(index, 'caching', { company: 'Acme' }).sort()).toEqual(['a1', 'a2']);
    expect(ids(index, 'caching', { outcome: 'offer' }).sort()).toEqual(['a1', 'b1']);
    expect(ids(index, 'caching', { company: 'Acme', outcome: 'offer' })).toEqual(['a1']);
    expect(ids(index, 'caching', { from: T0 + DAY, to: T0 + 2 * DAY }).sort()).toEqual(['a2', 'b1']);
    expect(ids(index, 'caching', { draft: 1 })).toEqual(['b1']);
    expect(ids(index, '', { round: 'Final' })).toEqual(['b2']);
    expect(ids(index, 'caching', { company: 'Nobody' })).toEqual([]);
  });

  it('lists everything newest first for an empty query, with filters', () => {
    expect(ids(index, '')).toEqual(['b2', 'b1', 'a2', 'a1']);
    expect(ids(index, '  ¿? ')).toEqual(['b2', 'b1', 'a2', 'a1']);
    expect(ids(index, '', { company: 'Acme' })).toEqual(['a2', 'a1']);
  });

  it('pages through the ranked ids with the total, and clamps bad pages', () => {
    expect(index.search('', {}, { offset: 1, limit: 2 })).toEqual({ ids: ['b1', 'a2'], total: 4 });
    expect(index.search('', {}, { offset: -5, limit: 1.7 })).toEqual({ ids: ['b2'], total: 4 });
    expect(index.search('', {}, { offset: Number.NaN, limit: Number.NaN })).toEqual({ ids: [], total: 4 });
    const many = JournalSearchIndex.build(Array.from({ length: MAX_PAGE_SIZE + 5 }, (_, i) => entry(`e${i}`, 'x y')));
    expect(many.search('', {}, { offset: 0, limit: 10_000 }).ids).toHaveLength(MAX_PAGE_SIZE);
  });
});

describe('journal search index: updates', () => {
  it('adds, replaces and removes entries one at a time', () => {
    const index = JournalSearchIndex.build([entry('a', 'kafka consumer lag')]);
    index.add(entry('b', 'kafka partitions'));
    expect(ids(index, 'kafka').sort()).toEqual(['a', 'b']);

    index.replace(entry('a', 'postgres vacuum', { updatedAt: T0 + 1 }));
    expect(ids(index, 'kafka')).toEqual(['b']);
    expect(ids(index, 'postgres')).toEqual(['a']);

    expect(index.remove('b')).toBe(true);
    expect(index.remove('b')).toBe(false);
    expect(ids(index, 'kafka')).toEqual([]);
    expect(ids(index, '')).toEqual(['a']);

    // `replace` of an entry that was never indexed is a plain add (the background calls it for every put).
    index.replace(entry('c', 'kafka again'));
    expect(ids(index, 'kafka')).toEqual(['c']);
  });

  it('refuses a duplicate add or a malformed entry and changes nothing', () => {
    const index = JournalSearchIndex.build([entry('a', 'kafka')]);
    const before = index.serialise();
    expect(() => index.add(entry('a', 'again'))).toThrow(/already indexed/);
    expect(() =>
      index.replace({ ...entry('a', 'postgres'), questions: undefined } as unknown as JournalEntry),
    ).toThrow();
    expect(() => index.add({ ...entry('', 'x') })).toThrow(/string id/);
    expect(index.serialise()).toBe(before);
    expect(ids(index, 'kafka')).toEqual(['a']);
  });

  it('keeps its state equal to the journal state computed from scratch, whatever the writes', () => {
    const write = fc.record({
      id: fc.constantFrom('a', 'b', 'c', 'd'),
      remove: fc.boolean(),
      updatedAt: fc.integer({ min: 0, max: 1e13 }),
    });
    fc.assert(
      fc.property(fc.array(write, { maxLength: 30 }), (writes) => {
        const index = JournalSearchIndex.build();
        const journal = new Map<string, JournalEntry>();
        for (const { id, remove, updatedAt } of writes) {
          if (remove) {
            index.remove(id);
            journal.delete(id);
          } else {
            const next = entry(id, `word${updatedAt % 7}`, { updatedAt });
            index.replace(next);
            journal.set(id, next);
          }
        }
        expect(index.state).toEqual(journalState(journal.values()));
      }),
      { numRuns: 200 },
    );
  });
});

describe('journal search index: persistence', () => {
  const entries = [
    entry('a', 'deployment pipeline', { updatedAt: T0 + 5 }),
    entry('b', 'kubernetes cluster', { updatedAt: T0 + 9, company: 'Acme' }),
  ];

  it('round-trips through its serialised text, answering the same', () => {
    const index = JournalSearchIndex.build(entries);
    index.remove('a');
    index.add(entries[0]!);
    const loaded = JournalSearchIndex.deserialise(index.serialise(), journalState(entries));
    expect(loaded).not.toBeNull();
    for (const query of ['deploy', 'kubernets', '', 'cluster pipeline']) {
      expect(loaded!.search(query)).toEqual(index.search(query));
    }
    expect(loaded!.search('', { company: 'Acme' }).ids).toEqual(['b']);
    expect(loaded!.state).toEqual(index.state);
    // Still updatable after loading.
    loaded!.replace(entry('a', 'rollback', { updatedAt: T0 + 20 }));
    expect(loaded!.search('rollback').ids).toEqual(['a']);
  });

  it('round-trips an empty index', () => {
    const empty = JournalSearchIndex.build();
    const loaded = JournalSearchIndex.deserialise(empty.serialise(), journalState([]));
    expect(loaded?.size).toBe(0);
  });

  it('tells a stale index from a current one by the journal state', () => {
    const text = JournalSearchIndex.build(entries).serialise();
    const current = journalState(entries);
    expect(JournalSearchIndex.deserialise(text, current)).not.toBeNull();
    // An entry added, one edited (newer updatedAt), one deleted…
    expect(JournalSearchIndex.deserialise(text, journalState([...entries, entry('c', '')]))).toBeNull();
    expect(
      JournalSearchIndex.deserialise(text, journalState([entries[0]!, { ...entries[1]!, updatedAt: T0 + 10 }])),
    ).toBeNull();
    expect(JournalSearchIndex.deserialise(text, journalState([entries[1]!]))).toBeNull();
    // …and what count and newest date alone would miss: an entry replaced by another as old (an import).
    const swapped = journalState([entry('z', '', { updatedAt: T0 + 5 }), entries[1]!]);
    expect(swapped.count).toBe(current.count);
    expect(swapped.maxUpdatedAt).toBe(current.maxUpdatedAt);
    expect(sameJournalState(swapped, current)).toBe(false);
    expect(JournalSearchIndex.deserialise(text, swapped)).toBeNull();
  });

  it('refuses another format version or a damaged text, so the background rebuilds', () => {
    const text = JournalSearchIndex.build(entries).serialise();
    const parsed = JSON.parse(text);
    expect(parsed.version).toBe(SEARCH_INDEX_VERSION);
    expect(JournalSearchIndex.deserialise(JSON.stringify({ ...parsed, version: SEARCH_INDEX_VERSION + 1 }))).toBeNull();
    expect(JournalSearchIndex.deserialise(JSON.stringify({ ...parsed, meta: parsed.meta.slice(1) }))).toBeNull();
    expect(JournalSearchIndex.deserialise(text.slice(0, -10))).toBeNull();
    expect(JournalSearchIndex.deserialise('null')).toBeNull();
    expect(JournalSearchIndex.deserialise('{"format":"other"}')).toBeNull();
  });
});

describe('journal search index: a whole JournalQuery as filters and page', () => {
  it('reads only the filter keys from it', () => {
    const index = JournalSearchIndex.build([
      entry('a', 'kafka', { company: 'Acme' }),
      entry('b', 'kafka', { company: 'Bolt', date: T0 + DAY }),
    ]);
    const query: JournalQuery = { text: 'kafka', company: 'Acme', offset: 0, limit: 10 };
    expect(index.search(query.text ?? '', query, query)).toEqual({ ids: ['a'], total: 1 });
    const all: JournalQuery = { text: 'kafka', offset: 1, limit: 10 };
    expect(index.search(all.text ?? '', all, all)).toEqual({ ids: ['a'], total: 2 });
  });
});
