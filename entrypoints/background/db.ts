import Dexie, { type EntityTable } from 'dexie';
import type { Call, Draft, JournalEntry, Plan, PracticeSession, SettingRow, Story } from '@/utils/model';

/**
 * The only IndexedDB database, opened only in the background service worker (see ARCHITECTURE.md).
 *
 * Version 1 is frozen: a change of schema adds `this.version(2).stores({...}).upgrade(...)` below it and keeps
 * version 1 as written, so a database made by any earlier build opens with every field intact.
 */
export class StarboardDb extends Dexie {
  stories!: EntityTable<Story, 'id'>;
  interviews!: EntityTable<Plan, 'id'>;
  calls!: EntityTable<Call, 'id'>;
  journal!: EntityTable<JournalEntry, 'id'>;
  practice!: EntityTable<PracticeSession, 'id'>;
  settings!: EntityTable<SettingRow, 'key'>;
  drafts!: EntityTable<Draft, 'key'>;

  constructor(name = 'starboard') {
    super(name);
    this.version(1).stores({
      stories: 'id, updatedAt, archived, sample, *competencies',
      interviews: 'id, company, scheduledAt, meetingUrl, status, sample, updatedAt',
      calls: 'id, interviewId, tabId, joinedAt, endedAt',
      journal: 'id, callId, interviewId, company, date, outcome, round, draft, updatedAt, *terms, [company+date]',
      practice: 'id, storyId, at',
      settings: 'key',
      drafts: 'key',
    });
  }
}
