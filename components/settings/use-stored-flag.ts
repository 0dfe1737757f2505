import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';

/**
 * A boolean kept in `browser.storage.local`: the panel prefs the call-page scripts read without asking the
 * background (see ARCHITECTURE.md). `read` turns the stored value (or its absence) into the flag.
 */
export function useStoredFlag(
  key: string,
  read: (raw: unknown) => boolean,
): [boolean | undefined, (on: boolean) => void] {
  const [value, setValue] = useState<boolean | undefined>(undefined);
  useEffect(() => {
    let live = true;
    void browser.storage.local.get(key).then((stored) => {
      if (live) setValue(read(stored[key]));
    });
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'local' && key in changes) setValue(read(changes[key]?.newValue));
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      live = false;
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, [key, read]);
  const write = (on: boolean) => {
    setValue(on);
    void browser.storage.local.set({ [key]: on });
  };
  return [value, write];
}
