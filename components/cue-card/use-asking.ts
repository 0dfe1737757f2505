import { useEffect, useState } from 'preact/hooks';
import type { Id } from '@/utils/model';

const storageKey = (callId: Id) => `starboard:asking:${callId}`;

/** sessionStorage may be refused to a framed extension page (third-party storage blocked): then memory only. */
function read(callId: Id): string | null {
  try {
    return sessionStorage.getItem(storageKey(callId));
  } catch {
    return null;
  }
}

/**
 * Which interviewer the candidate says is asking now, per call. Kept in the panel's own session (not the call
 * record): it is a pointer for the next "told" mark, not an event; a reload of the panel mid-call keeps it.
 */
export function useAsking(callId: Id | null): [string | null, (name: string | null) => void] {
  const [asking, setState] = useState<{ callId: Id | null; name: string | null }>({ callId, name: null });
  useEffect(() => {
    setState({ callId, name: callId ? read(callId) : null });
  }, [callId]);
  const setAsking = (name: string | null) => {
    setState({ callId, name });
    if (!callId) return;
    try {
      if (name) sessionStorage.setItem(storageKey(callId), name);
      else sessionStorage.removeItem(storageKey(callId));
    } catch {
      // Not kept across a reload; kept while the panel is open.
    }
  };
  return [asking.callId === callId ? asking.name : null, setAsking];
}
