import type { PlatformAdapter } from './types';

/**
 * Google Meet. Meet's class names and jsname values are generated and change with every release, and its labels
 * are translated, so this reads what stays put:
 *
 * - Icon ligatures. Meet draws its control icons with a ligature font (`<i class="google-symbols">call_end</i>`,
 *   formerly `i.google-material-icons`); the ligature name is a font glyph id, identical in every UI language.
 *   The leave-call button is the only control carrying `call_end`, and it exists only while joined.
 * - `data-call-ended`, which Meet sets to "true" on the post-call screen ("You left the meeting": Rejoin / Return
 *   to home screen) and may flip in place on an existing element, hence observed as an attribute.
 * - `data-is-prejoin` on the pre-join ("Ready to join?") screen. Because Meet has dropped attributes like it before,
 *   the pre-join screen is also recognised by its device toggles (mic / videocam ligatures) shown without call_end:
 *   the post-call screen has no device toggles, and the self-preview <video> is no signal since a camera that is
 *   off shows none.
 * - The path: a call lives at /abc-defg-hij; once Meet routes elsewhere (home screen) the call is over.
 *
 * Anything else (loading, "Asking to join…" while waiting to be let in) reads as null: the watcher keeps the last
 * state rather than guess.
 */

const MEETING_PATH = /^\/[a-z]{3}-[a-z]{4}-[a-z]{3}\/?$/i;
const ICONS = '.google-symbols,.google-material-icons';
const DEVICE_ICONS = ['mic', 'mic_off', 'mic_none', 'videocam', 'videocam_off'];
/** Shown on the control bar while the user's own presentation runs (present_to_all is the idle "Present" icon). */
const PRESENTING_ICONS = ['stop_screen_share', 'cancel_presentation'];

export function isMeetingPath(path: string): boolean {
  return MEETING_PATH.test(path);
}

/** Ligature names of the icons drawn inside buttons. */
function buttonIcons(doc: Document): Set<string> {
  const names = new Set<string>();
  for (const icon of doc.querySelectorAll(ICONS)) {
    if (icon.closest('button,[role="button"]')) names.add(icon.textContent?.trim() ?? '');
  }
  return names;
}

export const meet: PlatformAdapter = {
  platform: 'meet',
  detect(doc) {
    // A DOMParser document has no location; only a real page can have navigated away.
    const path = doc.location?.pathname;
    if (path !== undefined && !isMeetingPath(path)) return 'ended';
    if (doc.querySelector('[data-call-ended="true"]')) return 'ended';
    const icons = buttonIcons(doc);
    if (icons.has('call_end')) return 'in-call';
    if (doc.querySelector('[data-is-prejoin]:not([data-is-prejoin="false"])')) return 'lobby';
    return DEVICE_ICONS.some((name) => icons.has(name)) ? 'lobby' : null;
  },
  observeAttributes: ['data-call-ended'],
  isPresenting(doc) {
    const icons = buttonIcons(doc);
    return PRESENTING_ICONS.some((name) => icons.has(name));
  },
};
