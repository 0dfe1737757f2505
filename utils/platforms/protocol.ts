import type { Settings } from '../settings/settings';

export type PlatformQueries = Record<never, never>;

export interface PlatformCommands {
  /**
   * Zoom and Teams are on exactly when their optional host permissions are granted. After the dashboard requested or
   * removed one, this registers or unregisters the platform's call-page scripts to match and records the result in
   * `settings.platforms`, which it returns. The background also runs it at start-up and on permission changes.
   */
  'platforms.sync'(): Settings['platforms'];
}
