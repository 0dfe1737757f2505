import { useLayoutEffect, useState } from 'preact/hooks';
import { subscribe } from '@/utils/api/live';
import type { DataOf, QueryName, ResultOf } from '@/utils/api/protocol';

export type LiveResult<T> = { status: 'loading' } | { status: 'ready'; value: T } | { status: 'error'; error: Error };

/** A query's current result, kept fresh by the background; `loading` until the first push. */
export function useLive<K extends QueryName>(name: K, data: DataOf<K>): LiveResult<Awaited<ResultOf<K>>> {
  const key = `${name}:${JSON.stringify(data ?? null)}`;
  const [state, setState] = useState<{ key: string; result: LiveResult<Awaited<ResultOf<K>>> }>({
    key,
    result: { status: 'loading' },
  });
  // Subscribed as soon as the view is in the DOM, not after the browser's next frame (when useEffect would run): the
  // answer comes from another process, so asking one frame earlier shows the data one frame earlier.
  useLayoutEffect(
    () =>
      subscribe(
        name,
        data,
        (value) => setState({ key, result: { status: 'ready', value } }),
        (error) => setState({ key, result: { status: 'error', error } }),
      ),
    [key],
  );
  return state.key === key ? state.result : { status: 'loading' };
}

/** The value when ready, otherwise the fallback: for lists that can render empty while loading. */
export function valueOr<T>(result: LiveResult<T>, fallback: T): T {
  return result.status === 'ready' ? result.value : fallback;
}
