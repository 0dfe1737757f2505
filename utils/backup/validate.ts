import * as v from 'valibot';
import {
  BACKUP_FORMAT,
  BACKUP_TABLES,
  BACKUP_VERSION,
  type Backup,
  type BackupJournalEntry,
  type BackupTable,
  backupRowId,
  checkBackupSize,
  BACKUP_LIMITS as L,
  utf8ByteLength,
} from '@/utils/backup/format';

// Kept importable from here too; it lives in format.ts so a page can check a file's size without loading valibot.
export { checkBackupSize };

import type { MessageKey } from '@/utils/i18n';
import {
  type Call,
  type CallEvent,
  type ChecklistItem,
  type ChecklistResult,
  type Offer,
  OUTCOMES,
  type Plan,
  type PracticeSession,
  SELF_CALLS,
  type SettingRow,
  type Story,
  WORK_MODES,
} from '@/utils/model';
import { CURRENCY_PATTERN } from '@/utils/offers/offers';

/**
 * Validation of a backup file, done completely before anything is written. Objects are strict: an unknown key is
 * rejected rather than stripped, because a file with fields this version does not know is either from a newer
 * version or not ours, and silently dropping data the user believes is backed up is worse than refusing.
 */

export interface BackupError {
  messageKey: MessageKey;
  substitutions?: string[];
  /** Where in the file, e.g. `tables.journal[3].company`. */
  path?: string;
}

export type ParseBackupResult = { ok: true; backup: Backup } | { ok: false; error: BackupError };

/**
 * Keys that reach an object's prototype when code later copies or merges plain objects. `JSON.parse` makes
 * `__proto__` an own property (harmless by itself), but no legitimate backup has any of them.
 */
const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

// --- Schemas -------------------------------------------------------------------------------------------------

/**
 * The range of a JS Date. Not required to be integers: nothing breaks on a fractional timestamp or duration, and
 * a check stricter than what the app may store would make a user's own backup impossible to restore.
 */
const MAX_DATE = 8.64e15;
const timestamp = v.pipe(v.number(), v.minValue(-MAX_DATE), v.maxValue(MAX_DATE));
const amount = (max: number) => v.pipe(v.number(), v.minValue(0), v.maxValue(max));
const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const id = v.pipe(v.string(), v.minLength(1), v.maxLength(L.idChars));
const list = <T extends v.GenericSchema>(item: T, max: number = L.listItems) => v.pipe(v.array(item), v.maxLength(max));
const flag = v.picklist([0, 1]);
const platform = v.picklist(['meet', 'zoom', 'teams', 'generic', 'rehearsal']);
const score = v.picklist([1, 2, 3, 4]);
const competency = text(L.idChars);

type SameKeys<A, B> = [Exclude<keyof A, keyof B>, Exclude<keyof B, keyof A>] extends [never, never] ? true : false;

/**
 * Binds a schema to its model type at compile time: its output must be assignable to the model and have exactly
 * the model's keys, so a field added to utils/model.ts and forgotten here (which would make every backup with it
 * fail to restore) is a type error.
 */
function schemaOf<TModel>() {
  return <S extends v.GenericSchema<unknown, TModel>>(
    schema: S & (SameKeys<v.InferOutput<S>, TModel> extends true ? unknown : never),
  ): S => schema;
}

const checklistItem = schemaOf<ChecklistItem>()(v.strictObject({ id, label: text(L.lineChars) }));

const story = schemaOf<Story>()(
  v.strictObject({
    id,
    title: text(L.lineChars),
    hook: text(L.textChars),
    situation: text(L.textChars),
    task: text(L.textChars),
    action: text(L.textChars),
    result: text(L.textChars),
    resultMetrics: text(L.textChars),
    competencies: list(competency),
    strength: v.picklist([1, 2, 3, 4, 5]),
    domain: text(L.shortChars),
    archived: flag,
    sample: flag,
    happenedAt: v.optional(timestamp),
    lastToldAt: v.optional(timestamp),
    createdAt: timestamp,
    updatedAt: timestamp,
  }),
);

const interview = schemaOf<Plan>()(
  v.strictObject({
    id,
    company: text(L.shortChars),
    role: text(L.shortChars),
    round: text(L.shortChars),
    scheduledAt: v.optional(timestamp),
    plannedMinutes: amount(24 * 60),
    meetingUrl: text(L.lineChars),
    meetingKey: v.optional(text(L.lineChars)),
    interviewers: list(text(L.shortChars)),
    pinnedStoryIds: list(id),
    questionsToAsk: list(text(L.textChars)),
    pitch: text(L.textChars),
    notes: text(L.textChars),
    status: v.picklist(['planned', 'done', 'cancelled']),
    reminderMinutes: v.optional(amount(24 * 60)),
    headsUpMinutes: v.optional(amount(24 * 60)),
    checklist: v.optional(list(checklistItem)),
    uid: v.optional(text(L.lineChars)),
    sequence: v.optional(amount(Number.MAX_SAFE_INTEGER)),
    sample: flag,
    createdAt: timestamp,
    updatedAt: timestamp,
  }),
);

const callEvent: v.GenericSchema<unknown, CallEvent> = v.variant('type', [
  v.strictObject({
    type: v.literal('story-told'),
    at: timestamp,
    storyId: id,
    interviewer: v.optional(text(L.shortChars)),
  }),
  v.strictObject({
    type: v.literal('question-captured'),
    at: timestamp,
    text: text(L.textChars),
    interviewer: v.optional(text(L.shortChars)),
  }),
  v.strictObject({
    type: v.literal('checklist-ticked'),
    at: timestamp,
    itemId: id,
    label: text(L.lineChars),
    checked: v.boolean(),
  }),
  v.strictObject({ type: v.literal('reminder-shown'), at: timestamp }),
  v.strictObject({ type: v.literal('share-started'), at: timestamp }),
  v.strictObject({ type: v.literal('share-ended'), at: timestamp }),
]);

const call = schemaOf<Call>()(
  v.strictObject({
    id,
    interviewId: v.optional(id),
    platform,
    tabUrl: text(L.lineChars),
    // Accepted for files from any build, but dropped on import: a tab id means nothing in another session.
    tabId: v.optional(v.pipe(v.number(), v.integer())),
    joinedAt: timestamp,
    endedAt: v.optional(timestamp),
    plannedMinutes: v.optional(amount(24 * 60)),
    events: list(callEvent, L.events),
  }),
);

const checklistResult = schemaOf<ChecklistResult>()(
  v.strictObject({ itemId: id, label: text(L.lineChars), checked: v.boolean(), at: v.optional(timestamp) }),
);

const journalEntry = schemaOf<BackupJournalEntry>()(
  v.strictObject({
    id,
    callId: v.optional(id),
    interviewId: v.optional(id),
    company: text(L.shortChars),
    role: text(L.shortChars),
    round: text(L.shortChars),
    platform: v.optional(platform),
    date: timestamp,
    durationMinutes: v.optional(amount(100_000)),
    questions: list(
      v.strictObject({ text: text(L.textChars), storyId: v.optional(id), interviewer: v.optional(text(L.shortChars)) }),
    ),
    storiesUsed: list(id),
    ratings: list(v.strictObject({ competency, score, evidence: text(L.textChars) })),
    selfCall: v.optional(v.picklist(SELF_CALLS)),
    wentWell: text(L.textChars),
    improve: text(L.textChars),
    reflections: text(L.textChars),
    signals: text(L.textChars),
    followUps: list(v.strictObject({ text: text(L.textChars), due: v.optional(timestamp), done: v.boolean() })),
    outcome: v.picklist(OUTCOMES),
    compensationNotes: text(L.textChars),
    checklist: list(checklistResult),
    toldFigures: v.optional(list(v.strictObject({ storyId: id, figures: list(text(L.shortChars)) }))),
    toldTo: v.optional(list(v.strictObject({ storyId: id, interviewer: text(L.shortChars) }))),
    draft: flag,
    terms: v.optional(list(text(L.idChars), L.terms)),
    createdAt: timestamp,
    updatedAt: timestamp,
  }),
);

const practiceSession = schemaOf<PracticeSession>()(
  v.strictObject({
    id,
    storyId: id,
    question: text(L.textChars),
    at: timestamp,
    seconds: amount(24 * 60 * 60),
    rating: score,
  }),
);

/** Plain JSON within the setting caps. Written by hand: a recursive valibot schema has no depth limit. */
function isBoundedJson(value: unknown, depth = 0): boolean {
  if (value === null || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (typeof value === 'string') return value.length <= L.textChars;
  if (depth >= L.settingDepth || typeof value !== 'object') return false;
  if (Array.isArray(value)) {
    return value.length <= L.listItems && value.every((item) => isBoundedJson(item, depth + 1));
  }
  if (Object.getPrototypeOf(value) !== Object.prototype) return false;
  const entries = Object.entries(value);
  return (
    entries.length <= L.settingKeys &&
    entries.every(
      ([key, item]) => key.length <= L.idChars && !FORBIDDEN_KEYS.has(key) && isBoundedJson(item, depth + 1),
    )
  );
}

/** Settings whose shape is known are checked exactly; other keys (newer or older builds) only as bounded JSON. */
const KNOWN_SETTINGS: Readonly<Record<string, v.GenericSchema>> = {
  reminderMinutes: amount(24 * 60),
  defaultPlannedMinutes: amount(24 * 60),
  checklistTemplate: v.nullable(list(checklistItem)),
  platforms: v.strictObject({ zoom: v.boolean(), teams: v.boolean() }),
  zoomRedirect: v.boolean(),
  platformsAsked: v.boolean(),
  headsUp: v.boolean(),
  headsUpMinutes: amount(24 * 60),
};

const settingRow = schemaOf<SettingRow>()(
  v.pipe(
    v.strictObject({
      key: id,
      value: v.custom<unknown>((value) => value !== undefined && isBoundedJson(value)),
    }),
    v.check((row) => {
      const known = Object.hasOwn(KNOWN_SETTINGS, row.key) ? KNOWN_SETTINGS[row.key] : undefined;
      return known === undefined || v.is(known, row.value);
    }),
  ),
);

/** An amount of an offer: absent when not known (never 0 for "not known"). */
const money = v.optional(amount(L.amount));

const offer = schemaOf<Offer>()(
  v.strictObject({
    id,
    company: text(L.shortChars),
    role: text(L.shortChars),
    journalEntryId: v.optional(id),
    currency: v.pipe(v.string(), v.regex(CURRENCY_PATTERN)),
    base: money,
    bonus: money,
    equity: money,
    vestingYears: v.optional(amount(L.vestingYears)),
    cliffMonths: v.optional(amount(L.cliffMonths)),
    signOn: money,
    startDate: v.optional(timestamp),
    deadline: v.optional(timestamp),
    location: text(L.shortChars),
    workMode: v.optional(v.picklist(WORK_MODES)),
    notes: text(L.textChars),
    createdAt: timestamp,
    updatedAt: timestamp,
  }),
);

const rows = <T extends v.GenericSchema>(row: T) => list(row, L.rowsPerTable);

/** The tables of a version 1 file: everything but offers. */
const V1_TABLES = {
  stories: rows(story),
  interviews: rows(interview),
  calls: rows(call),
  journal: rows(journalEntry),
  practice: rows(practiceSession),
  settings: rows(settingRow),
};

const backupSchema = schemaOf<Backup>()(
  v.strictObject({
    format: v.literal(BACKUP_FORMAT),
    version: v.literal(BACKUP_VERSION),
    exportedAt: timestamp,
    tables: v.strictObject({ ...V1_TABLES, offers: rows(offer) }),
  }),
);

/** A version 1 file, read as strictly as a current one: a v1 file with an `offers` table is not one we wrote. */
const backupSchemaV1 = v.strictObject({
  format: v.literal(BACKUP_FORMAT),
  version: v.literal(1),
  exportedAt: timestamp,
  tables: v.strictObject(V1_TABLES),
});

/** A version 1 backup as the current version: the same rows, and no offers (they did not exist). */
export function upgradeBackupV1(backup: v.InferOutput<typeof backupSchemaV1>): Backup {
  return { ...backup, version: BACKUP_VERSION, tables: { ...backup.tables, offers: [] } };
}

/** One row of each table, as a backup file holds it. */
const ROW_SCHEMAS: { readonly [T in BackupTable]: v.GenericSchema } = {
  stories: story,
  interviews: interview,
  calls: call,
  journal: journalEntry,
  practice: practiceSession,
  settings: settingRow,
  offers: offer,
};

/**
 * The one validator every write path uses (stories.save, plans.save, journal.save, calls.addEvent, checklist
 * edits): a row about to be stored is checked against the very schema a restore applies, so the app can never save
 * what its own backup would refuse (a 20,001-character Situation once made every later backup unrestorable). Null
 * when the row is fine, else the first problem, with its path inside the row.
 */
export function rowLimitError(table: BackupTable, row: unknown): BackupError | null {
  const result = v.safeParse(ROW_SCHEMAS[table], row, { abortEarly: true });
  return result.success ? null : issueError(result.issues[0]);
}

// --- Errors --------------------------------------------------------------------------------------------------

/** Keys in paths come from the file: cut them so an error message cannot be made arbitrarily long. */
function pathKey(key: unknown): string {
  const raw = String(key);
  return raw.length > 40 ? `${raw.slice(0, 40)}…` : raw;
}

function formatPath(path: ReadonlyArray<{ key: unknown }> | undefined): string {
  let out = '';
  for (const item of path ?? []) {
    out += typeof item.key === 'number' ? `[${item.key}]` : `${out ? '.' : ''}${pathKey(item.key)}`;
  }
  return out;
}

function issueError(issue: v.BaseIssue<unknown>): BackupError {
  const path = formatPath(issue.path) || '(root)';
  if (issue.type === 'max_length') {
    const limit = String(issue.requirement);
    return typeof issue.input === 'string'
      ? { messageKey: 'backupErrorTextTooLong', substitutions: [path, limit], path }
      : { messageKey: 'backupErrorTooManyItems', substitutions: [path, limit], path };
  }
  if (issue.type === 'strict_object' && issue.path?.at(-1)?.origin === 'key') {
    return issue.expected === 'never'
      ? { messageKey: 'backupErrorUnknownField', substitutions: [path], path }
      : { messageKey: 'backupErrorMissingField', substitutions: [path], path };
  }
  return { messageKey: 'backupErrorInvalidValue', substitutions: [path], path };
}

class ForbiddenKeyError extends Error {
  constructor(readonly key: string) {
    super(`Forbidden key ${key}`);
  }
}

function forbiddenKeyError(key: string): BackupError {
  return { messageKey: 'backupErrorForbiddenKey', substitutions: [key] };
}

function duplicateIdError(backup: Backup): BackupError | null {
  for (const table of BACKUP_TABLES) {
    const seen = new Set<string>();
    const tableRows: ReadonlyArray<Backup['tables'][typeof table][number]> = backup.tables[table];
    for (const [index, row] of tableRows.entries()) {
      const rowId = backupRowId(table, row);
      if (seen.has(rowId)) {
        const path = `tables.${table}[${index}]`;
        return { messageKey: 'backupErrorDuplicateId', substitutions: [pathKey(rowId), table], path };
      }
      seen.add(rowId);
    }
  }
  return null;
}

function findForbiddenKey(value: unknown, depth = 0): string | null {
  if (value === null || typeof value !== 'object' || depth > 64) return null;
  for (const key of Object.keys(value)) {
    if (FORBIDDEN_KEYS.has(key)) return key;
    const found = findForbiddenKey((value as Record<string, unknown>)[key], depth + 1);
    if (found) return found;
  }
  return null;
}

function validateParsed(value: unknown): ParseBackupResult {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { ok: false, error: { messageKey: 'backupErrorNotBackup' } };
  }
  const header = value as { format?: unknown; version?: unknown };
  if (header.format !== BACKUP_FORMAT) return { ok: false, error: { messageKey: 'backupErrorNotBackup' } };
  if (header.version !== BACKUP_VERSION && header.version !== 1) {
    const raw = header.version;
    const version = typeof raw === 'number' || typeof raw === 'string' ? pathKey(raw) : '?';
    return { ok: false, error: { messageKey: 'backupErrorUnsupportedVersion', substitutions: [version] } };
  }
  const result =
    header.version === 1
      ? v.safeParse(backupSchemaV1, value, { abortEarly: true })
      : v.safeParse(backupSchema, value, { abortEarly: true });
  if (!result.success) {
    const [issue] = result.issues;
    return { ok: false, error: issueError(issue) };
  }
  const backup = result.output.version === 1 ? upgradeBackupV1(result.output) : result.output;
  const duplicate = duplicateIdError(backup);
  if (duplicate) return { ok: false, error: duplicate };
  return { ok: true, backup };
}

/**
 * Validates an already-parsed value (e.g. from a test or another reader). Prefer `parseBackup` for file text:
 * it also enforces the size cap before parsing.
 */
export function validateBackup(value: unknown): ParseBackupResult {
  const forbidden = findForbiddenKey(value);
  if (forbidden) return { ok: false, error: forbiddenKeyError(forbidden) };
  return validateParsed(value);
}

/** The file opens the way `serializeBackup` writes ours: the format stamp comes first. */
function looksLikeOurs(source: string): boolean {
  return /^\s*\{\s*"format"\s*:\s*"starboard-backup"/.test(source.slice(0, 200));
}

/**
 * Reads a backup file's text into a validated `Backup`, or the first reason it cannot be imported. Nothing in
 * the returned backup comes from the file unchecked: the schema builds new objects with known keys only.
 */
export function parseBackup(input: string): ParseBackupResult {
  // A code unit is 1 to 3 UTF-8 bytes, so the exact count is needed only between length and 3 × length.
  const bytes = input.length > L.fileBytes || input.length * 3 <= L.fileBytes ? input.length : utf8ByteLength(input);
  const tooLarge = checkBackupSize(bytes);
  if (tooLarge) return { ok: false, error: tooLarge };
  const source = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  let value: unknown;
  try {
    value = JSON.parse(source, (key, item: unknown) => {
      if (FORBIDDEN_KEYS.has(key)) throw new ForbiddenKeyError(key);
      return item;
    });
  } catch (error) {
    if (error instanceof ForbiddenKeyError) return { ok: false, error: forbiddenKeyError(error.key) };
    // A SyntaxError is malformed JSON; anything else (nesting deep enough to exhaust the stack) is unreadable. Our
    // own file cut short or mis-edited is a damaged backup, not "not a Starboard backup".
    const messageKey: MessageKey = !(error instanceof SyntaxError)
      ? 'backupErrorUnreadable'
      : looksLikeOurs(source)
        ? 'backupErrorDamaged'
        : 'backupErrorNotJson';
    return { ok: false, error: { messageKey } };
  }
  return validateParsed(value);
}
