import { browser } from 'wxt/browser';
import type { LoaderMessage } from '@/utils/frame/protocol';

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

/**
 * Injects the panel-frame script (entrypoints/panel-frame.ts) into a call tab's top frame. Uses the host access the
 * loader there already runs under (Meet's host permission, an opted-in platform's, or activeTab for "Use Starboard
 * on this site"); the script does nothing if a frame is already there.
 */
export async function injectPanelFrame(tabId: number): Promise<boolean> {
  try {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: ['/panel-frame.js'] });
    return true;
  } catch {
    return false;
  }
}
