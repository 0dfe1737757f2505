/** A form's unsaved state, keyed by form ("story:<id>", "journal:<id>"), so nothing typed is ever lost. */
export interface DraftQueries {
  'drafts.get'(key: string): unknown;
}

export interface DraftCommands {
  'drafts.put'(input: { key: string; value: unknown }): void;
  'drafts.delete'(key: string): void;
}
