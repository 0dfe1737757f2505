import { createHandlers } from '@/entrypoints/background/features';
import { createDispatcher } from '@/entrypoints/background/router';
import { draftFromCall, emptyEntry } from '@/utils/journal/draft';
import { companyMemory, isEmptyMemory } from '@/utils/journal/memory';
import { makeCall, makePlan } from '../backup/fixtures';
import { dashboardSender, EXTENSION_ID, EXTENSION_ORIGIN, freshDb } from '../db-helpers';

const DAY = 24 * 60 * 60_000;
const round1 = makePlan({ id: 'round-1', round: 'Screen', pitch: 'Reliability, with the team along.' });
const round2 = makePlan({ id: 'round-2', company: ' acme  robotics ', round: 'Onsite', pitch: '', status: 'planned' });
const call1 = makeCall({ id: 'call-1', interviewId: 'round-1' });
const entry1 = {
  ...draftFromCall({ call: call1, interview: round1, stories: [], checklist: [], now: call1.endedAt!, id: 'entry-1' }),
  // Written up later with one more question and a story told without the panel.
  questions: [{ text: 'tell me about a migration that went wrong.' }, { text: 'Why Acme?' }],
  storiesUsed: ['story-checkout', 'story-offline'],
};

describe('companyMemory', () => {
  it('gathers the earlier round’s captured and written questions (once each), stories told and pitch', () => {
    const memory = companyMemory({
      company: round2.company,
      interviewId: round2.id,
      plans: [round1, round2],
      calls: [call1],
      entries: [entry1],
    });
    expect(memory.questions.map((q) => q.text).sort()).toEqual([
      'How do you handle disagreement with a PM?',
      'Tell me about a migration that went wrong.',
      'Why Acme?',
    ]);
    expect(memory.questions.every((q) => q.round === 'Screen')).toBe(true);
    expect(memory.stories.map((s) => s.storyId).sort()).toEqual(['story-checkout', 'story-conflict', 'story-offline']);
    expect(memory.stories[0]!.interviewers).toEqual(['Priya Raman', 'Jon Okafor']);
    expect(memory.pitches).toEqual([{ round: 'Screen', pitch: round1.pitch, at: round1.scheduledAt }]);
  });

  it('is empty for a company never met, and leaves out the plan being prepared', () => {
    const other = makePlan({ id: 'other', company: 'Globex' });
    expect(
      isEmptyMemory(companyMemory({ company: 'Globex', interviewId: 'other', plans: [other], calls: [], entries: [] })),
    ).toBe(true);
    const own = companyMemory({
      company: round1.company,
      interviewId: 'round-1',
      plans: [round1],
      calls: [call1],
      entries: [entry1],
    });
    expect(isEmptyMemory(own)).toBe(true);
  });
});

describe('journal.companyMemory, journal.followUps and journal.completeFollowUp', () => {
  function setup() {
    const db = freshDb();
    const dispatch = createDispatcher(createHandlers(db), EXTENSION_ID, EXTENSION_ORIGIN);
    return { db, dispatch };
  }

  it('reads the company’s memory from stored plans, calls and entries, whatever the spelling of its name', async () => {
    const { db, dispatch } = setup();
    await db.interviews.bulkPut([round1, round2]);
    await db.calls.put(call1);
    await db.journal.put({ ...entry1, company: 'ACME Robotics' });
    const memory = await dispatch(
      'journal.companyMemory',
      { company: 'Acme Robotics', interviewId: 'round-2' },
      dashboardSender,
    );
    expect(memory.questions.map((q) => q.text)).toContain('How do you handle disagreement with a PM?');
    expect(memory.questions.map((q) => q.text)).toContain('Why Acme?');
    expect(memory.pitches.map((p) => p.pitch)).toEqual([round1.pitch]);
  });

  it('lists open follow-ups soonest first and ticks one off, leaving the rest and the draft flag alone', async () => {
    const { db, dispatch } = setup();
    await db.journal.put(entry1);
    await db.journal.put({
      ...emptyEntry({ id: 'manual', now: 0 }),
      followUps: [{ text: 'Send the deck', done: true }],
    });
    const open = await dispatch('journal.followUps', undefined, dashboardSender);
    expect(open.map((f) => f.text)).toEqual([
      'Thank-you note to Priya Raman',
      'Thank-you note to Jon Okafor',
      'Follow up on next steps',
    ]);
    expect(open[0]!.due).toBe(call1.endedAt! + DAY);
    const ticked = await dispatch('journal.completeFollowUp', { entryId: 'entry-1', index: 1 }, dashboardSender);
    expect(ticked.followUps.map((f) => f.done)).toEqual([false, true, false]);
    expect(ticked.draft).toBe(1);
    expect((await dispatch('journal.followUps', undefined, dashboardSender)).map((f) => f.index)).toEqual([0, 2]);
  });

  it('refuses a follow-up that does not exist and changes nothing', async () => {
    const { db, dispatch } = setup();
    await db.journal.put(entry1);
    await expect(
      dispatch('journal.completeFollowUp', { entryId: 'entry-1', index: 9 }, dashboardSender),
    ).rejects.toThrow(/no longer exists/);
    await expect(
      dispatch('journal.completeFollowUp', { entryId: 'entry-1', index: -1 }, dashboardSender),
    ).rejects.toThrow();
    expect((await db.journal.get('entry-1'))!.followUps.every((f) => !f.done)).toBe(true);
  });
});
