import { assertStorable } from '@/entrypoints/background/backup/limits';
import type { StoryInput } from '@/utils/api/protocol';
import { BACKUP_FORMAT, BACKUP_LIMITS, BACKUP_VERSION } from '@/utils/backup/format';
import { validateBackup } from '@/utils/backup/validate';
import { t } from '@/utils/i18n';
import type { Id, Story, Strength } from '@/utils/model';
import type { ImportedStory } from '@/utils/stories/import-candidates';
import { blankStory } from '@/utils/stories/library';
import type { StoryCommands, StoryQueries } from '@/utils/stories/protocol';
import type { StarboardDb } from './db';
import type { CommandsOf, FeatureHandlers, QueriesOf } from './router';

export async function listStories(db: StarboardDb, query: { includeArchived?: boolean } = {}): Promise<Story[]> {
  const stories = query.includeArchived
    ? await db.stories.orderBy('updatedAt').reverse().toArray()
    : await db.stories.where('archived').equals(0).reverse().sortBy('updatedAt');
  return stories;
}

export async function getStory(db: StarboardDb, id: Id): Promise<Story | null> {
  return (await db.stories.get(id)) ?? null;
}

function clampStrength(value: unknown): Strength {
  const n = Math.round(Number(value));
  return (Number.isFinite(n) ? Math.min(5, Math.max(1, n)) : 3) as Strength;
}

/** A new story with the app's defaults, for the fields a form or an import does not fill. */
const cleanCompetencies = (competencies: readonly string[]) => [
  ...new Set(competencies.map((c) => c.trim()).filter(Boolean)),
];

/** Creates or updates; an update only touches the fields sent, so two forms editing different fields don't clash. */
export async function saveStory(db: StarboardDb, input: StoryInput, now = Date.now()): Promise<Story> {
  return db.transaction('rw', db.stories, async () => {
    const existing = input.id ? await db.stories.get(input.id) : undefined;
    const base: Story = existing ?? blankStory(input.id ?? crypto.randomUUID(), now);
    const { happenedAt, ...fields } = input;
    const story: Story = {
      ...base,
      ...fields,
      id: base.id,
      competencies: cleanCompetencies(input.competencies ?? base.competencies),
      strength: clampStrength(input.strength ?? base.strength),
      archived: (input.archived ?? base.archived) ? 1 : 0,
      sample: (input.sample ?? base.sample) ? 1 : 0,
      createdAt: base.createdAt,
      updatedAt: now,
    };
    // null clears the month; a value that is not a time is refused rather than stored.
    if (happenedAt === null) delete story.happenedAt;
    else if (happenedAt !== undefined) {
      if (typeof happenedAt !== 'number' || !Number.isFinite(happenedAt)) {
        throw new Error('“When it happened” must be a date');
      }
      story.happenedAt = happenedAt;
    }
    assertStorable('stories', story);
    await db.stories.put(story);
    return story;
  });
}

export async function deleteStory(db: StarboardDb, id: Id): Promise<Story | null> {
  return db.transaction('rw', db.stories, db.interviews, async () => {
    const story = await db.stories.get(id);
    if (!story) return null;
    await db.stories.delete(id);
    return story;
  });
}

/** Undo of a delete: the story comes back exactly as it was, pins included (pins are not removed on delete). */
export async function restoreStory(db: StarboardDb, story: Story): Promise<Story> {
  assertStorable('stories', story);
  await db.stories.put(story);
  return story;
}

export class StoryImportInvalidError extends Error {
  constructor(
    readonly index: number,
    readonly field: string,
  ) {
    super(t('importStoriesErrorInvalid', [String(index + 1), field]));
    this.name = 'StoryImportInvalidError';
  }
}

/**
 * New stories from an import, all or none: each is built with the app's defaults and passed through the backup
 * validator (so an imported story can always be backed up and restored), then all are added in one transaction.
 * Only the imported parts are read from the message; ids and timestamps are ours.
 */
export async function importStories(
  db: StarboardDb,
  input: readonly ImportedStory[],
  now = Date.now(),
): Promise<{ saved: number }> {
  if (!Array.isArray(input)) throw new StoryImportInvalidError(0, 'stories');
  if (input.length > BACKUP_LIMITS.rowsPerTable) {
    throw new Error(t('importStoriesErrorTooMany', String(BACKUP_LIMITS.rowsPerTable)));
  }
  const stories = input.map((imported, index): Story => {
    const { title, situation, task, action, result, competencies } = (imported ?? {}) as Partial<ImportedStory>;
    if (!Array.isArray(competencies) || competencies.some((c) => typeof c !== 'string')) {
      throw new StoryImportInvalidError(index, 'competencies');
    }
    return {
      ...blankStory(crypto.randomUUID(), now),
      ...({ title, situation, task, action, result } as Pick<
        Story,
        'title' | 'situation' | 'task' | 'action' | 'result'
      >),
      competencies: cleanCompetencies(competencies),
    };
  });
  const checked = validateBackup({
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: now,
    tables: { stories, interviews: [], calls: [], journal: [], practice: [], settings: [], offers: [] },
  });
  if (!checked.ok) {
    const [, index = '0', field = ''] = /^tables\.stories\[(\d+)\]\.?([^[.]*)/.exec(checked.error.path ?? '') ?? [];
    throw new StoryImportInvalidError(Number(index), field);
  }
  await db.transaction('rw', db.stories, () => db.stories.bulkAdd(stories));
  return { saved: stories.length };
}

export function storiesFeature(db: StarboardDb): FeatureHandlers<StoryQueries, StoryCommands> {
  const queries: QueriesOf<StoryQueries> = {
    'stories.list': (query) => listStories(db, query ?? {}),
    'stories.get': (id) => getStory(db, id),
  };
  const commands: CommandsOf<StoryCommands> = {
    'stories.save': (story) => saveStory(db, story),
    'stories.delete': (id) => deleteStory(db, id),
    'stories.restore': (story) => restoreStory(db, story),
    'stories.importMany': (stories) => importStories(db, stories),
  };
  return { queries, commands };
}
