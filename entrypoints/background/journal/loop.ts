import { callsForPlans } from '@/entrypoints/background/calls';
import type { StarboardDb } from '@/entrypoints/background/db';
import { journalDerived } from '@/entrypoints/background/journal/derived';
import { type OpenFollowUp, openFollowUps } from '@/utils/journal/follow-ups';
import { type CompanyMemory, companyMemory, EMPTY_MEMORY } from '@/utils/journal/memory';
import type { Id, JournalEntry, Timestamp } from '@/utils/model';
import { companyKey } from '@/utils/plans/retell';

/**
 * Between interviews: the follow-ups still open across the journal, and what one company has already heard and
 * asked (the cue card's "memory"). Both read the journal in the background; the page gets only the answer.
 */

export async function listOpenFollowUps(db: StarboardDb): Promise<OpenFollowUp[]> {
  // No index says "has an open follow-up"; entries are small and few compared to what a cursor handles.
  const entries: JournalEntry[] = [];
  await db.journal.each((entry) => {
    if (entry.followUps.some((followUp) => !followUp.done)) entries.push(entry);
  });
  return openFollowUps(entries);
}

/** Ticks (or unticks) one follow-up of an entry; the entry's text and draft state are left as they are. */
export async function completeFollowUp(
  db: StarboardDb,
  input: { entryId: Id; index: number; done?: boolean },
  now: Timestamp = Date.now(),
): Promise<JournalEntry> {
  const { entryId, index } = input ?? ({} as typeof input);
  if (typeof entryId !== 'string' || !Number.isInteger(index) || index < 0) {
    throw new Error('journal.completeFollowUp needs an entry id and a follow-up index');
  }
  const write = db.transaction('rw', db.journal, async () => {
    const entry = await db.journal.get(entryId);
    const followUp = entry?.followUps[index];
    if (!entry || !followUp) throw new Error('That follow-up no longer exists');
    const updated: JournalEntry = {
      ...entry,
      followUps: entry.followUps.map((item, i) => (i === index ? { ...item, done: input.done !== false } : item)),
      updatedAt: now,
    };
    await db.journal.put(updated);
    return { before: entry, after: updated };
  });
  // Every journal write goes through the derived state's `track`, so search and Insights never answer stale.
  return (await journalDerived(db).track(write, (change) => [change])).after;
}

export async function loadCompanyMemory(
  db: StarboardDb,
  input: { company: string; interviewId?: Id },
): Promise<CompanyMemory> {
  if (typeof input?.company !== 'string') throw new Error('journal.companyMemory needs a company');
  const key = companyKey(input.company);
  if (key === '') return EMPTY_MEMORY;
  const plans = (await db.interviews.toArray()).filter((plan) => companyKey(plan.company) === key);
  const planIds = plans.map((plan) => plan.id).filter((id) => id !== input.interviewId);
  // The company index holds names as typed; every spelling of this company is read through it.
  const names = ((await db.journal.orderBy('company').uniqueKeys()) as string[]).filter(
    (name) => companyKey(name) === key,
  );
  const byId = new Map<Id, JournalEntry>();
  if (names.length > 0)
    for (const entry of await db.journal.where('company').anyOf(names).toArray()) byId.set(entry.id, entry);
  if (planIds.length > 0) {
    for (const entry of await db.journal.where('interviewId').anyOf(planIds).toArray()) byId.set(entry.id, entry);
  }
  const calls = await callsForPlans(db, planIds);
  const { company, interviewId } = input;
  return companyMemory({ company, interviewId, plans, calls, entries: [...byId.values()] });
}
