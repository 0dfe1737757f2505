import type { CallState, Platform } from '@/utils/model';

/**
 * What a call-page content script knows about one platform. Every signal is structural (ids, data attributes, icon
 * ligature names, URL paths): label text is translated, so reading it would break the watcher for most users.
 */
export type PlatformAdapter = {
  platform: Platform;
  /** The state the page shows now; null when it shows nothing recognisable (loading, a waiting screen, not a call). */
  detect(doc: Document): CallState | null;
  /** The narrowest subtree whose changes can move `detect`; the watcher falls back to `doc.body`. */
  observeRoot?(doc: Document): Node | null;
  /** Attributes that flip state in place, without a node being added or removed. Observed only when listed. */
  observeAttributes?: readonly string[];
  /** Whether the page's own UI says the user is presenting: a fallback for when the share guard cannot run. */
  isPresenting?(doc: Document): boolean;
  /**
   * The platform's pre-join screen after a call means the call is over (Zoom goes back to its preview at the same
   * URL). Not for Meet, where a reload mid-call shows the pre-join screen of the same call.
   */
  lobbyEndsCall?: boolean;
  /**
   * Each structural signal the adapter knows, by name, and whether the page shows it now: for the detection report.
   * Names only, never page text.
   */
  signals?(doc: Document): Signal[];
};

export type Signal = { name: string; found: boolean };

/** Builds `signals()` from named selectors, each looked up in the document(s) given. */
export function selectorSignals(selectors: Readonly<Record<string, string>>, docs: readonly Document[]): Signal[] {
  return Object.entries(selectors).map(([name, selector]) => ({
    name,
    found: docs.some((doc) => doc.querySelector(selector) !== null),
  }));
}
