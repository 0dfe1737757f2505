import fc from 'fast-check';
import { type ImportMode, type ImportResult, importBackup } from '@/entrypoints/background/backup/apply';
import { DERIVED_TABLES, type StarboardDb } from '@/entrypoints/background/db';
import { BACKUP_FORMAT, BACKUP_TABLES, BACKUP_VERSION, type Backup, type BackupTable } from '@/utils/backup/format';
import { parseBackup } from '@/utils/backup/validate';
import { OUTCOMES, SELF_CALLS, STANDARD_COMPETENCIES } from '@/utils/model';
import { normaliseMeetingUrl } from '@/utils/platforms/meeting-url';
import {
  makeCall,
  makeEntry,
  makeOffer,
  makePlan,
  makePractice,
  makeSettings,
  makeStory,
  openTestDb,
  snapshot,
} from './fixtures';

/**
 * Valid backups, mutated into bad or half-bad ones (1,000 runs). For each: a rejected file must leave the
 * pre-populated database byte-for-byte unchanged; an accepted one must be applied completely, or, when a write
 * is made to fail, not at all. One database is reused and reset only after a successful import, to stay fast.
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = Array<string | number>;

// --- Valid backups -------------------------------------------------------------------------------------------

const timestamp = fc.integer({ min: 0, max: 4_102_444_800_000 });
const text = fc.oneof(fc.string({ maxLength: 30 }), fc.string({ unit: 'grapheme', maxLength: 12 }));
const short = fc.string({ maxLength: 20 });
const flag = fc.constantFrom(0, 1);
const ids = (prefix: string) => fc.constantFrom(`${prefix}-1`, `${prefix}-2`, `${prefix}-n1`, `${prefix}-n2`);
const rows = <T extends { id: string }>(row: fc.Arbitrary<T>) =>
  fc.uniqueArray(row, { selector: (r) => r.id, maxLength: 3 });
/** Optional fields: present or absent (never `undefined`, which JSON cannot carry). */
const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

const story = fc
  .record({
    id: ids('story'),
    title: text,
    hook: text,
    situation: text,
    task: text,
    action: text,
    result: text,
    resultMetrics: text,
    competencies: fc.array(fc.constantFrom(...STANDARD_COMPETENCIES, 'my own label'), { maxLength: 3 }),
    strength: fc.constantFrom(1, 2, 3, 4, 5),
    domain: short,
    archived: flag,
    sample: flag,
    happenedAt: optional(timestamp),
    lastToldAt: optional(timestamp),
    createdAt: timestamp,
    updatedAt: timestamp,
  })
  .map(withoutUndefined);

const checklistItem = fc.record({ id: short.filter((s) => s.length > 0), label: text });

const interview = fc
  .record({
    id: ids('interview'),
    company: short,
    role: short,
    round: short,
    scheduledAt: optional(timestamp),
    plannedMinutes: fc.integer({ min: 0, max: 240 }),
    meetingUrl: fc.webUrl(),
    interviewers: fc.array(short, { maxLength: 3 }),
    pinnedStoryIds: fc.array(ids('story'), { maxLength: 3 }),
    questionsToAsk: fc.array(text, { maxLength: 3 }),
    pitch: text,
    notes: text,
    status: fc.constantFrom('planned', 'done', 'cancelled'),
    reminderMinutes: optional(fc.integer({ min: 0, max: 60 })),
    checklist: optional(fc.array(checklistItem, { maxLength: 3 })),
    sample: flag,
    createdAt: timestamp,
    updatedAt: timestamp,
  })
  // As stored since schema v2: the binding key beside the link, derived from it (an import derives it again).
  .map((plan) => withoutUndefined({ ...plan, meetingKey: normaliseMeetingUrl(plan.meetingUrl) }));

const callEvent = fc.oneof(
  fc.record({ type: fc.constant('story-told'), at: timestamp, storyId: ids('story') }),
  fc.record({ type: fc.constant('question-captured'), at: timestamp, text }),
  fc.record({
    type: fc.constant('checklist-ticked'),
    at: timestamp,
    itemId: ids('item'),
    label: text,
    checked: fc.boolean(),
  }),
  fc.record({ type: fc.constantFrom('reminder-shown', 'share-started', 'share-ended'), at: timestamp }),
);

const call = fc
  .record({
    id: ids('call'),
    interviewId: optional(ids('interview')),
    platform: fc.constantFrom('meet', 'zoom', 'teams', 'generic', 'rehearsal'),
    tabUrl: fc.webUrl(),
    tabId: optional(fc.nat()),
    joinedAt: timestamp,
    endedAt: optional(timestamp),
    plannedMinutes: optional(fc.constantFrom(30, 45, 60)),
    events: fc.array(callEvent, { maxLength: 4 }),
  })
  .map(withoutUndefined);

const journalEntry = fc
  .record({
    id: ids('entry'),
    callId: optional(ids('call')),
    interviewId: optional(ids('interview')),
    company: short,
    role: short,
    round: short,
    platform: optional(fc.constantFrom('meet', 'zoom', 'teams', 'generic', 'rehearsal')),
    date: timestamp,
    durationMinutes: optional(fc.integer({ min: 0, max: 300 })),
    questions: fc.array(fc.record({ text, storyId: optional(ids('story')) }).map(withoutUndefined), { maxLength: 3 }),
    storiesUsed: fc.array(ids('story'), { maxLength: 3 }),
    ratings: fc.array(
      fc.record({
        competency: fc.constantFrom(...STANDARD_COMPETENCIES),
        score: fc.constantFrom(1, 2, 3, 4),
        evidence: text,
      }),
      { maxLength: 2 },
    ),
    selfCall: optional(fc.constantFrom(...SELF_CALLS)),
    wentWell: text,
    improve: text,
    reflections: text,
    signals: text,
    followUps: fc.array(fc.record({ text, due: optional(timestamp), done: fc.boolean() }).map(withoutUndefined), {
      maxLength: 2,
    }),
    outcome: fc.constantFrom(...OUTCOMES),
    compensationNotes: text,
    checklist: fc.array(
      fc
        .record({ itemId: ids('item'), label: text, checked: fc.boolean(), at: optional(timestamp) })
        .map(withoutUndefined),
      { maxLength: 2 },
    ),
    draft: flag,
    terms: optional(fc.array(short, { maxLength: 3 })),
    createdAt: timestamp,
    updatedAt: timestamp,
  })
  .map(withoutUndefined);

const practice = fc.record({
  id: ids('practice'),
  storyId: ids('story'),
  question: text,
  at: timestamp,
  seconds: fc.integer({ min: 0, max: 3600 }),
  rating: fc.constantFrom(1, 2, 3, 4),
});

const setting = fc.oneof(
  fc.record({ key: fc.constant('reminderMinutes'), value: fc.integer({ min: 0, max: 60 }) }),
  fc.record({ key: fc.constant('platforms'), value: fc.record({ zoom: fc.boolean(), teams: fc.boolean() }) }),
  fc.record({ key: fc.constant('checklistTemplate'), value: fc.option(fc.array(checklistItem, { maxLength: 2 })) }),
  fc.record({ key: fc.constant('customFlag'), value: fc.oneof(fc.boolean(), short, fc.array(fc.integer())) }),
);

const money = optional(fc.integer({ min: 0, max: 10_000_000 }));
const offer = fc
  .record({
    id: ids('offer'),
    company: short,
    role: short,
    journalEntryId: optional(ids('entry')),
    currency: fc.constantFrom('EUR', 'USD', 'GBP', 'JPY'),
    base: money,
    bonus: money,
    equity: money,
    vestingYears: optional(fc.integer({ min: 0, max: 6 })),
    cliffMonths: optional(fc.integer({ min: 0, max: 24 })),
    signOn: money,
    startDate: optional(timestamp),
    deadline: optional(timestamp),
    location: short,
    workMode: optional(fc.constantFrom('onsite', 'hybrid', 'remote')),
    notes: text,
    createdAt: timestamp,
    updatedAt: timestamp,
  })
  .map(withoutUndefined);

const validBackup = fc.record({
  format: fc.constant(BACKUP_FORMAT),
  version: fc.constant(BACKUP_VERSION),
  exportedAt: timestamp,
  tables: fc.record({
    stories: rows(story),
    interviews: rows(interview),
    calls: rows(call),
    journal: rows(journalEntry),
    practice: rows(practice),
    settings: fc.uniqueArray(setting, { selector: (s) => s.key, maxLength: 3 }),
    offers: rows(offer),
  }),
});

// --- Mutations -----------------------------------------------------------------------------------------------

const ENUM_KEYS = new Set([
  'strength',
  'archived',
  'sample',
  'status',
  'platform',
  'type',
  'outcome',
  'selfCall',
  'score',
  'rating',
  'draft',
  'workMode',
]);

const anyJson: fc.Arbitrary<Json> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.string({ maxLength: 5 }),
  fc.constant<Json>([]),
  fc.constant<Json>({}),
  fc.constant<Json>([1, 'two']),
  fc.constant<Json>({ nested: true }),
);

const forbiddenKey = fc.constantFrom('__proto__', 'constructor', 'prototype');

type Mutation =
  | { kind: 'retype'; at: number; value: Json }
  | { kind: 'delete'; at: number }
  | { kind: 'extraKey'; at: number; key: string; value: Json }
  | { kind: 'oversize'; at: number; length: number }
  | { kind: 'badEnum'; at: number; value: Json }
  | { kind: 'number'; at: number; value: number }
  | { kind: 'string'; at: number; value: string }
  | { kind: 'duplicate'; table: number; change: boolean }
  | { kind: 'header'; field: 'format' | 'version' | 'exportedAt'; value: Json }
  | { kind: 'deepSetting'; depth: number }
  | { kind: 'truncate'; at: number }
  | { kind: 'splice'; at: number; insert: string }
  | { kind: 'textKey'; at: number; key: string };

const at = fc.nat();
const singleMutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('retype'), at, value: anyJson }),
  fc.record({ kind: fc.constant('delete'), at }),
  fc.record({
    kind: fc.constant('extraKey'),
    at,
    key: fc.oneof(forbiddenKey, fc.constantFrom('extra', 'toString', 'hasOwnProperty', 'id'), short),
    value: anyJson,
  }),
  // Around each cap (200, 2,000, 20,000) and beyond: some land under a field's cap, most over.
  fc.record({
    kind: fc.constant('oversize'),
    at,
    length: fc.constantFrom(199, 200, 201, 1_999, 2_001, 19_999, 20_000, 20_001, 60_000),
  }),
  fc.record({
    kind: fc.constant('badEnum'),
    at,
    value: fc.oneof(fc.constantFrom<Json>('maybe', 'PENDING', 0, 5, 6, -1, 1.5, '1', true), anyJson),
  }),
  fc.record({
    kind: fc.constant('number'),
    at,
    value: fc.constantFrom(-1, 0, 1, 4, 5, 1.5, -8.64e15, 8.64e15 + 1, 1e300, Number.MAX_SAFE_INTEGER + 2),
  }),
  fc.record({ kind: fc.constant('string'), at, value: text }),
  fc.record({ kind: fc.constant('duplicate'), table: fc.nat(5), change: fc.boolean() }),
  fc.record({
    kind: fc.constant('header'),
    field: fc.constantFrom('format', 'version', 'exportedAt'),
    value: fc.oneof(fc.constantFrom<Json>('starboard-backup', 'starboard', 0, 1, 2, '1', -5), anyJson),
  }),
  fc.record({ kind: fc.constant('deepSetting'), depth: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ kind: fc.constant('truncate'), at }),
  fc.record({ kind: fc.constant('splice'), at, insert: fc.constantFrom(',', '}', ']', '"', ':1', 'NaN', '\\u0000') }),
  fc.record({ kind: fc.constant('textKey'), at, key: forbiddenKey }),
);
const mutations = fc.array(singleMutation, { minLength: 1, maxLength: 3 });

function allPaths(value: Json, path: Path = [], out: Path[] = []): Path[] {
  out.push(path);
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) allPaths(item, [...path, index], out);
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) allPaths(item, [...path, key], out);
  }
  return out;
}

function get(root: Json, path: Path): Json {
  let value: Json = root;
  for (const key of path) value = (value as Record<string | number, Json>)[key] as Json;
  return value;
}

function isObject(value: Json): value is { [key: string]: Json } {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Sets an own, enumerable property even for `__proto__`, like JSON.parse does. */
function define(target: object, key: string | number, value: Json) {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** Replaces the value at a path chosen among those `accept`s; returns the (possibly new) root. */
function setAt(root: Json, index: number, accept: (value: Json, path: Path) => boolean, make: (old: Json) => Json) {
  const candidates = allPaths(root).filter((path) => accept(get(root, path), path));
  const path = candidates[index % Math.max(1, candidates.length)];
  if (path === undefined) return root;
  if (path.length === 0) return make(root);
  const parent = get(root, path.slice(0, -1)) as object;
  define(parent, path.at(-1) as string | number, make(get(root, path)));
  return root;
}

/** The tables' arrays, if earlier mutations left them in place. */
function tableRows(root: Json, table: string): Json[] | null {
  const tables = isObject(root) ? root.tables : undefined;
  const rows = tables !== undefined && isObject(tables) ? tables[table] : undefined;
  return Array.isArray(rows) ? rows : null;
}

function mutateValue(root: Json, mutation: Mutation): Json {
  switch (mutation.kind) {
    case 'retype':
      return setAt(
        root,
        mutation.at,
        () => true,
        () => mutation.value,
      );
    case 'delete': {
      const candidates = allPaths(root).filter((path) => path.length > 0);
      const path = candidates[mutation.at % Math.max(1, candidates.length)];
      if (path === undefined) return root;
      const parent = get(root, path.slice(0, -1));
      const key = path.at(-1) as string | number;
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete (parent as Record<string, Json>)[key];
      return root;
    }
    case 'extraKey': {
      const objects = allPaths(root).filter((path) => isObject(get(root, path)));
      const path = objects[mutation.at % Math.max(1, objects.length)];
      if (path !== undefined) define(get(root, path) as object, mutation.key, mutation.value);
      return root;
    }
    case 'oversize':
      return setAt(
        root,
        mutation.at,
        (value) => typeof value === 'string',
        () => 'x'.repeat(mutation.length),
      );
    case 'badEnum':
      return setAt(
        root,
        mutation.at,
        (_, path) => ENUM_KEYS.has(String(path.at(-1))),
        () => mutation.value,
      );
    case 'number':
      return setAt(
        root,
        mutation.at,
        (value) => typeof value === 'number',
        () => mutation.value,
      );
    case 'string':
      return setAt(
        root,
        mutation.at,
        (value) => typeof value === 'string',
        () => mutation.value,
      );
    case 'duplicate': {
      const name = BACKUP_TABLES[mutation.table % BACKUP_TABLES.length] as BackupTable;
      const rows = tableRows(root, name);
      const [first] = rows ?? [];
      if (first === undefined || !isObject(first)) return root;
      const copy = structuredClone(first);
      if (mutation.change && 'id' in copy) copy.updatedAt = 1;
      rows?.push(copy);
      return root;
    }
    case 'header':
      if (isObject(root)) define(root, mutation.field, mutation.value);
      return root;
    case 'deepSetting': {
      let value: Json = 'leaf';
      for (let i = 0; i < mutation.depth; i++) value = i % 2 ? [value] : { level: value };
      tableRows(root, 'settings')?.push({ key: 'deep', value });
      return root;
    }
    default:
      return root;
  }
}

function mutateText(json: string, mutation: Mutation): string {
  switch (mutation.kind) {
    case 'truncate':
      return json.slice(0, mutation.at % json.length);
    case 'splice': {
      const index = mutation.at % json.length;
      return json.slice(0, index) + mutation.insert + json.slice(index);
    }
    case 'textKey': {
      // A forbidden key written in the text itself, after any `{`.
      const opens = [...json.matchAll(/\{/g)].map((match) => match.index);
      const index = (opens[mutation.at % opens.length] ?? 0) + 1;
      return `${json.slice(0, index)}"${mutation.key}":{"polluted":1},${json.slice(index)}`;
    }
    default:
      return json;
  }
}

function mutate(backup: unknown, generated: readonly Mutation[]): string {
  // The mutations' values go into the backup by reference, and a later mutation may write into one of them: a copy
  // of each (fast-check may hand two mutations one object, and reuses them while it shrinks), so no value changes
  // and none comes to contain itself (a cycle, which no JSON file can hold; seen with seed -13333849).
  const list = generated.map((mutation) => structuredClone(mutation));
  let root = JSON.parse(JSON.stringify(backup)) as Json;
  for (const mutation of list) root = mutateValue(root, mutation);
  let json = JSON.stringify(root);
  for (const mutation of list) json = mutateText(json, mutation);
  return json;
}

// --- The database ----------------------------------------------------------------------------------------------

/** What the browser holds before each import; some ids collide with generated ones (`story-1`…). */
const BASELINE = {
  stories: [makeStory({ id: 'story-1' }), makeStory({ id: 'story-local', title: 'Only here' })],
  interviews: [makePlan({ id: 'interview-1' })],
  calls: [makeCall({ id: 'call-1', tabId: 3 })],
  journal: [makeEntry({ id: 'entry-1' }), makeEntry({ id: 'entry-local', company: 'Localcorp' })],
  practice: [makePractice({ id: 'practice-1' })],
  settings: makeSettings(),
  offers: [makeOffer({ id: 'offer-1' }), makeOffer({ id: 'offer-local', company: 'Localcorp' })],
  drafts: [{ key: 'journal-form', value: { reflections: 'half typed' }, updatedAt: 5 }],
};

async function reset(db: StarboardDb) {
  await db.transaction('rw', db.tables, async () => {
    for (const table of db.tables) await table.clear();
    await db.stories.bulkAdd(BASELINE.stories);
    await db.interviews.bulkAdd(BASELINE.interviews);
    await db.calls.bulkAdd(BASELINE.calls);
    await db.journal.bulkAdd(BASELINE.journal);
    await db.practice.bulkAdd(BASELINE.practice);
    await db.settings.bulkAdd(BASELINE.settings);
    await db.offers.bulkAdd(BASELINE.offers);
    await db.drafts.bulkAdd(BASELINE.drafts);
  });
}

function rowKey(row: object): string {
  return 'key' in row ? String(row.key) : String((row as { id: string }).id);
}

/** What the tables must hold after a successful import. */
function expectedTables(backup: Backup, mode: ImportMode): Record<string, object[]> {
  const incoming: Record<BackupTable, object[]> = {
    ...backup.tables,
    calls: backup.tables.calls.map(({ tabId: _tabId, ...call }) => call),
    // Older files' search words are dropped on import (schema v3: the search index is made from the text).
    journal: backup.tables.journal.map(({ terms: _terms, ...entry }) => entry),
    // The binding key is derived from the link on import, whatever the file says.
    interviews: backup.tables.interviews.map((plan) => ({ ...plan, meetingKey: normaliseMeetingUrl(plan.meetingUrl) })),
  };
  const out: Record<string, object[]> = { drafts: BASELINE.drafts };
  for (const table of BACKUP_TABLES) {
    const merged = new Map<string, object>();
    if (mode === 'merge') for (const row of BASELINE[table]) merged.set(rowKey(row), row);
    for (const row of incoming[table]) merged.set(rowKey(row), row);
    out[table] = [...merged.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, row]) => row);
  }
  return out;
}

async function tablesOf(db: StarboardDb): Promise<Record<string, object[]>> {
  const out: Record<string, object[]> = {};
  // Derived tables (search index, aggregates, progress) are not the user's data: not part of the comparison.
  for (const table of db.tables) if (!DERIVED_TABLES.includes(table.name)) out[table.name] = await table.toArray();
  return out;
}

// --- Properties ------------------------------------------------------------------------------------------------

describe('backup import, property-based', () => {
  let db: StarboardDb;
  let baseline: string;

  beforeAll(async () => {
    db = await openTestDb();
    await reset(db);
    baseline = await snapshot(db);
  });

  afterAll(() => db.close());

  it('generates valid backups to mutate', () => {
    fc.assert(
      fc.property(validBackup, (backup) => {
        const result = parseBackup(JSON.stringify(backup));
        if (!result.ok) throw new Error(JSON.stringify(result.error));
      }),
      { numRuns: 300 },
    );
  });

  it('never writes a rejected file, and applies an accepted one all or nothing', async () => {
    const stats = { rejected: 0, accepted: 0, failedOnPurpose: 0 };
    await fc.assert(
      fc.asyncProperty(
        validBackup,
        mutations,
        fc.constantFrom<ImportMode>('merge', 'replace'),
        fc.option(fc.nat(5), { nil: null, freq: 2 }),
        async (backup, list, mode, failTable) => {
          const text = mutate(backup, list);
          const parsed = parseBackup(text);

          if (!parsed.ok) {
            stats.rejected += 1;
            const result = await importBackup(db, text, mode);
            expect(result.ok).toBe(false);
            expect(await snapshot(db)).toBe(baseline);
            return;
          }

          stats.accepted += 1;
          const tables = [db.stories, db.interviews, db.calls, db.journal, db.practice, db.settings];
          const failing =
            failTable === null
              ? null
              : vi
                  .spyOn(tables[failTable] as (typeof tables)[number], mode === 'merge' ? 'bulkPut' : 'bulkAdd')
                  .mockRejectedValue(new Error('injected write failure'));
          let result: ImportResult;
          try {
            result = await importBackup(db, text, mode);
          } finally {
            failing?.mockRestore();
          }

          if (failing) {
            stats.failedOnPurpose += 1;
            expect(result).toMatchObject({ ok: false, error: { messageKey: 'backupErrorWriteFailed' } });
            expect(await snapshot(db)).toBe(baseline);
            return;
          }
          expect(result.ok).toBe(true);
          expect(await tablesOf(db)).toEqual(expectedTables(parsed.backup, mode));
          await reset(db);
          expect(await snapshot(db)).toBe(baseline);
        },
      ),
      { numRuns: 1_000 },
    );
    // The mix must exercise both branches, or the property proves little.
    expect(stats.rejected).toBeGreaterThan(500);
    expect(stats.accepted).toBeGreaterThan(30);
    expect(stats.failedOnPurpose).toBeGreaterThan(10);
  }, 60_000);
});
