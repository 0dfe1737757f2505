import type { RefObject } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { request } from '@/utils/api/client';

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
 * Tells the background once the closing checklist of a live call is on the user's screen (`closing.seen`), which
 * records the reminder and clears the badges that stood in for a hidden panel. `call` is null while the checklist
 * is not forward.
 */
export function useReminderSeen(call: { id: string } | null, onScreen: boolean, reminderAt: number | undefined) {
  useEffect(() => {
    if (!call || !onScreen) return;
    request('closing.seen', { callId: call.id }).catch(() => {
      // The worker restarting: the next change of state asks again, and the alarm still stands in.
    });
  }, [call?.id, onScreen, reminderAt]);
}
