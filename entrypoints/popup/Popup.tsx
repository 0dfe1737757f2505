import { LayoutDashboard, type LucideIcon, MonitorPlay, PanelRight, Plug, ToggleRight } from 'lucide-preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { attachToActiveTab, togglePanelFrame } from '@/components/frame/attach';
import { CallPageHelp, type Help, helpForActiveTab } from '@/components/platforms/CallPageHelp';
import { BrandMark } from '@/components/ui/BrandMark';
import { useLive } from '@/components/ui/use-live';
import { PopupNextInterview } from '@/components/up-next/PopupNextInterview';
import { type MessageKey, t } from '@/utils/i18n';

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

/**
 * The toolbar popup, in the order a candidate asks: when is my next interview (and Join it), is the panel ready on
 * this tab; then the rest as small secondary actions.
 */
export function Popup() {
  const [cannotRun, setCannotRun] = useState(false);
  // Drawn once both answers are in: a section appearing later would push the buttons from under the pointer.
  const plans = useLive('plans.list', undefined);
  const [help, setHelp] = useState<Help | null>(null);
  useEffect(() => {
    void helpForActiveTab()
      .then(setHelp)
      .catch(() => setHelp({ kind: 'none' }));
  }, []);
  const useHere = async () => {
    if (await attachToActiveTab()) window.close();
    else setCannotRun(true);
  };
  const toggleFrame = async () => {
    await togglePanelFrame();
    window.close();
  };
  const actions: Array<{ icon: LucideIcon; label: MessageKey; run(): void }> = [
    { icon: LayoutDashboard, label: 'popupOpenDashboard', run: () => openPage('/dashboard.html') },
    { icon: PanelRight, label: 'popupOpenPanel', run: openSidePanel },
    { icon: MonitorPlay, label: 'popupRehearse', run: () => openPage('/rehearsal.html') },
    { icon: ToggleRight, label: 'popupToggleFrame', run: toggleFrame },
    { icon: Plug, label: 'popupUseHere', run: useHere },
  ];
  const header = (
    <header class="popup-header">
      <BrandMark size={24} />
      <h1>{t('extName')}</h1>
    </header>
  );
  if (plans.status === 'loading' || help === null) {
    return (
      <main class="popup" aria-busy="true">
        {header}
      </main>
    );
  }
  return (
    <main class="popup">
      {header}
      <PopupNextInterview plans={plans.status === 'ready' ? plans.value : []} />
      <section class="popup-tab stack" aria-labelledby="popup-tab-heading">
        <h2 id="popup-tab-heading">{t('popupTabHeading')}</h2>
        <CallPageHelp help={help} />
      </section>
      <nav class="popup-actions" aria-label={t('popupMoreLabel')}>
        {actions.map(({ icon: Icon, label, run }) => (
          <button key={label} type="button" class="quiet" onClick={run}>
            <Icon size={16} aria-hidden="true" focusable="false" />
            {t(label)}
          </button>
        ))}
      </nav>
      <p role="status" class="muted">
        {cannotRun ? t('popupCannotRunHere') : ''}
      </p>
    </main>
  );
}
