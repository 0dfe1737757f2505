import { useEffect, useState } from 'preact/hooks';

/**
 * The current time, refreshed once a second while the page is visible and at once when it is shown again. Only a
 * trigger to re-render: every figure is computed from timestamps, so a throttled or skipped tick shows nothing
 * wrong, only something late.
 */
export function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    let timer: ReturnType<typeof setInterval> | undefined;
    const restart = () => {
      clearInterval(timer);
      timer = undefined;
      setNow(Date.now());
      if (document.visibilityState === 'visible') timer = setInterval(() => setNow(Date.now()), 1000);
    };
    restart();
    document.addEventListener('visibilitychange', restart);
    return () => {
      clearInterval(timer);
      document.removeEventListener('visibilitychange', restart);
    };
  }, []);
  return now;
}
