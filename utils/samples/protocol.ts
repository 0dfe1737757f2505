export interface SampleCommands {
  /** Adds the sample stories and plan again (they are badged as samples). */
  'samples.seed'(): { stories: number; plans: number };
  /** Removes every sample story and plan, leaving the user's own. */
  'samples.remove'(): { stories: number; plans: number };
}
