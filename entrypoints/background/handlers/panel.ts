import { relayToLoader } from '../loader-relay';
import type { CommandHandlers } from '../router';

export function panelHandlers() {
  const queries = {};
  const commands: Pick<CommandHandlers, 'panel.frame'> = {
    'panel.frame': async (input, context) => {
      const tabId = input.tabId ?? context.sender.tab?.id;
      if (tabId === undefined) return;
      const { tabId: _ignored, ...action } = input;
      await relayToLoader(tabId, { type: 'starboard/frame', ...action });
    },
  };
  return { queries, commands };
}
