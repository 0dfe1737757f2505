import type { Settings } from './settings';

export interface SettingsQueries {
  'settings.get'(): Settings;
}

export interface SettingsCommands {
  'settings.update'(patch: Partial<Settings>): Settings;
}
