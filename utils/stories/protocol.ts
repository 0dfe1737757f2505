import type { Id, Story } from '../model';

/**
 * What a form may send: ids and timestamps are the background's to set. `happenedAt: null` clears the month (a
 * message cannot carry `undefined`).
 */
export type StoryInput = Partial<Omit<Story, 'createdAt' | 'updatedAt' | 'happenedAt'>> & {
  id?: Id;
  happenedAt?: Story['happenedAt'] | null;
};

export interface StoryQueries {
  'stories.list'(query: { includeArchived?: boolean }): Story[];
  'stories.get'(id: Id): Story | null;
}

export interface StoryCommands {
  'stories.save'(story: StoryInput): Story;
  /** Returns the deleted story, so the dashboard can offer undo through `stories.restore`. */
  'stories.delete'(id: Id): Story | null;
  'stories.restore'(story: Story): Story;
}
