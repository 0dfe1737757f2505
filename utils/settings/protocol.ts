import type { ChecklistItem } from '../model';
import type { Settings } from './settings';

export interface SettingsQueries {
  'settings.get'(): Settings;
}

export interface SettingsCommands {
  'settings.update'(patch: Partial<Settings>): Settings;
  /** A template edit merged onto the stored template (`base` is the list the editor started from). */
  'settings.editChecklistTemplate'(input: { base: ChecklistItem[]; items: ChecklistItem[] }): Settings;
}
