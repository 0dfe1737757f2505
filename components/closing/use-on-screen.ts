import type { RefObject } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { request } from '@/utils/api/client';
import { SEEN_DWELL_MS } from '@/utils/closing/protocol';

/**
 * Whether the element is actually on the user's screen. Framed in a call page, the panel's document stays
 * "visible" when the loader collapses its frame or hides it during screen sharing; an intersection observer with
 * the implicit root measures against the top-level viewport, so a hidden, zero-sized or off-screen frame reads as
 * off screen.
 */
export function useOnScreen(ref: RefObject<Element>): boolean {
  const [intersecting, setIntersecting] = useState(false);
  const [visible, setVisible] = useState(() => document.visibilityState === 'visible');
  useEffect(() => {
    const onVisibility = () => setVisible(document.visibilityState === 'visible');
    document.addEventListener('visibilitychange', onVisibility);
    const element = ref.current;
    let observer: IntersectionObserver | undefined;
    if (element && typeof IntersectionObserver === 'function') {
      observer = new IntersectionObserver((entries) => {
        const last = entries.at(-1);
        if (last) setIntersecting(last.isIntersecting);
      });
      observer.observe(element);
    } else {
      setIntersecting(true);
    }
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      observer?.disconnect();
    };
  }, [ref]);
  return visible && intersecting;
}

/**
 * Tells the background once the closing checklist of a live call has been on the user's screen for SEEN_DWELL_MS
 * (`closing.seen`), which records the reminder and clears the badges that stood in for a hidden panel. `call` is
 * null while the checklist is not forward. The background may answer "not seen" (a framed panel whose frame is
 * collapsed or hidden for sharing, which this page cannot know): the panel asks again a second later, for as long
 * as it believes it is on screen, so expanding the frame is noticed within a second.
 */
export function useReminderSeen(call: { id: string } | null, onScreen: boolean, reminderAt: number | undefined) {
  useEffect(() => {
    if (!call || !onScreen) return;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const askLater = () => {
      timer = setTimeout(async () => {
        let seen = false;
        try {
          seen = (await request('closing.seen', { callId: call.id })).seen;
        } catch {
          // The worker restarting: ask again; the alarm still stands in meanwhile.
        }
        if (!stopped && !seen) askLater();
      }, SEEN_DWELL_MS);
    };
    askLater();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [call?.id, onScreen, reminderAt]);
}
