import { createHandlers } from '@/entrypoints/background/features';
import { CallEvents, createDispatcher } from '@/entrypoints/background/router';
import { followElsewhere, mergeEntryEdit } from '@/utils/journal/merge';
import type { JournalEntryInput } from '@/utils/journal/protocol';
import { dashboardSender, EXTENSION_ID, EXTENSION_ORIGIN, freshDb } from '../db-helpers';

/** Two tabs editing one journal entry (issue #12): the second save must not wipe the first's field. */
describe('journal.save with the base the form started from', () => {
  async function twoTabs() {
    const db = freshDb();
    const dispatch = createDispatcher(createHandlers(db, new CallEvents()), EXTENSION_ID, EXTENSION_ORIGIN);
    const created = await dispatch('journal.createManual', { company: 'Acme' }, dashboardSender);
    const { createdAt: _c, updatedAt: _u, draft: _d, ...base } = created;
    // `null`: a page that sends no base (an older build's form).
    const save = (entry: JournalEntryInput, from: JournalEntryInput | null = base) =>
      dispatch('journal.save', { entry, base: from ?? undefined }, dashboardSender);
    return { db, base, save, id: created.id };
  }

  it('keeps both tabs’ edits of different fields, and says what came from elsewhere', async () => {
    const { db, base, save, id } = await twoTabs();
    const first = await save({ ...base, wentWell: 'Tab A' });
    expect(first.changedElsewhere).toBeUndefined();
    const second = await save({ ...base, improve: 'Tab B' });
    const stored = await db.journal.get(id);
    expect({ wentWell: stored?.wentWell, improve: stored?.improve }).toEqual({ wentWell: 'Tab A', improve: 'Tab B' });
    expect(second.wentWell).toBe('Tab A');
    expect(second.changedElsewhere).toEqual(['wentWell']);
    expect(second.overwritten).toEqual([]);
  });

  it('tells the second tab when it overwrote the same field', async () => {
    const { db, base, save, id } = await twoTabs();
    await save({ ...base, wentWell: 'Tab A' });
    const second = await save({ ...base, wentWell: 'Tab B' });
    expect((await db.journal.get(id))?.wentWell).toBe('Tab B');
    expect(second.overwritten).toEqual(['wentWell']);
  });

  it('without a base (an older page) writes the whole entry, as before', async () => {
    const { db, base, save, id } = await twoTabs();
    await save({ ...base, wentWell: 'A' }, null);
    const saved = await save({ ...base, improve: 'B' }, null);
    expect(saved.changedElsewhere).toBeUndefined();
    expect((await db.journal.get(id))?.wentWell).toBe('');
  });
});

describe('mergeEntryEdit and followElsewhere', () => {
  const base = { id: 'j1', company: 'Acme', wentWell: '', improve: '', questions: [] } as unknown as JournalEntryInput;

  it('merges field by field, lists alike (a question added elsewhere survives an edit here)', () => {
    const stored = { ...base, questions: [{ text: 'Why us?' }] } as unknown as JournalEntryInput;
    const { merged, changedElsewhere, overwritten } = mergeEntryEdit(stored, base, { ...base, improve: 'pace' });
    expect(merged).toMatchObject({ improve: 'pace', questions: [{ text: 'Why us?' }] });
    expect(changedElsewhere).toEqual(['questions']);
    expect(overwritten).toEqual([]);
  });

  it('does not call an identical edit in both tabs an overwrite', () => {
    const stored = { ...base, improve: 'same' };
    expect(mergeEntryEdit(stored, base, { ...base, improve: 'same' }).overwritten).toEqual([]);
  });

  it('an open form takes what it has not touched, keeps what it typed, and keeps the old base for those', () => {
    const current = { ...base, wentWell: 'typed here' };
    const stored = { ...base, wentWell: 'typed there', improve: 'from there' };
    const next = followElsewhere(base, current, stored);
    expect(next.form).toMatchObject({ wentWell: 'typed here', improve: 'from there' });
    expect(next.taken).toEqual(['improve']);
    expect(next.kept).toEqual(['wentWell']);
    // The next save still sees wentWell as changed on both sides, so the store reports it overwritten.
    expect(mergeEntryEdit(stored, next.base, next.form).overwritten).toEqual(['wentWell']);
  });
});
