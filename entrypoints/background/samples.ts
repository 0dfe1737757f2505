import { sampleInterview, sampleStories } from '@/utils/samples/samples';
import type { StarboardDb } from './db';
import { saveInterview } from './plans';
import { saveStory } from './stories';

export async function seedSamples(db: StarboardDb): Promise<{ stories: number; interviews: number }> {
  return db.transaction('rw', db.stories, db.interviews, async () => {
    const stories = [];
    for (const input of sampleStories()) stories.push(await saveStory(db, { ...input, sample: 1 }));
    await saveInterview(db, { ...sampleInterview(stories.map((s) => s.id)), sample: 1 });
    return { stories: stories.length, interviews: 1 };
  });
}

export async function removeSamples(db: StarboardDb): Promise<{ stories: number; interviews: number }> {
  return db.transaction('rw', db.stories, db.interviews, async () => {
    const stories = await db.stories.where('sample').equals(1).primaryKeys();
    const interviews = await db.interviews.where('sample').equals(1).primaryKeys();
    await db.stories.bulkDelete(stories);
    await db.interviews.bulkDelete(interviews);
    return { stories: stories.length, interviews: interviews.length };
  });
}
