import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { attachToActiveTab, togglePanelFrame } from '@/components/frame/attach';
import { CallPageHelp } from '@/components/platforms/CallPageHelp';
import { t } from '@/utils/i18n';

async function openPage(path: '/dashboard.html' | '/panel.html' | '/rehearsal.html') {
  await browser.tabs.create({ url: browser.runtime.getURL(path) });
  window.close();
}

async function openSidePanel() {
  // Chrome's side panel needs the click's user gesture, so it is opened straight from this handler.
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  const api = browser as unknown as {
    sidePanel?: { open(options: { windowId: number }): Promise<void> };
    sidebarAction?: { open(): Promise<void> };
  };
  if (api.sidePanel && tab?.windowId !== undefined) await api.sidePanel.open({ windowId: tab.windowId });
  else await api.sidebarAction?.open();
  window.close();
}

export function Popup() {
  const [cannotRun, setCannotRun] = useState(false);
  const useHere = async () => {
    if (await attachToActiveTab()) window.close();
    else setCannotRun(true);
  };
  const toggleFrame = async () => {
    await togglePanelFrame();
    window.close();
  };
  return (
    <nav class="popup stack" aria-label={t('extName')} style={{ padding: '12px', minWidth: '240px' }}>
      <h1>{t('extName')}</h1>
      <CallPageHelp />
      <button type="button" class="primary" onClick={() => openPage('/dashboard.html')}>
        {t('popupOpenDashboard')}
      </button>
      <button type="button" onClick={openSidePanel}>
        {t('popupOpenPanel')}
      </button>
      <button type="button" onClick={() => openPage('/rehearsal.html')}>
        {t('popupRehearse')}
      </button>
      <button type="button" onClick={toggleFrame}>
        {t('popupToggleFrame')}
      </button>
      <button type="button" onClick={useHere}>
        {t('popupUseHere')}
      </button>
      <p role="status" class="muted">
        {cannotRun ? t('popupCannotRunHere') : ''}
      </p>
    </nav>
  );
}
