import { browser } from 'wxt/browser';
import type { FrameCommands, FrameQueries, LoaderMessage } from '@/utils/frame/protocol';
import type { CommandsOf, FeatureHandlers, QueriesOf } from './router';

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

export function frameFeature(): FeatureHandlers<FrameQueries, FrameCommands> {
  const queries: QueriesOf<FrameQueries> = {};
  const commands: CommandsOf<FrameCommands> = {
    'frame.frame': async (input, context) => {
      const tabId = input.tabId ?? context.sender.tab?.id;
      if (tabId === undefined) return;
      const { tabId: _ignored, ...action } = input;
      await relayToLoader(tabId, { type: 'starboard/frame', ...action });
    },
    'frame.mount': async (_input, context) => {
      // Only a loader's own tab, and only its top frame: a frame inside the page cannot place the panel elsewhere.
      const tabId = context.sender.tab?.id;
      if (tabId === undefined || context.sender.frameId !== 0) return { ok: false };
      return { ok: await injectPanelFrame(tabId) };
    },
  };
  return { queries, commands };
}
