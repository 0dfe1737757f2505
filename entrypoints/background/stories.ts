import { assertStorable } from '@/entrypoints/background/backup/limits';
import type { StoryInput } from '@/utils/api/protocol';
import type { Id, Story, Strength } from '@/utils/model';
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

/** Creates or updates; an update only touches the fields sent, so two forms editing different fields don't clash. */
export async function saveStory(db: StarboardDb, input: StoryInput, now = Date.now()): Promise<Story> {
  return db.transaction('rw', db.stories, async () => {
    const existing = input.id ? await db.stories.get(input.id) : undefined;
    const base: Story = existing ?? {
      id: input.id ?? crypto.randomUUID(),
      title: '',
      hook: '',
      situation: '',
      task: '',
      action: '',
      result: '',
      resultMetrics: '',
      competencies: [],
      strength: 3,
      domain: '',
      archived: 0,
      sample: 0,
      createdAt: now,
      updatedAt: now,
    };
    const { happenedAt, ...fields } = input;
    const story: Story = {
      ...base,
      ...fields,
      id: base.id,
      competencies: [...new Set((input.competencies ?? base.competencies).map((c) => c.trim()).filter(Boolean))],
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

export function storiesFeature(db: StarboardDb): FeatureHandlers<StoryQueries, StoryCommands> {
  const queries: QueriesOf<StoryQueries> = {
    'stories.list': (query) => listStories(db, query ?? {}),
    'stories.get': (id) => getStory(db, id),
  };
  const commands: CommandsOf<StoryCommands> = {
    'stories.save': (story) => saveStory(db, story),
    'stories.delete': (id) => deleteStory(db, id),
    'stories.restore': (story) => restoreStory(db, story),
  };
  return { queries, commands };
}
