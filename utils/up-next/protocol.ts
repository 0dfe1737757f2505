/** What the up-next feature answers. A query can be subscribed to; commands are writes. */
export interface UpNextSummary {
  count: number;
}

export interface UpNextQueries {
  'upNext.summary'(): UpNextSummary;
}

export type UpNextCommands = Record<never, never>;
