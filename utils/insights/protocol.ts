import type { JournalInsights } from '../journal/protocol';

export interface InsightsQueries {
  /** The four charts' aggregates, folded in the background: the page never holds the whole journal. */
  'insights.summary'(): JournalInsights;
}
