import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { request } from '@/utils/api/client';
import { capturedEvent, toldEvent } from '@/utils/cue-card/cue-card';
import type { ChecklistItem, Id } from '@/utils/model';
import type { PanelData } from './use-panel-data';

/** Platforms whose meeting link identifies the meeting, so a quick-created plan binds the next call by itself. */
const LINKABLE_PLATFORMS = new Set(['meet', 'zoom', 'teams']);

/** What the candidate can do to the call from the panel; each is one typed request to the background. */
export function useCallActions({ call, live, told, plan, embedded, tabId, asking, askingChoices }: PanelData) {
  const [failed, setFailed] = useState(false);

  const attempt = async (action: () => Promise<unknown>) => {
    setFailed(false);
    try {
      await action();
    } catch {
      setFailed(true);
    }
  };

  const markTold = (storyId: Id) => {
    if (!call || !live || told.has(storyId)) return;
    void attempt(() =>
      request('calls.addEvent', { callId: call.id, event: toldEvent(storyId, Date.now(), asking, askingChoices) }),
    );
  };

  const startCall = async () => {
    const tab = !embedded && tabId !== undefined ? await browser.tabs.get(tabId) : undefined;
    const started = await request(
      'calls.start',
      tab ? { platform: 'generic', tabId: tab.id, tabUrl: tab.url ?? '' } : { platform: 'generic' },
    );
    // The plan on screen is the one the user means to use, unless the meeting link already chose one.
    if (!started.interviewId && plan) await request('calls.bindPlan', { callId: started.id, interviewId: plan.id });
  };

  const bindPlan = async (interviewId: Id) => {
    if (!call) return;
    await request('calls.bindPlan', { callId: call.id, interviewId });
  };

  const quickCreate = async (company: string) => {
    if (!call) return;
    const created = await request('plans.save', {
      company,
      status: 'planned',
      meetingUrl: LINKABLE_PLATFORMS.has(call.platform) ? call.tabUrl : '',
    });
    await request('calls.bindPlan', { callId: call.id, interviewId: created.id });
  };

  const tick = async (item: ChecklistItem, checked: boolean) => {
    if (!call) return;
    await request('calls.addEvent', {
      callId: call.id,
      event: { type: 'checklist-ticked', at: Date.now(), itemId: item.id, label: item.label, checked },
    });
  };

  const capture = async (text: string) => {
    if (!call) return;
    await request('calls.addEvent', { callId: call.id, event: capturedEvent(text, Date.now(), asking, askingChoices) });
  };

  const end = async () => {
    if (call) await request('calls.end', { callId: call.id });
  };

  const setLength = async (minutes: number) => {
    if (call) await request('calls.setPlannedMinutes', { callId: call.id, minutes });
  };

  return { failed, markTold, startCall, bindPlan, quickCreate, tick, capture, end, setLength };
}
