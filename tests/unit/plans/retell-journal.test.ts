import { tellingsForPlans } from '@/entrypoints/background/journal';
import { savePlan } from '@/entrypoints/background/plans';
import { saveStory } from '@/entrypoints/background/stories';
import { emptyEntry } from '@/utils/journal/draft';
import { retellWarnings } from '@/utils/plans/retell';
import { freshDb } from '../db-helpers';

describe('the retell warning, from journal entries', () => {
  it('warns when a pinned story was used in a journal entry of an earlier round at the same company', async () => {
    const db = freshDb();
    const story = await saveStory(db, { title: 'Checkout rescue' });
    const screen = await savePlan(db, { company: 'Acme', round: 'Screen', scheduledAt: Date.UTC(2026, 9, 1) });
    const onsite = await savePlan(db, {
      company: ' acme ',
      round: 'Onsite',
      scheduledAt: Date.UTC(2026, 10, 1),
      pinnedStoryIds: [story.id],
    });
    // Written by hand after a call held elsewhere: no call record, only the journal knows.
    await db.journal.put({
      ...emptyEntry({ id: 'j1', now: Date.UTC(2026, 9, 1) }),
      interviewId: screen.id,
      company: 'Acme',
      storiesUsed: [story.id],
      date: Date.UTC(2026, 9, 1),
    });

    const tellings = await tellingsForPlans(db, [screen.id]);
    expect(tellings).toEqual([{ interviewId: screen.id, storiesUsed: [story.id], date: Date.UTC(2026, 9, 1) }]);
    const warnings = retellWarnings({ interview: onsite, interviews: [screen, onsite], calls: [], journal: tellings });
    expect(warnings).toMatchObject([{ storyId: story.id, earlierInterviewId: screen.id, round: 'Screen' }]);
  });

  it('refuses a malformed list rather than reading the whole journal', async () => {
    await expect(tellingsForPlans(freshDb(), 'all' as never)).rejects.toThrow(/list of plan ids/);
  });
});
