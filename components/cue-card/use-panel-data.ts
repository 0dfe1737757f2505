import { useMemo, useState } from 'preact/hooks';
import { useCallTab } from '@/components/calls/use-call-tab';
import { useLive } from '@/components/ui/use-live';
import { useNow } from '@/components/ui/use-now';
import { checklistTicks, resolveChecklist } from '@/utils/closing/checklist';
import { clockState } from '@/utils/closing/clock';
import {
  askingChoices,
  capturedQuestions,
  nextPlannedPlan,
  plannedPlans,
  toldStories,
} from '@/utils/cue-card/cue-card';
import { t } from '@/utils/i18n';
import type { Id, Plan, Story } from '@/utils/model';
import { pinnedStoriesOf } from '@/utils/plans/plans';
import { DEFAULT_SETTINGS } from '@/utils/settings/settings';
import { useAsking } from './use-asking';

const NO_STORIES: Story[] = [];
const NO_PLANS: Plan[] = [];

/**
 * Everything the panel shows, from live subscriptions: the tab's call (or none), the plan bound to it (or the one
 * under review before a call), its pinned stories, the clock and the closing checklist. Derived values are computed
 * here once, so the panel's parts never resolve the same fact twice.
 */
export function usePanelData() {
  const { embedded, tabId } = useCallTab();
  // One subscription for all of it (cueCard.panel): the first paint waits for one answer, and every change arrives
  // as one consistent snapshot instead of five answers landing one by one.
  const snapshot = useLive('cueCard.panel', { tabId });
  const ready = snapshot.status === 'ready' ? snapshot.value : null;
  const view = ready?.view ?? null;
  const stories = ready?.stories ?? NO_STORIES;
  const plans = ready?.plans ?? NO_PLANS;
  const settings = ready?.settings ?? DEFAULT_SETTINGS;
  const now = useNow();
  const [reviewId, setReviewId] = useState<Id | null>(null);

  const call = view?.call ?? null;
  const live = call !== null && call.endedAt === undefined;
  const draft = ready?.draft ?? null;
  const planned = plannedPlans(plans);
  const plan: Plan | null = view
    ? view.interview
    : (planned.find((candidate) => candidate.id === reviewId) ?? nextPlannedPlan(plans, now));
  const pinned = view ? view.pinnedStories : pinnedStoriesOf(plan, stories);
  const clock = call ? clockState({ call, interview: plan ?? undefined, settings, now }) : null;
  const forward = live && clock !== null && clock.phase !== 'early';
  const checklist = resolveChecklist({ interview: plan ?? undefined, settings, stories }, t);
  const ticks = useMemo(() => checklistTicks(call ?? { events: [] }), [call]);
  const told = useMemo(() => toldStories(call), [call]);
  const questions = useMemo(() => capturedQuestions(call), [call]);
  const [asking, setAsking] = useAsking(live ? call.id : null);

  return {
    embedded,
    tabId,
    view,
    storiesReady: ready !== null,
    stories,
    settings,
    call,
    live,
    draft,
    planned,
    plan,
    setReviewId,
    pinned,
    clock,
    forward,
    checklist,
    ticks,
    told,
    questions,
    askingChoices: askingChoices(plan),
    asking,
    setAsking,
  };
}

export type PanelData = ReturnType<typeof usePanelData>;
