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
};
