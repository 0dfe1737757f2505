import { injectPanelFrame, relayToLoader } from './frame-relay';
import type { CommandHandlers } from './router';

export function panelHandlers() {
  const queries = {};
  const commands: Pick<CommandHandlers, 'panel.frame' | 'panel.mount'> = {
    'panel.frame': async (input, context) => {
      const tabId = input.tabId ?? context.sender.tab?.id;
      if (tabId === undefined) return;
      const { tabId: _ignored, ...action } = input;
      await relayToLoader(tabId, { type: 'starboard/frame', ...action });
    },
    'panel.mount': async (_input, context) => {
      // Only a loader's own tab, and only its top frame: a frame inside the page cannot place the panel elsewhere.
      const tabId = context.sender.tab?.id;
      if (tabId === undefined || context.sender.frameId !== 0) return { ok: false };
      return { ok: await injectPanelFrame(tabId) };
    },
  };
  return { queries, commands };
}
