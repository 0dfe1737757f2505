import { useCallback, useRef, useState } from 'preact/hooks';

/**
 * State whose latest value is readable at once through a ref. Keyboard handlers need it: two keys pressed in quick
 * succession both run before the component re-renders, and the second must see what the first set.
 */
export function useSyncedState<T>(initial: T): [T, (next: T | ((current: T) => T)) => void, { readonly current: T }] {
  const [value, setValue] = useState(initial);
  const ref = useRef(initial);
  const set = useCallback((next: T | ((current: T) => T)) => {
    ref.current = typeof next === 'function' ? (next as (current: T) => T)(ref.current) : next;
    setValue(ref.current);
  }, []);
  return [value, set, ref];
}
