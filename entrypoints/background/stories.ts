import type { StarboardDb } from './db';
import type { CommandHandlers, QueryHandlers } from './router';
import { deleteStory, getStory, listStories, restoreStory, saveStory } from './S-stories';
import { removeSamples, seedSamples } from './samples';

export function storyHandlers(db: StarboardDb) {
  const queries: Pick<QueryHandlers, 'stories.list' | 'stories.get'> = {
    'stories.list': (query) => listStories(db, query ?? {}),
    'stories.get': (id) => getStory(db, id),
  };
  const commands: Pick<
    CommandHandlers,
    'stories.save' | 'stories.delete' | 'stories.restore' | 'samples.seed' | 'samples.remove'
  > = {
    'stories.save': (story) => saveStory(db, story),
    'stories.delete': (id) => deleteStory(db, id),
    'stories.restore': (story) => restoreStory(db, story),
    'samples.seed': () => seedSamples(db),
    'samples.remove': () => removeSamples(db),
  };
  return { queries, commands };
}
