import { CircleCheck, CircleHelp, CircleSlash, Copy, Hourglass } from 'lucide-preact';
import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { togglePanelFrame } from '@/components/frame/attach';
import { request } from '@/utils/api/client';
import type { LoaderReport, ReportRequest } from '@/utils/frame/protocol';
import { type MessageKey, t } from '@/utils/i18n';
import { adapterForUrl } from '@/utils/platforms';
import { buildDetectionReport } from '@/utils/platforms/detection-report';
import { linkPlatform } from '@/utils/platforms/link-platform';
import { TurnOnPlatform } from './TurnOnPlatform';
import { PLATFORM_NAMES, platformOffAt } from './turn-on';

export type Help =
  | { kind: 'off'; platform: 'zoom' | 'teams' }
  | { kind: 'unknown'; tabId: number; report: LoaderReport }
  /** The loader reads the page: `in-call` (the panel is there), waiting to be let in, or the call is over. */
  | { kind: 'detected' | 'waiting' | 'ended' }
  /** A meeting page whose loader does not answer: opened before Starboard was installed or updated. */
  | { kind: 'silent' }
  | { kind: 'none' };

/** What the popup can say about the active tab: is it a call page, and will the panel be there in the call. */
export async function helpForActiveTab(): Promise<Help> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  const url = tab?.url ?? '';
  const platform = adapterForUrl(url)?.platform ?? linkPlatform(url);
  if (tab?.id === undefined || !platform) return { kind: 'none' };
  if (platform === 'zoom' || platform === 'teams') {
    const settings = await request('settings.get', undefined);
    if (await platformOffAt(platform, url, settings.platforms[platform])) return { kind: 'off', platform };
  }
  // Only a meeting page (a Teams chat is not one): there, a loader that cannot read the page is worth saying.
  if (!linkPlatform(url)) return { kind: 'none' };
  const report = (await browser.tabs
    .sendMessage(tab.id, { type: 'starboard/report' } satisfies ReportRequest, { frameId: 0 })
    .catch(() => null)) as LoaderReport | null;
  if (!report || !Array.isArray(report.verdicts)) return { kind: 'silent' };
  const state = report.verdicts.at(-1)?.state ?? null;
  if (state === null) return { kind: 'unknown', tabId: tab.id, report };
  return { kind: state === 'in-call' ? 'detected' : state === 'ended' ? 'ended' : 'waiting' };
}

const STATE_TEXT = {
  detected: 'popupTabDetected',
  waiting: 'popupTabWaiting',
  ended: 'popupTabEnded',
  silent: 'popupTabSilent',
  none: 'popupTabNotCall',
} as const satisfies Record<string, MessageKey>;

async function browserName(): Promise<string> {
  const firefox = (browser.runtime as { getBrowserInfo?: () => Promise<{ name: string; version: string }> })
    .getBrowserInfo;
  if (firefox) {
    const info = await firefox();
    return `${info.name} ${info.version}`;
  }
  return navigator.userAgent;
}

/** The detection report's text for the loader's answer: the URL's form, signal names, verdicts; no page text. */
export async function reportText(report: LoaderReport, now = Date.now()): Promise<string> {
  return buildDetectionReport({
    url: report.url,
    platform: report.platform,
    signals: report.signals,
    verdicts: report.verdicts,
    browser: await browserName(),
    extensionVersion: browser.runtime.getManifest().version,
    now,
  });
}

/**
 * The popup's word on the page in front: whether the panel is ready there (in the call, waiting to be let in, the
 * call over, not a call page), "Zoom is off here" with the switch, or "Starboard cannot tell whether you are in a
 * call" with "Show the panel now" (the Alt+Shift+S toggle) and "Copy a detection report". `help` is
 * `helpForActiveTab()`'s answer: the popup waits for it, so nothing moves under the pointer once drawn.
 */
export function CallPageHelp({ help }: { help: Help }) {
  const [status, setStatus] = useState('');
  if (help.kind === 'off') {
    return (
      <TurnOnPlatform platform={help.platform} message={t('popupPlatformOff', t(PLATFORM_NAMES[help.platform]))} />
    );
  }
  if (help.kind !== 'unknown') {
    const Icon = help.kind === 'detected' ? CircleCheck : help.kind === 'none' ? CircleSlash : Hourglass;
    return (
      <p class={`tab-state tab-state-${help.kind}`}>
        <Icon size={18} aria-hidden="true" focusable="false" />
        <span>{t(STATE_TEXT[help.kind])}</span>
      </p>
    );
  }
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(await reportText(help.report));
      setStatus(t('popupReportCopied'));
    } catch {
      setStatus(t('popupReportFailed'));
    }
  };
  const show = async () => {
    await togglePanelFrame();
    window.close();
  };
  return (
    <section class="stack" aria-labelledby="state-unknown">
      <p id="state-unknown" class="tab-state tab-state-unknown">
        <CircleHelp size={18} aria-hidden="true" focusable="false" />
        <span>{t('popupStateUnknown')}</span>
      </p>
      <button type="button" onClick={show}>
        {t('popupShowPanelNow')}
      </button>
      <button type="button" onClick={copy}>
        <Copy size={16} aria-hidden="true" focusable="false" />
        {t('popupCopyReport')}
      </button>
      <p role="status" class="muted">
        {status}
      </p>
    </section>
  );
}
