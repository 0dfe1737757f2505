import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { useCoveredRefusal } from '@/components/ui/occlusion';
import { request } from '@/utils/api/client';
import { capturedEvent, toldEvent } from '@/utils/cue-card/cue-card';
import type { ChecklistItem, Id } from '@/utils/model';
import type { PanelData } from './use-panel-data';

/** Platforms whose meeting link identifies the meeting, so a quick-created plan binds the next call by itself. */
const LINKABLE_PLATFORMS = new Set(['meet', 'zoom', 'teams']);

/** What the candidate can do to the call from the panel; each is one typed request to the background. */
export function useCallActions({ call, live, told, plan, embedded, tabId, asking, askingChoices }: PanelData) {
  const [failed, setFailed] = useState(false);
  // An action refused while the call page covers the panel (components/ui/occlusion.ts): said until uncovered.
  const { refused: covered, refuse: refusedWhileCovered } = useCoveredRefusal();

  const attempt = async (action: () => Promise<unknown>) => {
    setFailed(false);
    try {
      await action();
    } catch {
      setFailed(true);
    }
  };

  const markTold = (storyId: Id) => {
    if (!call || !live || told.has(storyId) || refusedWhileCovered()) return;
    void attempt(() =>
      request('calls.addEvent', { callId: call.id, event: toldEvent(storyId, Date.now(), asking, askingChoices) }),
    );
  };

  const startCall = async () => {
    const tab = !embedded && tabId !== undefined ? await browser.tabs.get(tabId) : undefined;
    // The plan on screen is the one the user means to use, unless the meeting link chooses one: bound in the start.
    const interviewId = plan?.id;
    await request(
      'calls.start',
      tab
        ? { platform: 'generic', tabId: tab.id, tabUrl: tab.url ?? '', interviewId }
        : { platform: 'generic', interviewId },
    );
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
    if (!call || refusedWhileCovered()) return;
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
    if (call && !refusedWhileCovered()) await request('calls.end', { callId: call.id });
  };

  const setLength = async (minutes: number) => {
    if (call) await request('calls.setPlannedMinutes', { callId: call.id, minutes });
  };

  return { failed, covered, markTold, startCall, bindPlan, quickCreate, tick, capture, end, setLength };
}
