import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';

/**
 * Which tab's call this panel shows. Framed inside a call page, the background already knows the tab from the
 * request's sender, so no id is needed (undefined). In the browser's side panel it follows the active tab.
 */
export function useCallTab(): { embedded: boolean; tabId: number | undefined } {
  const embedded = window.top !== window;
  const fixed = Number(new URLSearchParams(window.location.search).get('tabId')) || undefined;
  const [tabId, setTabId] = useState<number | undefined>(fixed);
  useEffect(() => {
    if (embedded || fixed) return;
    const refresh = async () => {
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      setTabId(tab?.id);
    };
    void refresh();
    const onActivated = () => void refresh();
    browser.tabs.onActivated.addListener(onActivated);
    return () => browser.tabs.onActivated.removeListener(onActivated);
  }, [embedded, fixed]);
  return { embedded, tabId };
}
