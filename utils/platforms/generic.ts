import type { CallReport } from '@/utils/api/protocol';
import type { PlatformAdapter } from './types';

/**
 * Any other call (a desktop app, a phone call, an unsupported site): the user starts and ends it from the panel.
 * Nothing on the page is read, so the watcher is never run with this adapter.
 */
export const generic: PlatformAdapter = {
  platform: 'generic',
  detect: () => null,
};

export function manualStart(): CallReport {
  return { platform: 'generic', state: 'in-call' };
}

export function manualEnd(): CallReport {
  return { platform: 'generic', state: 'ended' };
}
