import { searchJournal } from '@/utils/journal/search';
import type { StarboardDb } from '../db';
import type { CommandHandlers, QueryHandlers } from '../router';
import {
  companyTimeline,
  createManualEntry,
  deleteEntry,
  entryForCall,
  exportJournal,
  getEntry,
  journalCompanies,
  journalInsights,
  journalRounds,
  pendingDrafts,
  saveEntry,
  tellingsForInterviews,
} from './S-journal';

export function journalHandlers(db: StarboardDb) {
  const queries: Pick<
    QueryHandlers,
    | 'journal.search'
    | 'journal.get'
    | 'journal.forCall'
    | 'journal.tellingsForInterviews'
    | 'journal.companies'
    | 'journal.rounds'
    | 'journal.timeline'
    | 'journal.pendingDrafts'
    | 'journal.insights'
  > = {
    'journal.search': (query) => searchJournal(db, query ?? { offset: 0, limit: 25 }),
    'journal.get': (id) => getEntry(db, id),
    'journal.forCall': ({ callId }) => entryForCall(db, callId),
    'journal.tellingsForInterviews': ({ interviewIds }) => tellingsForInterviews(db, interviewIds),
    'journal.companies': () => journalCompanies(db),
    'journal.rounds': () => journalRounds(db),
    'journal.timeline': ({ company }) => companyTimeline(db, company),
    'journal.pendingDrafts': () => pendingDrafts(db),
    'journal.insights': () => journalInsights(db),
  };
  const commands: Pick<CommandHandlers, 'journal.save' | 'journal.delete' | 'journal.createManual' | 'journal.export'> =
    {
      'journal.save': ({ entry, final }) => saveEntry(db, entry, final === true),
      'journal.delete': (id) => deleteEntry(db, id),
      'journal.createManual': (input) => createManualEntry(db, input ?? {}),
      'journal.export': (input) => exportJournal(db, input),
    };
  return { queries, commands };
}
