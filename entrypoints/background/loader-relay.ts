import { browser } from 'wxt/browser';
import type { LoaderMessage } from '@/utils/api/features/panel';

/**
 * Tells the call-page loader in a tab's top frame how to draw the panel frame. A tab without a loader (not a call
 * page, or the extension was just installed) simply has no one listening: that is not an error.
 */
export async function relayToLoader(tabId: number, message: LoaderMessage): Promise<boolean> {
  try {
    await browser.tabs.sendMessage(tabId, message, { frameId: 0 });
    return true;
  } catch {
    return false;
  }
}
