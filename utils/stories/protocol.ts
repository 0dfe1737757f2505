import type { Id, Story } from '@/utils/model';
import type { ImportedStory } from '@/utils/stories/import-candidates';

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
  /**
   * The stories the import preview kept ticked, written as new stories in one transaction: every one is checked
   * against the backup's limits first, and one that fails means none is written.
   */
  'stories.importMany'(stories: ImportedStory[]): { saved: number };
}
