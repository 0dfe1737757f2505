import type { Id, Offer } from '@/utils/model';
import type { DecideEntry } from './offers';

/** What the offer form sends: the whole offer, a figure left out is unknown. Never the bookkeeping times. */
export type OfferInput = Omit<Offer, 'id' | 'createdAt' | 'updatedAt'> & { id?: Id };

/** The offers and the journal entries of their companies, for the Decide view to compare (compareOffers). */
export interface DecideData {
  offers: Offer[];
  entries: DecideEntry[];
}

export interface OfferQueries {
  /** Soonest deadline first, then offers without one, newest first. */
  'offers.list'(): Offer[];
  'offers.get'(id: Id): Offer | null;
  /** The offers entered from one journal entry. */
  'offers.forEntry'(entryId: Id): Offer[];
  'offers.decide'(): DecideData;
}

export interface OfferCommands {
  'offers.save'(offer: OfferInput): Offer;
  'offers.delete'(id: Id): Offer | null;
}
