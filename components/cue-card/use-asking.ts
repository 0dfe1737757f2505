import { useEffect, useState } from 'preact/hooks';
import type { Id } from '@/utils/model';

const storageKey = (callId: Id) => `starboard:asking:${callId}`;

/**
 * This page's own memory of the choice, per call, read before sessionStorage: a framed extension page may be refused
 * sessionStorage (third-party storage blocked), and the choice must outlive a re-render that briefly has no call.
 */
const chosen = new Map<Id, string | null>();

/** sessionStorage may be refused to a framed extension page (third-party storage blocked): then memory only. */
function read(callId: Id): string | null {
  if (chosen.has(callId)) return chosen.get(callId) ?? null;
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
  const [asking, setState] = useState<{ callId: Id | null; name: string | null }>(() => ({
    callId,
    name: callId ? read(callId) : null,
  }));
  useEffect(() => {
    // A choice already made for this call stays: re-reading could only lose it where sessionStorage is refused.
    setState((current) => (current.callId === callId ? current : { callId, name: callId ? read(callId) : null }));
  }, [callId]);
  const setAsking = (name: string | null) => {
    setState({ callId, name });
    if (!callId) return;
    chosen.set(callId, name);
    try {
      if (name) sessionStorage.setItem(storageKey(callId), name);
      else sessionStorage.removeItem(storageKey(callId));
    } catch {
      // Not kept across a reload; kept while the panel is open.
    }
  };
  return [asking.callId === callId ? asking.name : null, setAsking];
}
