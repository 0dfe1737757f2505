import type { PracticeInput } from '@/utils/api/protocol';
import type { Id, PracticeSession } from '@/utils/model';
import type { PracticeCommands, PracticeQueries } from '@/utils/practice/protocol';
import type { StarboardDb } from './db';
import type { CommandsOf, FeatureHandlers, QueriesOf } from './router';

export const MAX_PRACTICE_SECONDS = 4 * 60 * 60;
export const MAX_PRACTICE_QUESTION_LENGTH = 2_000;

export async function listPractice(db: StarboardDb, query: { storyId?: Id } = {}): Promise<PracticeSession[]> {
  if (query.storyId !== undefined) {
    return db.practice.where('storyId').equals(query.storyId).reverse().sortBy('at');
  }
  return db.practice.orderBy('at').reverse().toArray();
}

/** Checks the shape before anything is written: a bad session is refused with a reason, never half-stored. */
export function validatePracticeInput(input: unknown): PracticeInput {
  const candidate = (input ?? {}) as Partial<Record<keyof PracticeInput, unknown>>;
  const { storyId, question, seconds, rating } = candidate;
  if (typeof storyId !== 'string' || storyId === '') throw new Error('A practice session needs a story');
  if (typeof question !== 'string' || question.length > MAX_PRACTICE_QUESTION_LENGTH) {
    throw new Error(`The practice question must be text of at most ${MAX_PRACTICE_QUESTION_LENGTH} characters`);
  }
  if (typeof seconds !== 'number' || !Number.isFinite(seconds) || seconds < 0 || seconds > MAX_PRACTICE_SECONDS) {
    throw new Error(`The practice length must be between 0 and ${MAX_PRACTICE_SECONDS} seconds`);
  }
  if (rating !== 1 && rating !== 2 && rating !== 3 && rating !== 4) {
    throw new Error('The delivery rating must be 1, 2, 3 or 4');
  }
  return { storyId, question: question.trim(), seconds: Math.round(seconds), rating };
}

export async function recordPractice(
  db: StarboardDb,
  input: PracticeInput,
  now = Date.now(),
): Promise<PracticeSession> {
  const valid = validatePracticeInput(input);
  return db.transaction('rw', db.practice, db.stories, async () => {
    if (!(await db.stories.get(valid.storyId))) throw new Error(`There is no story ${valid.storyId} to practise`);
    const session: PracticeSession = { id: crypto.randomUUID(), ...valid, at: now };
    await db.practice.add(session);
    return session;
  });
}

export function practiceFeature(db: StarboardDb): FeatureHandlers<PracticeQueries, PracticeCommands> {
  const queries: QueriesOf<PracticeQueries> = {
    'practice.list': (query) => listPractice(db, query ?? {}),
  };
  const commands: CommandsOf<PracticeCommands> = {
    'practice.record': (input) => recordPractice(db, input),
  };
  return { queries, commands };
}
