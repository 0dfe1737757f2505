import type { ChecklistItem } from '@/utils/model';

/** Preferences kept with the user's data (Dexie, background). In-page panel geometry is not here: the call-page
 * loader needs it and it is not private, so it lives in extension storage (see ARCHITECTURE.md). */
export interface Settings {
  /** Minutes before the planned end when the closing checklist comes forward. */
  reminderMinutes: number;
  /** Planned call length when no plan says otherwise. */
  defaultPlannedMinutes: number;
  /** null means the built-in closing checklist (localised); a user's edit replaces it with literal labels. */
  checklistTemplate: ChecklistItem[] | null;
  /** Zoom and Teams are opt-in (optional host permissions); Meet is always on. */
  platforms: { zoom: boolean; teams: boolean };
  /** Zoom invite links (`/j/<id>`) open in Zoom's web client, where the panel can be, while Zoom is on. */
  zoomRedirect: boolean;
  /** The first-run question "which platforms do you interview on?" was answered (or dismissed). */
  platformsAsked: boolean;
  /** A notification before each planned interview; on only with the optional `notifications` permission. */
  headsUp: boolean;
  /** How long before the start the heads-up comes. */
  headsUpMinutes: number;
  /** A notification when a follow-up falls due; the same optional permission as heads-ups, its own switch. */
  followUpReminders: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  reminderMinutes: 8,
  defaultPlannedMinutes: 45,
  checklistTemplate: null,
  platforms: { zoom: false, teams: false },
  zoomRedirect: true,
  platformsAsked: false,
  headsUp: false,
  headsUpMinutes: 15,
  followUpReminders: false,
};
