import { browser } from 'wxt/browser';
import { request } from '@/utils/api/client';

async function activeTabId(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

/**
 * "Use Starboard on this site": any site, on the user's say-so. The popup's click grants activeTab for this tab;
 * the share guard goes in first (page world), then the generic loader, which asks the background for the panel
 * frame. On a call page that already has a loader, the generic one just shows its panel.
 */
export async function attachToActiveTab(): Promise<boolean> {
  const tabId = await activeTabId();
  if (tabId === undefined) return false;
  try {
    await browser.scripting.executeScript({
      target: { tabId },
      files: ['/content-scripts/share-guard.js'],
      world: 'MAIN',
    });
    await browser.scripting.executeScript({ target: { tabId }, files: ['/content-scripts/generic.js'] });
    return true;
  } catch {
    // The browser's own pages, the web store, a PDF viewer: no extension may script them.
    return false;
  }
}

export async function togglePanelFrame(): Promise<void> {
  const tabId = await activeTabId();
  if (tabId !== undefined) await request('frame.frame', { action: 'toggle', tabId });
}
