import { createHandlers } from '@/entrypoints/background/features';
import { createDispatcher } from '@/entrypoints/background/router';
import type { DataOf, MessageName } from '@/utils/api/protocol';
import { BACKUP_LIMITS } from '@/utils/backup/format';
import type { OfferInput } from '@/utils/offers/protocol';
import { makeEntry } from '../backup/fixtures';
import { dashboardSender, EXTENSION_ID, EXTENSION_ORIGIN, freshDb } from '../db-helpers';

function setup() {
  const db = freshDb();
  const dispatch = createDispatcher(createHandlers(db), EXTENSION_ID, EXTENSION_ORIGIN);
  const ask = <K extends MessageName>(name: K, data: DataOf<K>) => dispatch(name, data, dashboardSender);
  return { db, ask };
}

const input: OfferInput = {
  company: ' Acme Robotics ',
  role: 'Staff Engineer',
  journalEntryId: 'entry-acme',
  currency: 'eur',
  base: 120_000,
  deadline: Date.UTC(2026, 11, 20),
  location: 'Berlin',
  notes: '  keep my spacing',
};

describe('offers handlers', () => {
  it('saves an offer from a journal entry, finds it by the entry and compares it with the company’s rounds', async () => {
    const { db, ask } = setup();
    await db.journal.put(makeEntry({ company: 'acme robotics', signals: 'Manager is hands-on.' }));
    await db.journal.put(makeEntry({ id: 'other', company: 'Initech' }));
    const saved = await ask('offers.save', input);
    expect(saved).toMatchObject({
      company: 'Acme Robotics',
      currency: 'EUR',
      base: 120_000,
      notes: '  keep my spacing',
    });
    expect(saved).not.toHaveProperty('bonus');
    expect((await ask('offers.forEntry', 'entry-acme')).map((offer) => offer.id)).toEqual([saved.id]);
    const decide = await ask('offers.decide', undefined);
    expect(decide.offers).toHaveLength(1);
    expect(decide.entries.map((entry) => entry.id)).toEqual(['entry-acme']);
    // Only what the comparison reads crosses to the page.
    expect(decide.entries[0]).not.toHaveProperty('questions');
    expect(decide.entries[0]?.signals).toBe('Manager is hands-on.');
  });

  it('saves the whole form: a figure cleared is gone, the creation time kept', async () => {
    const { ask } = setup();
    const first = await ask('offers.save', { ...input, bonus: 10_000 });
    const second = await ask('offers.save', { ...input, id: first.id, base: 130_000 });
    expect(second).toMatchObject({ id: first.id, base: 130_000, createdAt: first.createdAt });
    expect(second).not.toHaveProperty('bonus');
    expect(await ask('offers.list', undefined)).toHaveLength(1);
  });

  it.each([
    ['no company', { ...input, company: '  ' }, 'name the company'],
    ['a currency that is not a code', { ...input, currency: 'euros' }, 'currency'],
    ['a negative amount', { ...input, base: -1 }, 'base'],
    ['an amount past the cap', { ...input, signOn: BACKUP_LIMITS.amount + 1 }, 'signOn'],
    ['a number as text', { ...input, equity: '80000' }, 'equity'],
    ['too long a location', { ...input, location: 'x'.repeat(BACKUP_LIMITS.shortChars + 1) }, 'location'],
    ['an unknown work mode', { ...input, workMode: 'moon' }, 'workMode'],
  ])('refuses %s with a clear error and changes nothing', async (_name, bad, named) => {
    const { db, ask } = setup();
    const kept = await ask('offers.save', input);
    await expect(ask('offers.save', { ...bad, id: kept.id } as OfferInput)).rejects.toThrow(new RegExp(named));
    expect(await db.offers.toArray()).toEqual([kept]);
  });

  it('deletes an offer', async () => {
    const { ask } = setup();
    const saved = await ask('offers.save', input);
    expect((await ask('offers.delete', saved.id))?.id).toBe(saved.id);
    expect(await ask('offers.get', saved.id)).toBeNull();
  });
});
