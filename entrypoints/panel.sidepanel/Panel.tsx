import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ChecklistEditor } from '@/components/closing/ChecklistEditor';
import { useLive, valueOr } from '@/components/ui/use-live';
import { useNow } from '@/components/ui/use-now';
import { useSyncedState } from '@/components/ui/use-synced-state';
import { request } from '@/utils/api/client';
import { checklistTicks, resolveChecklist } from '@/utils/closing/checklist';
import { clockState, plannedMinutes } from '@/utils/closing/clock';
import { t } from '@/utils/i18n';
import { createStoryMatcher } from '@/utils/matcher/matcher';
import type { ChecklistItem, Id, Plan } from '@/utils/model';
import { pinnedStoriesOf } from '@/utils/plans/plans';
import { DEFAULT_SETTINGS } from '@/utils/settings/settings';
import { competencyLabel } from '@/utils/stories/competencies';
import { CallBar } from '../../components/calls/CallBar';
import { useCallTab } from '../../components/calls/use-call-tab';
import { ClosingChecklist } from '../../components/closing/ClosingChecklist';
import { useOnScreen } from '../../components/closing/use-on-screen';
import { CueStories, type CueStoryItem, storyButtonId } from '../../components/cue-card/CueStories';
import { PlanExtras } from '../../components/cue-card/PlanExtras';
import { QuestionCapture } from '../../components/cue-card/QuestionCapture';
import { ShortcutHelp } from '../../components/cue-card/ShortcutHelp';
import { controlFrame } from '../../components/frame/frame-control';
import { JournalDraft } from '../../components/journal/JournalDraft';
import { PlanPicker } from '../../components/plans/PlanPicker';
import {
  capturedQuestions,
  nextPlannedPlan,
  plannedInterviews,
  planTitle,
  toldStories,
} from '../../utils/cue-card/cue-card';
import { shortcutFor } from '../../utils/cue-card/shortcuts';

const MATCH_LIMIT = 5;
/** Platforms whose meeting link identifies the meeting, so a quick-created plan binds the next call by itself. */
const LINKABLE_PLATFORMS = new Set(['meet', 'zoom', 'teams']);

export function Panel() {
  const { embedded, tabId } = useCallTab();
  const view = valueOr(useLive('calls.current', { tabId }), null);
  const storiesResult = useLive('stories.list', {});
  const stories = valueOr(storiesResult, []);
  const interviews = valueOr(useLive('plans.list', undefined), []);
  const settings = valueOr(useLive('settings.get', undefined), DEFAULT_SETTINGS);
  const now = useNow();

  const rootRef = useRef<HTMLDivElement>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const captureRef = useRef<HTMLInputElement>(null);
  const helpButtonRef = useRef<HTMLButtonElement>(null);
  const onScreen = useOnScreen(rootRef);

  const [reviewId, setReviewId] = useState<Id | null>(null);
  const [query, setQuery] = useState('');
  const [expandedKey, setExpandedKey, expandedRef] = useSyncedState<string | null>(null);
  const [focusExpanded, setFocusExpanded] = useState(false);
  const [helpOpen, setHelpOpen, helpOpenRef] = useSyncedState(false);
  const [editingChecklist, setEditingChecklist] = useState(false);
  const [failed, setFailed] = useState(false);

  const call = view?.call ?? null;
  const live = call !== null && call.endedAt === undefined;
  // Once the call ends the background drafts its journal entry; the panel turns to it while the tab is still open.
  const draft = valueOr(useLive('journal.forCall', { callId: call?.endedAt !== undefined ? call.id : '' }), null);
  const [showStoriesAfterCall, setShowStoriesAfterCall] = useState(false);
  const planned = plannedInterviews(interviews);
  // With a call, its bound plan; without one, the plan picked for review or else the next one coming up.
  const plan: Plan | null = view
    ? view.interview
    : (planned.find((interview) => interview.id === reviewId) ?? nextPlannedPlan(interviews, now));
  const pinned = view ? view.pinnedStories : pinnedStoriesOf(plan, stories);

  const clock = call ? clockState({ call, interview: plan ?? undefined, settings, now }) : null;
  const forward = live && clock !== null && clock.phase !== 'early';
  const checklist = resolveChecklist({ interview: plan ?? undefined, settings, stories }, t);
  const ticks = useMemo(() => checklistTicks(call ?? { events: [] }), [call]);
  const told = useMemo(() => toldStories(call), [call]);
  const questions = useMemo(() => capturedQuestions(call), [call]);

  const matcher = useMemo(() => createStoryMatcher([]), []);
  // Indexed when a search first needs it: building the index is the costliest part of the render that first shows
  // the stories, which is what the call is waiting for.
  const found = useMemo(() => {
    if (!query.trim()) return [];
    matcher.update(stories);
    return matcher.match(query, MATCH_LIMIT);
  }, [matcher, stories, query]);

  const foundItems: CueStoryItem[] = found.map(({ story, reasons }) => ({
    key: `found-${story.id}`,
    story,
    reasons: [
      ...(reasons.competencies.length > 0
        ? [t('panelMatchAsksAbout', reasons.competencies.slice(0, 2).map(competencyLabel).join(', '))]
        : []),
      ...(reasons.words.length > 0 ? [t('panelMatchWords', reasons.words.slice(0, 4).join(', '))] : []),
    ],
  }));
  const pinnedItems: CueStoryItem[] = pinned.map((story) => ({ key: `pinned-${story.id}`, story }));
  const allItems: CueStoryItem[] = stories.map((story) => ({ key: `all-${story.id}`, story }));
  const navigable = [...foundItems, ...pinnedItems, ...allItems];
  const navigableRef = useRef(navigable);
  navigableRef.current = navigable;

  // The reminder counts as shown only when the checklist is on the user's screen; until then the background's
  // alarm badges the toolbar and the slim tab instead. Telling the background also clears those badges.
  useEffect(() => {
    if (!call || !live || !forward || !onScreen) return;
    request('closing.seen', { callId: call.id }).catch(() => {
      // The worker restarting: the next change of state asks again, and the alarm still stands in.
    });
  }, [call?.id, live, forward, onScreen, clock?.reminderAt]);

  useEffect(() => {
    if (!focusExpanded || !expandedKey) return;
    setFocusExpanded(false);
    document.getElementById(storyButtonId(expandedKey))?.focus();
  }, [focusExpanded, expandedKey]);

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
      request('calls.addEvent', { callId: call.id, event: { type: 'story-told', at: Date.now(), storyId } }),
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

  const findFor = (text: string) => {
    setQuery(text);
    searchRef.current?.focus();
  };

  // Keys read the latest state through refs: several can arrive before the panel re-renders.
  const move = (step: 1 | -1) => {
    const items = navigableRef.current;
    if (items.length === 0) return;
    const index = items.findIndex((item) => item.key === expandedRef.current);
    const last = items.length - 1;
    const nextIndex = index === -1 ? (step === 1 ? 0 : last) : Math.min(last, Math.max(0, index + step));
    setExpandedKey(items[nextIndex]!.key);
    setFocusExpanded(true);
  };

  const onKeyRef = useRef<(event: KeyboardEvent) => void>(() => {});
  onKeyRef.current = (event: KeyboardEvent) => {
    if (event.defaultPrevented) return;
    const shortcut = shortcutFor(event);
    if (!shortcut) return;
    switch (shortcut) {
      case 'leave-field':
        (event.target as HTMLElement).blur();
        return;
      case 'search':
        event.preventDefault();
        searchRef.current?.focus();
        return;
      case 'capture':
        if (!captureRef.current) return;
        event.preventDefault();
        captureRef.current.focus();
        return;
      case 'told': {
        const open = navigableRef.current.find((item) => item.key === expandedRef.current);
        if (open) markTold(open.story.id);
        return;
      }
      case 'next':
        move(1);
        return;
      case 'previous':
        move(-1);
        return;
      case 'help':
        setHelpOpen((open) => !open);
        return;
      case 'escape':
        if (helpOpenRef.current) {
          setHelpOpen(false);
          helpButtonRef.current?.focus();
        } else if (expandedRef.current) {
          document.getElementById(storyButtonId(expandedRef.current))?.focus();
          setExpandedKey(null);
        } else if (embedded) {
          controlFrame({ action: 'collapse' });
        }
        return;
    }
  };
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => onKeyRef.current(event);
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const checklistSection = (
    <ClosingChecklist items={checklist} ticks={ticks} forward={forward} onTick={live ? tick : undefined}>
      {plan && !editingChecklist && (
        <button type="button" class="link-button" onClick={() => setEditingChecklist(true)}>
          {t('panelChecklistEdit')}
        </button>
      )}
      {plan && editingChecklist && (
        <ChecklistEditor
          idPrefix="plan-checklist"
          initial={checklist}
          onSave={async (items, base) => {
            await request('closing.editPlanChecklist', { id: plan.id, base: [...base], items });
            setEditingChecklist(false);
          }}
          onReset={async () => {
            // An empty list means "none of its own": the plan follows the template again.
            await request('plans.save', { id: plan.id, checklist: [] });
            return resolveChecklist({ interview: { ...plan, checklist: [] }, settings, stories }, t);
          }}
          onCancel={() => setEditingChecklist(false)}
        />
      )}
    </ClosingChecklist>
  );

  const toggle = (key: string) => setExpandedKey((current) => (current === key ? null : key));

  if (draft && !showStoriesAfterCall) {
    return (
      <div class="panel stack" ref={rootRef}>
        <div class="row panel-title-row">
          <p class="muted">{t('panelCallEndedJournal')}</p>
          <button type="button" class="link-button" onClick={() => setShowStoriesAfterCall(true)}>
            {t('panelBackToStories')}
          </button>
        </div>
        <JournalDraft entryId={draft.id} />
      </div>
    );
  }

  return (
    <div class="panel stack" ref={rootRef}>
      <header class="panel-header stack">
        <div class="row panel-title-row">
          <h1 class="panel-title">{plan ? planTitle(plan) || t('panelPlanUntitled') : t('extName')}</h1>
          <ShortcutHelp open={helpOpen} onToggle={() => setHelpOpen((open) => !open)} buttonRef={helpButtonRef} />
          {embedded && (
            <button
              type="button"
              class="icon-button"
              aria-label={t('panelCollapse')}
              title={t('panelCollapse')}
              onClick={() => controlFrame({ action: 'collapse' })}
            >
              ⇥
            </button>
          )}
        </div>
        {!view && <p class="muted">{plan ? t('panelReviewingNext') : t('panelNoPlans')}</p>}
        <CallBar
          call={call}
          clock={clock}
          plannedMinutes={plannedMinutes({ call: call ?? undefined, interview: plan ?? undefined, settings })}
          canStart={embedded || tabId !== undefined}
          onStart={startCall}
          onEnd={async () => {
            if (call) await request('calls.end', { callId: call.id });
          }}
          onPreset={async (minutes) => {
            if (call) await request('calls.setPlannedMinutes', { callId: call.id, minutes });
          }}
        />
        {failed && <p class="error-text">{t('panelActionFailed')}</p>}
      </header>

      {live && !plan && (
        <PlanPicker mode="call" current={null} planned={planned} onChoose={bindPlan} onQuickCreate={quickCreate} />
      )}

      {forward && checklistSection}

      <section class="finder stack" aria-labelledby="finder-heading">
        <h2 id="finder-heading" class="visually-hidden">
          {t('panelFindHeading')}
        </h2>
        <label for="finder-input">{t('panelFindLabel')}</label>
        <input
          id="finder-input"
          ref={searchRef}
          type="search"
          autocomplete="off"
          value={query}
          onInput={(event) => setQuery(event.currentTarget.value)}
        />
        {query.trim() !== '' && storiesResult.status === 'ready' && found.length === 0 && (
          <p class="muted">{t('panelFindNoMatch')}</p>
        )}
        {foundItems.length > 0 && (
          <CueStories
            items={foundItems}
            expandedKey={expandedKey}
            onToggle={toggle}
            told={told}
            onTold={live ? markTold : undefined}
            labelledBy="finder-heading"
          />
        )}
      </section>

      <section class="pinned stack" aria-labelledby="pinned-heading">
        <h2 id="pinned-heading">{t('panelPinnedHeading')}</h2>
        {pinnedItems.length === 0 ? (
          <p class="muted">{t('panelNoPinned')}</p>
        ) : (
          <CueStories
            items={pinnedItems}
            expandedKey={expandedKey}
            onToggle={toggle}
            told={told}
            onTold={live ? markTold : undefined}
            labelledBy="pinned-heading"
          />
        )}
      </section>

      {live && call && (
        <QuestionCapture
          inputRef={captureRef}
          questions={questions}
          onCapture={(text) =>
            request('calls.addEvent', {
              callId: call.id,
              event: { type: 'question-captured', at: Date.now(), text },
            }).then(() => undefined)
          }
          onFind={findFor}
        />
      )}

      {plan && <PlanExtras plan={plan} />}
      {view && plan && live && (
        <PlanPicker mode="call" current={plan} planned={planned} onChoose={bindPlan} onQuickCreate={quickCreate} />
      )}
      {!view && planned.length > 0 && (
        <PlanPicker mode="review" current={plan} planned={planned} onChoose={async (id) => setReviewId(id)} />
      )}

      {!forward && checklistSection}

      <section class="all-stories stack" aria-labelledby="all-heading">
        <h2 id="all-heading">{t('panelAllStories')}</h2>
        {storiesResult.status === 'ready' && stories.length === 0 && <p class="muted">{t('storiesEmpty')}</p>}
        <CueStories
          items={allItems}
          expandedKey={expandedKey}
          onToggle={toggle}
          told={told}
          onTold={live ? markTold : undefined}
          labelledBy="all-heading"
        />
      </section>
    </div>
  );
}
