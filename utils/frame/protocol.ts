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
  | { type: 'starboard/badge'; on: boolean };

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
