import { readFileSync } from 'node:fs';
import { createHandlers } from '@/entrypoints/background/features';
import { createDispatcher } from '@/entrypoints/background/router';
import { BACKUP_LIMITS } from '@/utils/backup/format';
import type { ImportedStory } from '@/utils/stories/import-candidates';
import { importStoriesFromNotes } from '@/utils/stories/import-notes';
import { dashboardSender, EXTENSION_ID, EXTENSION_ORIGIN, freshDb } from '../db-helpers';
import { makeStory } from '../fixtures';

// stories.importMany: what the import preview writes. All or nothing, checked with the backup's limits, and the
// rest of each story takes the app's defaults.

function setup() {
  const db = freshDb();
  const dispatch = createDispatcher(createHandlers(db), EXTENSION_ID, EXTENSION_ORIGIN);
  return {
    db,
    send: (stories: unknown) => dispatch('stories.importMany', stories as ImportedStory[], dashboardSender),
  };
}

const story = (title: string, more: Partial<ImportedStory> = {}): ImportedStory => ({
  title,
  situation: `${title}: situation`,
  task: 'task',
  action: 'action',
  result: 'result',
  competencies: [],
  ...more,
});

describe('stories.importMany', () => {
  it('writes the fixture’s three stories, parts as parsed, defaults for the rest', async () => {
    const { db, send } = setup();
    const parsed = importStoriesFromNotes(readFileSync('tests/fixtures/stories/three-shapes.md', 'utf8'), 'md');
    if (!parsed.ok) throw new Error('the fixture parses');
    expect(await send(parsed.candidates.map((c) => c.story))).toEqual({ saved: 3 });
    const stored = await db.stories.toArray();
    expect(stored.map((s) => s.title).sort()).toEqual([
      'Led the billing migration',
      'Recovered from a failed launch',
      'Resolved the API ownership dispute',
    ]);
    const launch = stored.find((s) => s.title === 'Recovered from a failed launch')!;
    expect(launch).toMatchObject({
      task: 'Get a fix out and win back the trust of the store reviewers.',
      result: 'The fixed release reached a 4.6 rating; crash-free sessions at 99.8%.',
      hook: '',
      resultMetrics: '',
      strength: 3,
      domain: '',
      archived: 0,
      sample: 0,
    });
    expect(new Set(stored.map((s) => s.id)).size).toBe(3);
  });

  it('adds beside existing stories, even one with the same title (the preview decided)', async () => {
    const { db, send } = setup();
    await send([story('Same title')]);
    await send([story('Same title')]);
    expect((await db.stories.toArray()).map((s) => s.title)).toEqual(['Same title', 'Same title']);
  });

  it('takes only the imported parts: ids, timestamps and flags in the message are ignored', async () => {
    const { db, send } = setup();
    await send([{ ...story('Sneaky'), id: 'chosen', sample: 1, archived: 1, createdAt: 1 }]);
    const [stored] = await db.stories.toArray();
    expect(stored).toMatchObject({ title: 'Sneaky', sample: 0, archived: 0 });
    expect(stored!.id).not.toBe('chosen');
    expect(stored!.createdAt).toBeGreaterThan(1);
  });

  it('trims and de-duplicates competencies', async () => {
    const { db, send } = setup();
    await send([story('Tagged', { competencies: [' leadership ', 'leadership', '', 'Billing'] })]);
    expect((await db.stories.toArray())[0]!.competencies).toEqual(['leadership', 'Billing']);
  });

  it('writes nothing when one story is over a backup limit, and names it', async () => {
    const { db, send } = setup();
    await db.stories.add(makeStory({ id: 'kept' }));
    const long = 'x'.repeat(BACKUP_LIMITS.textChars + 1);
    await expect(send([story('Fine'), story('Too long', { action: long })])).rejects.toThrow(/2/);
    expect((await db.stories.toArray()).map((s) => s.id)).toEqual(['kept']);
  });

  it('writes nothing for a story of the wrong shape', async () => {
    const { db, send } = setup();
    await expect(send([story('Fine'), { title: 'No parts', competencies: [] }])).rejects.toThrow();
    await expect(send([story('Fine'), { ...story('Bad tags'), competencies: 'leadership' }])).rejects.toThrow();
    await expect(send('not a list')).rejects.toThrow();
    expect(await db.stories.count()).toBe(0);
  });
});
