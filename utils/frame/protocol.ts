import type { CallState } from '@/utils/model';

/**
 * The in-page panel's frame (the wrapper the call-page loader draws around the extension iframe) is controlled
 * through the background: the panel page asks, the background relays to the loader in the tab's top frame. The
 * page's own scripts can neither see these messages nor forge them.
 */
export type FrameAction =
  | { action: 'collapse' }
  | { action: 'expand' }
  | { action: 'toggle' }
  | { action: 'opacity'; value: number };

/** What the background sends a call-page loader. Carries no private data: only how to draw the frame. */
export type LoaderMessage =
  | ({ type: 'starboard/frame' } & FrameAction)
  /** A calm dot on the collapsed tab (the closing checklist is due while the panel is collapsed or hidden). */
  | { type: 'starboard/badge'; on: boolean }
  /**
   * The slim tab's label while collapsed: 'draft' once the call ended with a journal draft waiting (the panel shows
   * it), until the frame is opened. A fixed state, never the draft itself.
   */
  | { type: 'starboard/label'; label: 'draft' }
  /** Asks the frame whether the panel is on screen now; answered with a FrameSight. */
  | { type: 'starboard/sight' };

/**
 * The frame's answer to 'starboard/sight': for how many milliseconds the panel has been drawn without a break
 * (expanded and not hidden for sharing); 0 while it is not. The panel page cannot know this itself: its document
 * stays "visible" in a collapsed frame, and its intersection observer, in a frame the browser stops rendering, may
 * never hear of the collapse. The frame knows it in the task of the change, so a collapse is in every later answer.
 * Whether the tab itself is visible, the panel's own document says (visibilityState follows the tab).
 */
export type FrameSight = number;

/** From the popup (an extension page outside any tab) to the loader: answered with a `LoaderReport`. */
export type ReportRequest = { type: 'starboard/report' };

/** The loader's answer to `starboard/report`: structure only (signal names, states), and the tab's own URL. */
export type LoaderReport = {
  url: string;
  platform: string;
  signals: Array<{ name: string; found: boolean }>;
  verdicts: Array<{ at: number; state: CallState | null }>;
};

export type FrameQueries = Record<never, never>;

export interface FrameCommands {
  /** From the panel page framed in a call tab (the tab is the sender's) or naming the tab explicitly. */
  'frame.frame'(input: FrameAction & { tabId?: number }): void;

  // One of the only messages a call-page content script may send (CONTENT_SCRIPT_MESSAGES).
  /**
   * The loader saw the call start (or the user asked for the panel): the background injects the panel-frame script
   * into the sender's tab, top frame. `ok` is false where it cannot (no host access). Nothing private either way.
   */
  'frame.mount'(input: Record<string, never>): { ok: boolean };
}
