import { type PlatformAdapter, selectorSignals } from './types';

/**
 * Google Meet. Meet's class names and jsname values are generated and change with every release, and its labels
 * are translated, so this reads what stays put:
 *
 * - Icon ligatures. Meet draws its control icons with a ligature font (`<i class="google-symbols">call_end</i>`,
 *   formerly `i.google-material-icons`); the ligature name is a font glyph id, identical in every UI language.
 *   The leave button (`call_end`) appears as soon as the user asks to join: bots that drive Meet warn that "Leave
 *   call, toolbar, mic/camera toggles all exist in the lobby too" (Vexa-ai/vexa,
 *   services/vexa-bot/core/src/platforms/googlemeet/selectors.ts). So `call_end` alone means waiting.
 * - Admission: participant tiles (`[data-participant-id]`) and the Present control (`present_to_all`, or the
 *   stop-presenting glyphs while presenting) exist only once let in; the same file lists them as the indicators
 *   "that do NOT appear in the lobby", and googlemeet/admission.ts reads tiles by DOM presence because they do not
 *   auto-hide like the toolbar. The captions control (`closed_caption_off`) too: "When user is waiting in meeting
 *   lobby for someone to let them in, the call end icon is visible, but the captions icon is still not visible"
 *   (vivek-nexus/transcriptonic, extension/content-google-meet.js).
 * - `data-call-ended`, which Meet sets to "true" on the post-call screen ("You left the meeting": Rejoin / Return
 *   to home screen) and may flip in place on an existing element, hence observed as an attribute.
 * - `data-is-prejoin` on the pre-join ("Ready to join?") screen, and its device toggles (mic / videocam ligatures)
 *   shown without call_end: the post-call screen has no device toggles.
 * - The path: a call lives at /abc-defg-hij (or /_meet/abc-defg-hij for instant meetings); once Meet routes
 *   elsewhere (home screen) the call is over.
 *
 * A denied request ("You can't join this call") and the left screen lose every call control: that reads as null,
 * and the watcher ends a waiting or in-call page that stays unrecognisable (see watch.ts). Loading reads null too.
 */

const MEETING_PATH = /^\/(?:_meet\/)?[a-z]{3}-[a-z]{4}-[a-z]{3}\/?$/i;
const ICONS = '.google-symbols,.google-material-icons';
const DEVICE_ICONS = ['mic', 'mic_off', 'mic_none', 'videocam', 'videocam_off'];
/** Shown on the control bar while the user's own presentation runs (present_to_all is the idle "Present" icon). */
const PRESENTING_ICONS = ['stop_screen_share', 'cancel_presentation'];
/** Controls drawn only once let in: Present, and Captions (`closed_caption_off` while captions are off). */
const ADMITTED_ICONS = ['present_to_all', 'closed_caption_off', 'closed_caption', ...PRESENTING_ICONS];
const TILES = '[data-participant-id]';
const ENDED = '[data-call-ended="true"]';
const PREJOIN = '[data-is-prejoin]:not([data-is-prejoin="false"])';

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
    if (doc.querySelector(ENDED)) return 'ended';
    const icons = buttonIcons(doc);
    if (icons.has('call_end')) {
      const admitted = doc.querySelector(TILES) || ADMITTED_ICONS.some((name) => icons.has(name));
      return admitted ? 'in-call' : 'waiting';
    }
    if (doc.querySelector(PREJOIN)) return 'lobby';
    return DEVICE_ICONS.some((name) => icons.has(name)) ? 'lobby' : null;
  },
  observeAttributes: ['data-call-ended'],
  isPresenting(doc) {
    const icons = buttonIcons(doc);
    return PRESENTING_ICONS.some((name) => icons.has(name));
  },
  signals(doc) {
    const icons = buttonIcons(doc);
    const glyphs = ['call_end', ...ADMITTED_ICONS, ...DEVICE_ICONS].map((name) => ({
      name: `icon:${name}`,
      found: icons.has(name),
    }));
    return [...glyphs, ...selectorSignals({ tiles: TILES, ended: ENDED, prejoin: PREJOIN }, [doc])];
  },
};
