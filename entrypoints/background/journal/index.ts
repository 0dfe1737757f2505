import type { StarboardDb } from '@/entrypoints/background/db';
import { journalDerived, observeJournal } from '@/entrypoints/background/journal/derived';
import { completeFollowUp, listOpenFollowUps, loadCompanyMemory } from '@/entrypoints/background/journal/loop';
import type { CommandsOf, FeatureHandlers, QueriesOf } from '@/entrypoints/background/router';
import { rowLimitError } from '@/utils/backup/validate';
import { t } from '@/utils/i18n';
import { emptyEntry } from '@/utils/journal/draft';
import { type EntryMerge, mergeEntryEdit } from '@/utils/journal/merge';
import type {
  JournalCommands,
  JournalQueries,
  JournalQuery,
  JournalSaveResult,
  JournalSearchResult,
} from '@/utils/journal/protocol';
import {
  type JournalEntryInput,
  type JournalSummary,
  journalFormKey,
  type PendingDrafts,
} from '@/utils/journal/protocol';
import type { Id, JournalEntry, ProgressRow, Timestamp } from '@/utils/model';
import { snapshotFigures } from '@/utils/plans/figures';
import type { JournalTelling } from '@/utils/plans/retell';

export class JournalEntryInvalidError extends Error {
  constructor(readonly field: string) {
    super(t('journalSaveInvalid', field));
    this.name = 'JournalEntryInvalidError';
  }
}

export function summaryOf(entry: JournalEntry): JournalSummary {
  const summary: JournalSummary = {
    id: entry.id,
    company: entry.company,
    role: entry.role,
    round: entry.round,
    date: entry.date,
    outcome: entry.outcome,
    draft: entry.draft,
  };
  if (entry.selfCall) summary.selfCall = entry.selfCall;
  return summary;
}

export async function getEntry(db: StarboardDb, id: Id): Promise<JournalEntry | null> {
  return (await db.journal.get(id)) ?? null;
}

export async function entryForCall(db: StarboardDb, callId: Id): Promise<JournalEntry | null> {
  const entries = await db.journal.where('callId').equals(callId).sortBy('createdAt');
  return entries.at(-1) ?? null;
}

/** Distinct values straight from an index: no entry is read. */
async function distinct(db: StarboardDb, index: 'company' | 'round'): Promise<string[]> {
  const keys = (await db.journal.orderBy(index).uniqueKeys()) as string[];
  const seen = new Map<string, string>();
  for (const key of keys) {
    const trimmed = key.trim();
    if (trimmed && !seen.has(trimmed.toLowerCase())) seen.set(trimmed.toLowerCase(), key);
  }
  return [...seen.values()].sort((a, b) => a.localeCompare(b));
}

export const journalCompanies = (db: StarboardDb) => distinct(db, 'company');
export const journalRounds = (db: StarboardDb) => distinct(db, 'round');

export async function companyTimeline(db: StarboardDb, company: string): Promise<JournalSummary[]> {
  const entries = await db.journal
    .where('[company+date]')
    .between([company, -Infinity], [company, Infinity], true, true)
    .toArray();
  return entries.map(summaryOf);
}

export async function tellingsForPlans(db: StarboardDb, interviewIds: readonly Id[]): Promise<JournalTelling[]> {
  if (!Array.isArray(interviewIds) || interviewIds.some((id) => typeof id !== 'string')) {
    throw new Error('journal.tellingsForPlans needs a list of plan ids');
  }
  if (interviewIds.length === 0) return [];
  const entries = await db.journal
    .where('interviewId')
    .anyOf([...interviewIds])
    .toArray();
  return entries.map(({ interviewId, storiesUsed, date, toldFigures }) =>
    toldFigures ? { interviewId, storiesUsed, date, toldFigures } : { interviewId, storiesUsed, date },
  );
}

export async function pendingDrafts(db: StarboardDb, latest = 5): Promise<PendingDrafts> {
  const drafts = await db.journal.where('draft').equals(1).reverse().sortBy('date');
  return { count: drafts.length, latest: drafts.slice(0, latest).map(summaryOf) };
}

/**
 * Copies only the fields an entry has, so a page cannot store keys of its own, and leaves optional fields absent
 * rather than `undefined`.
 */
function entryFrom(input: JournalEntryInput, base: { draft: 0 | 1; createdAt: Timestamp }, now: Timestamp) {
  const entry: JournalEntry = {
    id: input.id,
    company: input.company,
    role: input.role,
    round: input.round,
    date: input.date,
    questions: input.questions.map(({ text, storyId, interviewer }) => ({
      text,
      ...(storyId ? { storyId } : {}),
      ...(typeof interviewer === 'string' && interviewer ? { interviewer } : {}),
    })),
    storiesUsed: [...new Set(input.storiesUsed)],
    ratings: input.ratings.map(({ competency, score, evidence }) => ({ competency, score, evidence })),
    wentWell: input.wentWell,
    improve: input.improve,
    reflections: input.reflections,
    signals: input.signals,
    followUps: input.followUps.map((followUp) =>
      followUp.due === undefined || followUp.due === null
        ? { text: followUp.text, done: followUp.done }
        : { text: followUp.text, due: followUp.due, done: followUp.done },
    ),
    outcome: input.outcome,
    compensationNotes: input.compensationNotes,
    checklist: input.checklist.map(({ itemId, label, checked, at }) =>
      at === undefined ? { itemId, label, checked } : { itemId, label, checked, at },
    ),
    draft: base.draft,
    createdAt: base.createdAt,
    updatedAt: now,
  };
  if (input.callId !== undefined) entry.callId = input.callId;
  if (input.interviewId !== undefined) entry.interviewId = input.interviewId;
  if (input.platform !== undefined) entry.platform = input.platform;
  if (input.durationMinutes !== undefined) entry.durationMinutes = input.durationMinutes;
  if (input.selfCall !== undefined) entry.selfCall = input.selfCall;
  return entry;
}

/**
 * A saved entry must always be restorable from a backup, so it passes the very validator imports use (same
 * limits, same types) before it is written.
 */
function assertRestorable(entry: JournalEntry): void {
  const error = rowLimitError('journal', entry);
  if (error) throw new JournalEntryInvalidError(error.path ?? '(root)');
}

/** Stories told in an interview were last told then (not now: an entry can be written days later). */
async function markStoriesTold(db: StarboardDb, entry: JournalEntry, now: Timestamp): Promise<void> {
  const ids = [...new Set([...entry.storiesUsed, ...entry.questions.flatMap((q) => (q.storyId ? [q.storyId] : []))])];
  if (ids.length === 0) return;
  const toldAt = Math.min(entry.date, now);
  const stories = await db.stories.bulkGet(ids);
  const updated = stories.flatMap((story) =>
    story && (story.lastToldAt ?? -Infinity) < toldAt ? [{ ...story, lastToldAt: toldAt }] : [],
  );
  if (updated.length > 0) await db.stories.bulkPut(updated);
}

export async function saveEntry(
  db: StarboardDb,
  edited: JournalEntryInput,
  final: boolean,
  now = Date.now(),
  base?: JournalEntryInput,
): Promise<JournalSaveResult> {
  if (typeof edited?.id !== 'string' || edited.id === '') throw new JournalEntryInvalidError('id');
  const write = db.transaction('rw', db.journal, db.stories, db.drafts, async () => {
    const existing = (await db.journal.get(edited.id)) ?? null;
    // Over the row as stored now, only what this form changed since its base: another tab's edit survives.
    let input = edited;
    let merge: Pick<EntryMerge, 'changedElsewhere' | 'overwritten'> = { changedElsewhere: [], overwritten: [] };
    if (existing && base && typeof base === 'object' && base.id === edited.id) {
      const { createdAt: _c, updatedAt: _u, draft: _d, ...stored } = existing;
      ({ merged: input, ...merge } = mergeEntryEdit(stored, base, edited));
    }
    // An entry deleted in another tab while this form was open is written again rather than losing the text.
    const draft: 0 | 1 = final ? 0 : (existing?.draft ?? 1);
    let entry: JournalEntry;
    try {
      entry = entryFrom(input, { draft, createdAt: existing?.createdAt ?? now }, now);
    } catch {
      throw new JournalEntryInvalidError('(root)');
    }
    // The figures each used story was told with (utils/plans/figures.ts): kept for stories already snapshotted.
    const used = await db.stories.bulkGet(entry.storiesUsed);
    const figures = snapshotFigures(entry.storiesUsed, existing?.toldFigures ?? input.toldFigures, used);
    if (figures.length > 0) entry.toldFigures = figures;
    // Who heard which story is the call's record, not the form's: kept as drafted.
    const toldTo = existing?.toldTo ?? input.toldTo;
    if (toldTo && toldTo.length > 0) entry.toldTo = toldTo;
    assertRestorable(entry);
    await db.journal.put(entry);
    await markStoriesTold(db, entry, now);
    // Saved as final: the form's crash copy has done its job.
    if (final) await db.drafts.delete(journalFormKey(entry.id));
    return { before: existing, after: entry, merge };
  });
  const { after, merge } = await journalDerived(db).track(write, (change) => [change]);
  return merge.changedElsewhere.length > 0 ? { ...after, ...merge } : after;
}

export async function deleteEntry(db: StarboardDb, id: Id): Promise<JournalEntry | null> {
  const write = db.transaction('rw', db.journal, db.drafts, async () => {
    const entry = (await db.journal.get(id)) ?? null;
    await db.journal.delete(id);
    await db.drafts.delete(journalFormKey(id));
    return entry;
  });
  return journalDerived(db).track(write, (entry) => (entry ? [{ before: entry, after: null }] : []));
}

export async function restoreEntry(db: StarboardDb, entry: JournalEntry): Promise<JournalEntry> {
  if (typeof entry?.id !== 'string' || entry.id === '') throw new JournalEntryInvalidError('id');
  assertRestorable(entry);
  const write = db.transaction('rw', db.journal, async () => {
    const before = (await db.journal.get(entry.id)) ?? null;
    await db.journal.put(entry);
    return { before, after: entry };
  });
  return (await journalDerived(db).track(write, (change) => [change])).after;
}

export async function createManualEntry(
  db: StarboardDb,
  input: { company?: string; round?: string } = {},
  now = Date.now(),
): Promise<JournalEntry> {
  const entry = emptyEntry({ id: crypto.randomUUID(), now });
  entry.company = (input.company ?? '').slice(0, 200);
  entry.round = (input.round ?? '').slice(0, 200);
  await journalDerived(db).track(db.journal.add(entry), () => [{ before: null, after: entry }]);
  return entry;
}

/**
 * One page of the journal, from the in-memory index: ranked ids (or newest first without words) with the filters
 * applied, then only that page's rows are read.
 */
export async function searchJournal(db: StarboardDb, query: JournalQuery): Promise<JournalSearchResult> {
  // Read first, before any other await: under a live query this makes every journal write re-run the search.
  await observeJournal(db);
  const derived = journalDerived(db);
  await derived.settled();
  const index = await derived.searchIndex();
  const { ids, total } = index.search(typeof query.text === 'string' ? query.text : '', query, query);
  const entries = (await db.journal.bulkGet(ids)).filter((entry): entry is JournalEntry => entry !== undefined);
  return { entries, total };
}

/** How far the search index's rebuild has got (after a restore, or the first search), or null. */
export async function indexProgress(db: StarboardDb): Promise<ProgressRow | null> {
  return (await db.progress.get('index')) ?? null;
}

/** File names keep to safe characters: the company name comes from the user and the name goes to the OS. */
export function fileSlug(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/\p{M}+/gu, '')
      .replace(/[^A-Za-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .toLowerCase()
      .slice(0, 40) || 'entry'
  );
}

export function journalFeature(db: StarboardDb): FeatureHandlers<JournalQueries, JournalCommands> {
  const queries: QueriesOf<JournalQueries> = {
    'journal.search': (query) => searchJournal(db, query ?? { offset: 0, limit: 25 }),
    'journal.indexProgress': () => indexProgress(db),
    'journal.get': (id) => getEntry(db, id),
    'journal.forCall': ({ callId }) => entryForCall(db, callId),
    'journal.tellingsForPlans': ({ interviewIds }) => tellingsForPlans(db, interviewIds),
    'journal.companies': () => journalCompanies(db),
    'journal.rounds': () => journalRounds(db),
    'journal.timeline': ({ company }) => companyTimeline(db, company),
    'journal.pendingDrafts': () => pendingDrafts(db),
    'journal.followUps': () => listOpenFollowUps(db),
    'journal.companyMemory': (input) => loadCompanyMemory(db, input),
  };
  const commands: CommandsOf<JournalCommands> = {
    'journal.save': ({ entry, base, final }) => saveEntry(db, entry, final === true, Date.now(), base),
    'journal.delete': (id) => deleteEntry(db, id),
    'journal.restore': (entry) => restoreEntry(db, entry),
    'journal.createManual': (input) => createManualEntry(db, input ?? {}),
    'journal.completeFollowUp': (input) => completeFollowUp(db, input),
  };
  return { queries, commands };
}
