import { createHandlers } from '@/entrypoints/background/features';
import { createDispatcher } from '@/entrypoints/background/router';
import { validateBackup } from '@/utils/backup/validate';
import { draftFromCall } from '@/utils/journal/draft';
import { figuresIn, figureWarnings, snapshotFigures, storyFigures } from '@/utils/plans/figures';
import { makeCall, makePlan, makeStory } from '../backup/fixtures';
import { dashboardSender, EXTENSION_ID, EXTENSION_ORIGIN, freshDb } from '../db-helpers';

const told = makeStory({
  id: 'story-checkout',
  result: 'Cut checkout latency by 40% and saved $1,200 a month.',
  resultMetrics: '',
});
const round1 = makePlan({ id: 'round-1', round: 'Screen', pinnedStoryIds: ['story-checkout'] });
const round2 = makePlan({ id: 'round-2', round: 'Onsite', pinnedStoryIds: ['story-checkout'], status: 'planned' });
const telling = (figures: string[], interviewId = 'round-1') => ({
  interviewId,
  storiesUsed: ['story-checkout'],
  date: 1000,
  toldFigures: [{ storyId: 'story-checkout', figures }],
});

describe('figuresIn', () => {
  it('finds numbers with their units, spelled alike however they were typed, in sorted order', () => {
    expect(figuresIn('Saved $1,200 a month and cut latency 40 %.')).toEqual(['$1200', '40%']);
    expect(figuresIn('40% faster, $1200 saved')).toEqual(['$1200', '40%']);
    expect(figuresIn('Shipped in 3 weeks to 2M users')).toEqual(['2m', '3weeks']);
    expect(figuresIn('No numbers here.')).toEqual([]);
  });
});

describe('figureWarnings (same story, different figures)', () => {
  it('warns when the story told to an earlier round of the company had other figures', () => {
    const warnings = figureWarnings({
      interview: round2,
      interviews: [round1, round2],
      journal: [telling(['$1200', '60%'])],
      stories: [told],
    });
    expect(warnings).toEqual([
      {
        storyId: 'story-checkout',
        earlierInterviewId: 'round-1',
        round: 'Screen',
        at: 1000,
        toldWith: ['$1200', '60%'],
        current: ['$1200', '40%'],
      },
    ]);
  });

  it('stays quiet for the same figures in another order or spelling, another company, or no snapshot', () => {
    const same = figureWarnings({
      interview: round2,
      interviews: [round1, round2],
      journal: [telling(['40%', '$1200'])],
      stories: [told],
    });
    expect(same).toEqual([]);
    const globex = makePlan({ id: 'globex', company: 'Globex' });
    expect(
      figureWarnings({
        interview: round2,
        interviews: [globex, round2],
        journal: [telling(['1%'], 'globex')],
        stories: [told],
      }),
    ).toEqual([]);
    expect(
      figureWarnings({
        interview: round2,
        interviews: [round1, round2],
        journal: [{ interviewId: 'round-1', storiesUsed: ['story-checkout'], date: 1 }],
        stories: [told],
      }),
    ).toEqual([]);
  });

  it('warns on a story whose figures were all removed since', () => {
    const bare = { ...told, result: 'Made checkout faster.' };
    const [warning] = figureWarnings({
      interview: round2,
      interviews: [round1, round2],
      journal: [telling(['40%'])],
      stories: [bare],
    });
    expect(warning).toMatchObject({ toldWith: ['40%'], current: [] });
  });
});

describe('the snapshot in journal entries', () => {
  it('is taken from the told stories when a call is drafted, and passes the backup validator', () => {
    const entry = draftFromCall({
      call: makeCall({ interviewId: 'round-1' }),
      interview: round1,
      stories: [told],
      checklist: [],
      now: 1,
      id: 'e',
    });
    expect(entry.toldFigures).toEqual([{ storyId: 'story-checkout', figures: storyFigures(told) }]);
    const checked = validateBackup({
      format: 'starboard-backup',
      version: 1,
      exportedAt: 1,
      tables: { stories: [], interviews: [], calls: [], journal: [entry], practice: [], settings: [] },
    });
    expect(checked.ok || checked.error).toBe(true);
  });

  it('keeps the figures a story was told with when the story changes, and snapshots a story added later', () => {
    const previous = [{ storyId: 'story-checkout', figures: ['60%'] }];
    const other = makeStory({ id: 'other', result: 'Hired 3 engineers.', resultMetrics: '' });
    expect(snapshotFigures(['story-checkout', 'other', 'gone'], previous, [told, other, undefined])).toEqual([
      { storyId: 'story-checkout', figures: ['60%'] },
      { storyId: 'other', figures: ['3'] },
    ]);
  });

  it('journal.save keeps the snapshot across edits of the story, so the plan editor sees the difference', async () => {
    const db = freshDb();
    const dispatch = createDispatcher(createHandlers(db), EXTENSION_ID, EXTENSION_ORIGIN);
    const ask = <K extends Parameters<typeof dispatch>[0]>(name: K, data: Parameters<typeof dispatch<K>>[1]) =>
      dispatch(name, data, dashboardSender);
    await db.stories.put(told);
    await db.interviews.bulkPut([round1, round2]);
    const manual = await ask('journal.createManual', { company: round1.company });
    const { createdAt: _c, updatedAt: _u, draft: _d, ...input } = manual;
    const saved = await ask('journal.save', {
      entry: { ...input, interviewId: 'round-1', storiesUsed: ['story-checkout'] },
    });
    expect(saved.toldFigures).toEqual([{ storyId: 'story-checkout', figures: ['$1200', '40%'] }]);
    // The story is edited: 40% becomes 60%. Saving the entry again keeps what was told.
    await db.stories.put({ ...told, result: 'Cut checkout latency by 60% and saved $1,200 a month.' });
    const again = await ask('journal.save', {
      entry: { ...input, interviewId: 'round-1', storiesUsed: ['story-checkout'] },
    });
    expect(again.toldFigures).toEqual(saved.toldFigures);
    const tellings = await ask('journal.tellingsForPlans', { interviewIds: ['round-1'] });
    const stories = [(await db.stories.get('story-checkout'))!];
    expect(
      figureWarnings({ interview: round2, interviews: [round1, round2], journal: tellings, stories }),
    ).toHaveLength(1);
  });
});
