import { createHandlers } from '@/entrypoints/background/features';
import { CallEvents, createDispatcher } from '@/entrypoints/background/router';
import { askingChoices, capturedEvent, toldEvent } from '@/utils/cue-card/cue-card';
import { draftFromCall } from '@/utils/journal/draft';
import { companyMemory } from '@/utils/journal/memory';
import { makeCall, makePlan } from '../backup/fixtures';
import { dashboardSender, EXTENSION_ID, EXTENSION_ORIGIN, freshDb } from '../db-helpers';

// "Who is asking" (#14): the interviewer the candidate picks in the panel goes with the next story marked told and
// question captured, through the one data path (calls.addEvent → Dexie), into the journal draft and the loop's memory.

const plan = makePlan({ interviewers: ['Priya Raman', ' Jon Okafor ', '', 'Priya Raman'] });
const choices = askingChoices(plan);

describe('who is asking', () => {
  it('offers each named interviewer of the plan once', () => {
    expect(choices).toEqual(['Priya Raman', 'Jon Okafor']);
    expect(askingChoices(null)).toEqual([]);
  });

  it('records the interviewer with a told story and a captured question, and nothing when none is picked', () => {
    expect(toldEvent('story-1', 5, 'Jon Okafor', choices)).toEqual({
      type: 'story-told',
      at: 5,
      storyId: 'story-1',
      interviewer: 'Jon Okafor',
    });
    expect(capturedEvent('Why us?', 6, 'Priya Raman', choices)).toEqual({
      type: 'question-captured',
      at: 6,
      text: 'Why us?',
      interviewer: 'Priya Raman',
    });
    // Absent, not undefined: an own undefined key would be stored (and fail the backup's strict row schema).
    expect(toldEvent('story-1', 5, null, choices)).toEqual({ type: 'story-told', at: 5, storyId: 'story-1' });
    expect('interviewer' in toldEvent('story-1', 5, null, choices)).toBe(false);
    // A name removed from the plan since it was picked is not recorded as if it were on it.
    expect(toldEvent('story-1', 5, 'Someone Else', choices)).not.toHaveProperty('interviewer');
  });

  it('stores it through calls.addEvent, and the journal draft keeps who heard which story and asked what', async () => {
    const db = freshDb();
    const dispatch = createDispatcher(createHandlers(db, new CallEvents()), EXTENSION_ID, EXTENSION_ORIGIN);
    await db.interviews.add(plan);
    const call = makeCall({ events: [], endedAt: undefined });
    await db.calls.add(call);

    const add = (event: ReturnType<typeof toldEvent>) =>
      dispatch('calls.addEvent', { callId: call.id, event }, dashboardSender);
    await add(toldEvent('story-checkout', call.joinedAt + 60_000, 'Priya Raman', choices));
    await add(capturedEvent('How do you handle pushback?', call.joinedAt + 120_000, 'Jon Okafor', choices));
    await add(toldEvent('story-conflict', call.joinedAt + 180_000, 'Jon Okafor', choices));
    await add(toldEvent('story-offline', call.joinedAt + 240_000, null, choices));

    const stored = (await db.calls.get(call.id))!;
    expect(stored.events.map((event) => ('interviewer' in event ? event.interviewer : null))).toEqual([
      'Priya Raman',
      'Jon Okafor',
      'Jon Okafor',
      null,
    ]);

    const draft = draftFromCall({
      call: { ...stored, endedAt: call.joinedAt + 30 * 60_000 },
      interview: plan,
      stories: [],
      checklist: [],
      now: call.joinedAt + 30 * 60_000,
      id: 'entry-1',
    });
    expect(draft.toldTo).toEqual([
      { storyId: 'story-checkout', interviewer: 'Priya Raman' },
      { storyId: 'story-conflict', interviewer: 'Jon Okafor' },
    ]);
    expect(draft.questions).toEqual([{ text: 'How do you handle pushback?', interviewer: 'Jon Okafor' }]);

    // Saved from the form (which knows nothing of toldTo), the entry keeps it; a backup of it restores.
    await db.journal.add(draft);
    const { toldTo: _dropped, ...fromForm } = draft;
    const saved = await dispatch('journal.save', { entry: fromForm, final: true }, dashboardSender);
    expect(saved.toldTo).toEqual(draft.toldTo);
    expect(saved.questions).toEqual(draft.questions);
  });

  it('tells the next round which interviewer heard each story, else everyone on that plan', () => {
    const round1 = makePlan({ id: 'round-1', round: 'Screen', interviewers: ['Priya Raman', 'Jon Okafor'] });
    const round2 = makePlan({ id: 'round-2', round: 'Onsite', interviewers: [] });
    const call1 = makeCall({
      id: 'call-1',
      interviewId: 'round-1',
      events: [
        { type: 'story-told', at: 10, storyId: 'story-checkout', interviewer: 'Jon Okafor' },
        { type: 'story-told', at: 20, storyId: 'story-conflict' },
      ],
    });
    const memory = companyMemory({
      company: round2.company,
      interviewId: round2.id,
      plans: [round1, round2],
      calls: [call1],
      entries: [],
    });
    const heard = Object.fromEntries(memory.stories.map((row) => [row.storyId, row.interviewers]));
    expect(heard).toEqual({ 'story-checkout': ['Jon Okafor'], 'story-conflict': ['Priya Raman', 'Jon Okafor'] });
  });
});
