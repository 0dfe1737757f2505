import { browser } from 'wxt/browser';
import type { FrameCommands, FrameQueries, FrameSight, LoaderMessage } from '@/utils/frame/protocol';
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
 * Asks the panel frame in a call tab's top frame for how long the panel has been drawn open (see FrameSight). 0 when
 * no frame answers or the answer is malformed: the caller then treats the panel as out of sight.
 */
export async function askFrameSight(tabId: number): Promise<FrameSight> {
  try {
    const answer: unknown = await browser.tabs.sendMessage(tabId, { type: 'starboard/sight' } satisfies LoaderMessage, {
      frameId: 0,
    });
    return typeof answer === 'number' && Number.isFinite(answer) ? answer : 0;
  } catch {
    return 0;
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
