import { request } from '@/utils/api/client';
import type { FrameAction } from '@/utils/frame/protocol';

/** What the rehearsal room listens for from the panel it frames (see entrypoints/rehearsal/). */
export const FRAME_MESSAGE = 'starboard/frame';

/** Framed by one of our own pages (the rehearsal room), which draws the frame itself. */
export function framedByOurPage(): boolean {
  try {
    return window.parent !== window && window.parent.location.origin === window.location.origin;
  } catch {
    // A call page's origin: reading its location throws, and the call-page loader draws the frame.
    return false;
  }
}

/**
 * Collapses or expands the frame around the panel. On a call page the background relays the request to the
 * loader in the tab's top frame; in the rehearsal room the parent page is ours and is told directly.
 */
export function controlFrame(action: FrameAction): void {
  if (framedByOurPage()) {
    window.parent.postMessage({ type: FRAME_MESSAGE, ...action }, window.location.origin);
    return;
  }
  request('frame.frame', action).catch(() => {
    // No loader in the tab (the extension was just reloaded): the frame stays as it is.
  });
}
