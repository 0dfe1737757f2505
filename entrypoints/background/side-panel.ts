import { browser } from 'wxt/browser';

interface SidePanelApi {
  setPanelBehavior(behavior: { openPanelOnActionClick: boolean }): Promise<void>;
}

/**
 * Chrome's side panel shows panel.html (manifest `side_panel`), which follows the active tab's call. The toolbar
 * button keeps opening the popup, whose "Open side panel" opens it with the click's gesture. Firefox has its
 * sidebar (`sidebar_action`) instead and no such API.
 */
export function configureSidePanel(): void {
  const sidePanel = (browser as unknown as { sidePanel?: SidePanelApi }).sidePanel;
  sidePanel?.setPanelBehavior({ openPanelOnActionClick: false }).catch(() => {
    // An older Chrome without the behaviour setting opens the popup on click anyway.
  });
}
