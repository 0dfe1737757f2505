import type { SampleCommands } from '@/utils/samples/protocol';
import { samplePlan, sampleStories } from '@/utils/samples/samples';
import type { StarboardDb } from './db';
import { savePlan } from './plans';
import type { FeatureHandlers } from './router';
import { saveStory } from './stories';

export async function seedSamples(db: StarboardDb): Promise<{ stories: number; plans: number }> {
  return db.transaction('rw', db.stories, db.interviews, async () => {
    const stories = [];
    for (const input of sampleStories()) stories.push(await saveStory(db, { ...input, sample: 1 }));
    await savePlan(db, { ...samplePlan(stories.map((s) => s.id)), sample: 1 });
    return { stories: stories.length, plans: 1 };
  });
}

export async function removeSamples(db: StarboardDb): Promise<{ stories: number; plans: number }> {
  return db.transaction('rw', db.stories, db.interviews, async () => {
    const stories = await db.stories.where('sample').equals(1).primaryKeys();
    const interviews = await db.interviews.where('sample').equals(1).primaryKeys();
    await db.stories.bulkDelete(stories);
    await db.interviews.bulkDelete(interviews);
    return { stories: stories.length, plans: interviews.length };
  });
}

export function samplesFeature(db: StarboardDb): FeatureHandlers<Record<never, never>, SampleCommands> {
  return {
    queries: {},
    commands: { 'samples.seed': () => seedSamples(db), 'samples.remove': () => removeSamples(db) },
  };
}
