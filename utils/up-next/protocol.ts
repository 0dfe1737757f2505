import type { Id, Timestamp } from '@/utils/model';

export interface UpNextQueries {
  /**
   * When each story was last rehearsed (stories never rehearsed are absent): what "not practised for a while"
   * needs, without sending the page the whole practice log.
   */
  'upNext.lastPractised'(): Record<Id, Timestamp>;
}

export type UpNextCommands = Record<never, never>;
