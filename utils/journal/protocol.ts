import type { OpenFollowUp } from '@/utils/journal/follow-ups';
import type { CompanyMemory } from '@/utils/journal/memory';
import type { JournalFilters } from '@/utils/journal/search-index';
import type { Competency, Id, JournalEntry, Outcome, ProgressRow, SelfCall, Timestamp } from '@/utils/model';
import type { JournalTelling } from '@/utils/plans/retell';

/** The key of a journal form's unsaved copy in the drafts table (see `formBackup.put`). */
export const journalFormKey = (id: Id) => `journal:${id}`;

/** What a form may send: ids of rows it refers to, but never the bookkeeping times. */
export type JournalEntryInput = Omit<JournalEntry, 'createdAt' | 'updatedAt' | 'draft'>;

/** One round as the list and the timeline show it: enough to pick, never the whole text. */
export interface JournalSummary {
  id: Id;
  company: string;
  role: string;
  round: string;
  date: Timestamp;
  outcome: Outcome;
  selfCall?: SelfCall;
  draft: 0 | 1;
}

export interface PendingDrafts {
  count: number;
  /** The newest few, newest first. */
  latest: JournalSummary[];
}

export type OutcomeCounts = Record<Outcome, number>;

export interface OutcomeRow {
  /** A round label, or a checklist-completion bucket id; '' is "no round given". */
  label: string;
  total: number;
  outcomes: OutcomeCounts;
}

export interface StoryUsageSeries {
  storyId: Id;
  /** Null for a story deleted since it was told. */
  title: string | null;
  total: number;
}

export interface CompetencyTrend {
  competency: Competency;
  count: number;
  /** Average self-rating per month with ratings, oldest first. */
  points: Array<{ month: string; average: number; count: number }>;
}

export type ChecklistBucket = 'none' | 'some' | 'all';

/** Aggregates for the Insights charts, computed in the background: the page never receives the entries. */
export interface JournalInsights {
  entries: number;
  drafts: number;
  /** Rounds in the order they usually come within a company's process (screen before onsite). */
  funnel: OutcomeRow[];
  storyUsage: {
    /** The most told stories, most told first. */
    stories: StoryUsageSeries[];
    /** `YYYY-MM`, oldest first, every month between the first and the last telling. */
    months: string[];
    /** [story][month] tellings. */
    byMonth: number[][];
    /** Companies with the most tellings, most first. */
    companies: string[];
    /** [story][company] tellings. */
    byCompany: number[][];
  };
  ratings: CompetencyTrend[];
  /** Entries with a recorded checklist, by how much of it was done. */
  checklist: Array<OutcomeRow & { label: ChecklistBucket }>;
}

export type JournalExportFormat = 'markdown' | 'csv';

export interface ExportedFile {
  fileName: string;
  mimeType: string;
  text: string;
}

export interface JournalQueries {
  /** Full-text search (ranked, prefix and one-typo matches) and filters, one page at a time. */
  'journal.search'(query: JournalQuery): JournalSearchResult;
  /** How far the search index's rebuild has got (`done` of `total` entries), or null when none ran. */
  'journal.indexProgress'(): ProgressRow | null;
  'journal.get'(id: Id): JournalEntry | null;
  /** The entry drafted from a call, for the panel to switch to the journal form when the call ends. */
  'journal.forCall'(input: { callId: Id }): JournalEntry | null;
  /** The stories used in the entries of these plans, for the "already told to this company" warning. */
  'journal.tellingsForPlans'(input: { interviewIds: Id[] }): JournalTelling[];
  /** Distinct companies, for the filter (read from the index only). */
  'journal.companies'(): string[];
  /** Distinct rounds, for the filter (read from the index only). */
  'journal.rounds'(): string[];
  /** One company's rounds, oldest first. */
  'journal.timeline'(input: { company: string }): JournalSummary[];
  'journal.pendingDrafts'(): PendingDrafts;
  /** Every follow-up not ticked off yet, soonest first (Up next). */
  'journal.followUps'(): OpenFollowUp[];
  /**
   * What a company asked and heard in its other rounds (its other plans' calls and its journal entries), for the
   * cue card of the plan `interviewId`, whose own rows are left out.
   */
  'journal.companyMemory'(input: { company: string; interviewId?: Id }): CompanyMemory;
}

/** A saved entry, and what the save found another tab had changed since the form's base. */
export type JournalSaveResult = JournalEntry & {
  /** Fields another tab changed since `base`; absent when none did. */
  changedElsewhere?: Array<keyof JournalEntryInput>;
  /** Of those, the ones this save wrote over (both tabs changed them). */
  overwritten?: Array<keyof JournalEntryInput>;
};

export interface JournalCommands {
  /**
   * Saves the entry. `final` marks it reviewed (clears `draft`); otherwise the entry keeps its draft flag, so
   * autosave of a drafted entry never makes it look reviewed. With `base` (the entry as this form last had it from
   * the store), only the fields the form changed since are written over the stored row (utils/journal/merge.ts):
   * another tab's edit of a different field survives, and the result names what another tab changed meanwhile.
   */
  'journal.save'(input: { entry: JournalEntryInput; base?: JournalEntryInput; final?: boolean }): JournalSaveResult;
  /** Returns the deleted entry, so the page can offer undo through `journal.restore`. */
  'journal.delete'(id: Id): JournalEntry | null;
  /** Writes a deleted entry back as it was (draft flag and dates included): the undo of `journal.delete`. */
  'journal.restore'(entry: JournalEntry): JournalEntry;
  /** A blank, reviewed entry for an interview held outside a tracked call. */
  'journal.createManual'(input: { company?: string; round?: string }): JournalEntry;
  /** Ticks one follow-up (`index` in the entry's list) done, or not done with `done: false`. */
  'journal.completeFollowUp'(input: { entryId: Id; index: number; done?: boolean }): JournalEntry;
}

export interface JournalQuery extends JournalFilters {
  /**
   * Free text; every word must match a word of the entry exactly, as its start (3+ letters) or with one typo (5+
   * letters). Best matches first. Empty means "everything, newest first".
   */
  text?: string;
  offset: number;
  limit: number;
}

export interface JournalSearchResult {
  /** The requested page, best match first (newest first without words). */
  entries: JournalEntry[];
  /** How many entries match in all. */
  total: number;
}
