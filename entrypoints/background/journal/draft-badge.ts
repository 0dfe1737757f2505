import { liveQuery } from 'dexie';
import { browser } from 'wxt/browser';
import type { StarboardDb } from '../db';

/** Sets the toolbar badge's text; '' removes it. */
export type BadgeSetter = (text: string) => Promise<void>;

/** Chrome MV3 has `action`, Firefox MV2 `browserAction`; either may be missing where there is no toolbar. */
export const toolbarBadge: BadgeSetter = async (text) => {
  const api = browser as unknown as {
    action?: { setBadgeText(details: { text: string }): Promise<void> };
    browserAction?: { setBadgeText(details: { text: string }): Promise<void> };
  };
  await (api.action ?? api.browserAction)?.setBadgeText({ text });
};

export function badgeText(pendingDrafts: number): string {
  return pendingDrafts === 0 ? '' : pendingDrafts > 99 ? '99+' : String(pendingDrafts);
}

/**
 * Keeps the toolbar badge on the number of journal entries drafted from calls and not reviewed yet, whatever
 * changed it (a call ending, a save, a delete, an import). Follows the data rather than each write path, so no
 * path can forget it. The badge is a hint: failing to draw it never fails anything else.
 */
export function followPendingDrafts(db: StarboardDb, setBadge: BadgeSetter = toolbarBadge): () => void {
  const subscription = liveQuery(() => db.journal.where('draft').equals(1).count()).subscribe({
    next: (count) => {
      setBadge(badgeText(count)).catch(() => {
        // No toolbar (a test browser) or the API refused: nothing to show.
      });
    },
    error: (error: unknown) => console.error('Starboard: could not count journal drafts', error),
  });
  return () => subscription.unsubscribe();
}
