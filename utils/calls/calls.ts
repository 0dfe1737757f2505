import type { Call } from '@/utils/model';

/**
 * Whether the call's tab is sharing its screen now: the last share event is a start. Read by the browser's side
 * panel (and Firefox's sidebar), which sit in the browser window a whole-screen or window share shows.
 */
export function isSharing(call: Pick<Call, 'events' | 'endedAt'> | null): boolean {
  if (!call || call.endedAt !== undefined) return false;
  for (let index = call.events.length - 1; index >= 0; index -= 1) {
    const type = call.events[index]!.type;
    if (type === 'share-started') return true;
    if (type === 'share-ended') return false;
  }
  return false;
}
