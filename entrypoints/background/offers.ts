import { assertStorable } from '@/entrypoints/background/backup/limits';
import { t } from '@/utils/i18n';
import type { Id, Offer } from '@/utils/model';
import type { DecideEntry } from '@/utils/offers/offers';
import type { DecideData, OfferCommands, OfferInput, OfferQueries } from '@/utils/offers/protocol';
import type { StarboardDb } from './db';
import type { CommandsOf, FeatureHandlers, QueriesOf } from './router';

/** Soonest deadline first (the decision that cannot wait), then offers without one, last edited first. */
export async function listOffers(db: StarboardDb): Promise<Offer[]> {
  const all = await db.offers.orderBy('updatedAt').reverse().toArray();
  const dated = all.filter((offer) => offer.deadline !== undefined);
  dated.sort((a, b) => (a.deadline ?? 0) - (b.deadline ?? 0));
  return [...dated, ...all.filter((offer) => offer.deadline === undefined)];
}

export async function getOffer(db: StarboardDb, id: Id): Promise<Offer | null> {
  return (await db.offers.get(id)) ?? null;
}

export async function offersForEntry(db: StarboardDb, entryId: Id): Promise<Offer[]> {
  if (typeof entryId !== 'string' || entryId === '') return [];
  return db.offers.where('journalEntryId').equals(entryId).toArray();
}

/**
 * The offers and what the journal holds about their companies: only the fields the comparison reads, so the page
 * never receives whole entries. Entries are found by company (case-insensitively, through the index) and by the
 * entry an offer was entered from.
 */
export async function decideData(db: StarboardDb): Promise<DecideData> {
  return db.transaction('r', db.offers, db.journal, async () => {
    const offers = await listOffers(db);
    const companies = [...new Set(offers.map((offer) => offer.company.trim()).filter(Boolean))];
    const byCompany =
      companies.length === 0 ? [] : await db.journal.where('company').anyOfIgnoreCase(companies).toArray();
    const linked = offers.flatMap((offer) => (offer.journalEntryId ? [offer.journalEntryId] : []));
    const linkedEntries = (await db.journal.bulkGet(linked)).filter((entry) => entry !== undefined);
    const seen = new Set<Id>();
    const entries: DecideEntry[] = [];
    for (const entry of [...byCompany, ...linkedEntries]) {
      if (seen.has(entry.id)) continue;
      seen.add(entry.id);
      const { id, company, round, date, outcome, selfCall, ratings, signals, reflections, draft } = entry;
      entries.push({ id, company, round, date, outcome, selfCall, ratings, signals, reflections, draft });
    }
    return { offers, entries };
  });
}

/** Only the offer's own fields are kept: a forged message cannot add bookkeeping times or unknown keys. */
const INPUT_FIELDS = [
  'company',
  'role',
  'journalEntryId',
  'currency',
  'base',
  'bonus',
  'equity',
  'vestingYears',
  'cliffMonths',
  'signOn',
  'startDate',
  'deadline',
  'location',
  'workMode',
  'notes',
] as const satisfies ReadonlyArray<keyof OfferInput>;

/** Names and codes are compared and shown trimmed; notes are kept as typed. */
const TRIMMED: ReadonlySet<string> = new Set(['company', 'role', 'location', 'currency']);

/**
 * Saves the whole offer as the form sent it (a figure left out is removed, not kept from before). Checked against
 * the backup's own row schema before anything is written: a bad value is refused with the field named, and the
 * stored offer stays as it was.
 */
export async function saveOffer(db: StarboardDb, input: OfferInput, now = Date.now()): Promise<Offer> {
  if (typeof input !== 'object' || input === null) throw new Error(t('saveErrorInvalidValue', ['(offer)']));
  if (typeof input.company !== 'string' || input.company.trim() === '') throw new Error(t('offerErrorNoCompany'));
  return db.transaction('rw', db.offers, async () => {
    const existing = input.id ? await db.offers.get(input.id) : undefined;
    const offer = {
      id: existing?.id ?? input.id ?? crypto.randomUUID(),
      createdAt: existing?.createdAt ?? now,
      updatedAt: now,
    } as Offer;
    const fields = offer as unknown as Record<string, unknown>;
    for (const field of INPUT_FIELDS) {
      const value = input[field];
      // null is how a message may say "cleared"; an absent field is unknown.
      if (value !== undefined && value !== null) fields[field] = TRIMMED.has(field) ? String(value).trim() : value;
    }
    offer.currency = (offer.currency ?? '').toUpperCase();
    offer.location ??= '';
    offer.role ??= '';
    offer.notes ??= '';
    assertStorable('offers', offer);
    await db.offers.put(offer);
    return offer;
  });
}

export async function deleteOffer(db: StarboardDb, id: Id): Promise<Offer | null> {
  return db.transaction('rw', db.offers, async () => {
    const offer = await db.offers.get(id);
    if (offer) await db.offers.delete(id);
    return offer ?? null;
  });
}

export function offersFeature(db: StarboardDb): FeatureHandlers<OfferQueries, OfferCommands> {
  const queries: QueriesOf<OfferQueries> = {
    'offers.list': () => listOffers(db),
    'offers.get': (id) => getOffer(db, id),
    'offers.forEntry': (entryId) => offersForEntry(db, entryId),
    'offers.decide': () => decideData(db),
  };
  const commands: CommandsOf<OfferCommands> = {
    'offers.save': (offer) => saveOffer(db, offer),
    'offers.delete': (id) => deleteOffer(db, id),
  };
  return { queries, commands };
}
