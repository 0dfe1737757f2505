/** A form's unsaved state, keyed by form ("story:<id>", "journal:<id>"), so nothing typed is ever lost. */
export interface FormBackupQueries {
  'formBackup.get'(key: string): unknown;
}

export interface FormBackupCommands {
  'formBackup.put'(input: { key: string; value: unknown }): void;
  'formBackup.delete'(key: string): void;
}
