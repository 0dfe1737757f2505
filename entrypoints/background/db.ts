import Dexie, { type EntityTable } from 'dexie';
import type { InsightsAggregates } from '@/utils/insights/aggregates';
import type { JournalState } from '@/utils/journal/search-index';
import type {
  Call,
  Draft,
  JournalEntry,
  Offer,
  Plan,
  PracticeSession,
  ProgressRow,
  SettingRow,
  Story,
} from '@/utils/model';

/** The serialised search index (`JournalSearchIndex.serialise`), which carries the journal state it was made from. */
export interface SearchIndexRow {
  key: string;
  text: string;
}

/** The Insights aggregates and the state of the journal they count. */
export interface InsightsCacheRow {
  key: string;
  state: JournalState;
  aggregates: InsightsAggregates;
}

import { normaliseMeetingUrl } from '@/utils/platforms/meeting-url';

/**
 * Tables of state derived from the user's data or about this browser's work (v3): never backed up, and rebuilt or
 * dropped at will, so "did a failed restore change anything" is asked of the other tables.
 */
export const DERIVED_TABLES: readonly string[] = ['searchIndex', 'insightsCache', 'progress'];

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
  searchIndex!: EntityTable<SearchIndexRow, 'key'>;
  insightsCache!: EntityTable<InsightsCacheRow, 'key'>;
  progress!: EntityTable<ProgressRow, 'key'>;
  offers!: EntityTable<Offer, 'id'>;

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
    // v2: a plan keeps the link as given (meetingUrl) and, apart, the key calls bind by (meetingKey). A v1 row held
    // the key in meetingUrl; it keeps it there (the editor shows it as a link) and gets the same key beside it.
    this.version(2)
      .stores({ interviews: 'id, company, scheduledAt, meetingKey, status, sample, updatedAt' })
      .upgrade((tx) =>
        tx
          .table<Plan>('interviews')
          .toCollection()
          .modify((plan) => {
            plan.meetingKey = normaliseMeetingUrl(plan.meetingUrl ?? '');
          }),
      );
    // v3: search answers from an in-memory MiniSearch index (utils/journal/search-index.ts), so the `*terms`
    // multiEntry index goes (it was ~85 index rows per entry, most of a restore's time) and so does the field.
    // The index and the Insights aggregates are persisted beside the journal, each with the checksum of the journal
    // it was made from; `progress` holds the running count of a restore, export or index build, for the page to
    // follow (not backed up: it describes this browser's work, not the user's data).
    this.version(3)
      .stores({
        journal: 'id, callId, interviewId, company, date, outcome, round, draft, updatedAt, [company+date]',
        searchIndex: 'key',
        insightsCache: 'key',
        progress: 'key',
      })
      .upgrade((tx) =>
        tx
          .table<JournalEntry & { terms?: string[] }>('journal')
          .toCollection()
          .modify((entry) => {
            delete entry.terms;
          }),
      );
    // v4: offers (issue #14), a table of their own. Nothing to upgrade: no earlier row was an offer (the journal's
    // free-text compensation notes stay where they are). Indexed by what Decide and the journal form look up.
    this.version(4).stores({ offers: 'id, company, journalEntryId, deadline, updatedAt' });
  }
}
