import type { Id, PracticeSession } from '../model';

/** One rehearsal as the practice view reports it; the background stamps id and time. */
export type PracticeInput = Pick<PracticeSession, 'storyId' | 'question' | 'seconds' | 'rating'>;

export interface PracticeQueries {
  /** Newest first; one story's sessions when `storyId` is given. */
  'practice.list'(query: { storyId?: Id }): PracticeSession[];
}

export interface PracticeCommands {
  'practice.record'(input: PracticeInput): PracticeSession;
}
