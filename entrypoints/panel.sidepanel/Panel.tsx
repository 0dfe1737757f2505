import { useRef, useState } from 'preact/hooks';
import { CallLength } from '@/components/calls/CallBar';
import { PlanChecklist } from '@/components/closing/ClosingChecklist';
import { useOnScreen, useReminderSeen } from '@/components/closing/use-on-screen';
import { type CueStoryItem, foundCueItems } from '@/components/cue-card/CueStories';
import { PanelHeader } from '@/components/cue-card/PanelHeader';
import { PlanExtras } from '@/components/cue-card/PlanExtras';
import { QuestionCapture } from '@/components/cue-card/QuestionCapture';
import { StorySection } from '@/components/cue-card/StorySection';
import { useCallActions } from '@/components/cue-card/use-call-actions';
import { usePanelData } from '@/components/cue-card/use-panel-data';
import { usePanelShortcuts } from '@/components/cue-card/use-panel-shortcuts';
import { CompanyMemory } from '@/components/journal/CompanyMemory';
import { DeletedEntryUndo } from '@/components/journal/DeletedEntryUndo';
import { JournalDraft } from '@/components/journal/JournalDraft';
import { useStoryMatcher } from '@/components/matcher/use-story-matcher';
import { MeetingLinkActions } from '@/components/plans/MeetingLinkActions';
import { PlanPicker } from '@/components/plans/PlanPicker';
import { useOcclusionWatch } from '@/components/ui/occlusion';
import { isSharing } from '@/utils/calls/calls';
import { plannedMinutes } from '@/utils/closing/clock';
import { t } from '@/utils/i18n';

const MATCH_LIMIT = 5;

/**
 * The panel page (side panel, in-call frame, rehearsal room): a shell that composes the cue card, the closing
 * checklist and, after the call, the journal draft. Its data comes from usePanelData, its actions from
 * useCallActions, its keys from usePanelShortcuts.
 *
 * In a call it is about the next story: one compact header, the search, the pinned stories (the one open shown
 * whole), the question box; everything else is folded below until asked for (the checklist comes forward by
 * itself when it is due).
 */
export function Panel() {
  const data = usePanelData();
  const { embedded, view, stories, call, live, plan, clock, forward, told } = data;
  const actions = useCallActions(data);
  const rootRef = useRef<HTMLDivElement>(null);
  // Refuses recording actions while the call page covers the panel (clickjacking, components/ui/occlusion.ts).
  useOcclusionWatch();
  const searchRef = useRef<HTMLInputElement>(null);
  const captureRef = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  const [showStoriesAfterCall, setShowStoriesAfterCall] = useState(false);

  const found = useStoryMatcher(stories, query, MATCH_LIMIT);
  const foundItems = foundCueItems(found);
  const pinnedItems: CueStoryItem[] = data.pinned.map((story) => ({ key: `pinned-${story.id}`, story }));
  const allItems: CueStoryItem[] = stories.map((story) => ({ key: `all-${story.id}`, story }));
  // The library is folded under the pinned stories, open by itself when nothing is pinned (then it is the cue card);
  // j/k walk it only while it is open. Decided once the data is in: "nothing pinned" while loading would open it
  // and then shut it under the user's pointer when the plan's pins arrive (seen in the e2e, a click on a story lost).
  const [allOpenChoice, setAllOpen] = useState<boolean | null>(null);
  const allOpen = allOpenChoice ?? (data.storiesReady && pinnedItems.length === 0);
  const keys = usePanelShortcuts({
    navigable: [...foundItems, ...pinnedItems, ...(allOpen ? allItems : [])],
    embedded,
    searchRef,
    captureRef,
    markTold: actions.markTold,
  });

  // The reminder counts as shown only when the checklist is on the user's screen; until then the background's
  // alarm badges the toolbar and the slim tab instead.
  useReminderSeen(live && forward ? call : null, useOnScreen(rootRef), clock?.reminderAt);

  const storyList = {
    expandedKey: keys.expandedKey,
    onToggle: keys.toggle,
    told,
    onTold: live ? actions.markTold : undefined,
  };
  const checklist = (
    <PlanChecklist
      plan={plan}
      items={data.checklist}
      ticks={data.ticks}
      forward={forward}
      settings={data.settings}
      stories={stories}
      onTick={live ? actions.tick : undefined}
    />
  );
  const picker = (mode: 'call' | 'review') =>
    mode === 'call' ? (
      <PlanPicker
        mode="call"
        current={plan}
        planned={data.planned}
        onChoose={actions.bindPlan}
        onQuickCreate={actions.quickCreate}
      />
    ) : (
      <PlanPicker mode="review" current={plan} planned={data.planned} onChoose={async (id) => data.setReviewId(id)} />
    );

  // The browser's side panel (or Firefox's sidebar) is in the window a whole-screen or window share shows: while the
  // call tab shares, it shows nothing of the candidate's. Not closed (sidePanel.close): reopening needs a click, and
  // the panel should come back by itself when sharing ends. The in-call frame folds on its own (the loader).
  if (!embedded && isSharing(call)) {
    return (
      <div class="panel stack" ref={rootRef}>
        <p role="status" class="muted">
          {t('panelHiddenWhileSharingScreen')}
        </p>
      </div>
    );
  }

  if (data.draft && !showStoriesAfterCall) {
    return (
      <div class="panel stack" ref={rootRef}>
        <JournalDraft
          entry={data.draft}
          titleOf={(id) => stories.find((story) => story.id === id)?.title}
          onBack={() => setShowStoriesAfterCall(true)}
        />
      </div>
    );
  }

  return (
    <div class="panel stack" ref={rootRef}>
      <PanelHeader data={data} actions={actions} keys={keys} />
      {!live && <DeletedEntryUndo />}

      {live && !plan && picker('call')}
      {forward && checklist}

      <StorySection
        id="finder"
        class="finder"
        heading={t('panelFindHeading')}
        hiddenHeading
        items={foundItems}
        {...storyList}
      >
        <label for="finder-input">{t('panelFindLabel')}</label>
        <input
          id="finder-input"
          ref={searchRef}
          type="search"
          autocomplete="off"
          value={query}
          onInput={(event) => setQuery(event.currentTarget.value)}
        />
        {query.trim() !== '' && data.storiesReady && found.length === 0 && <p class="muted">{t('panelFindNoMatch')}</p>}
      </StorySection>

      <StorySection
        id="pinned"
        class="pinned"
        heading={t('panelPinnedHeading')}
        items={pinnedItems}
        empty={<p class="muted">{t('panelNoPinned')}</p>}
        {...storyList}
      />

      {live && call && (
        <QuestionCapture
          inputRef={captureRef}
          questions={data.questions}
          onCapture={actions.capture}
          onFind={(text) => {
            setQuery(text);
            searchRef.current?.focus();
          }}
        />
      )}

      {plan && !live && <MeetingLinkActions meetingUrl={plan.meetingUrl} />}
      {plan && <PlanExtras plan={plan} />}
      {plan && <CompanyMemory plan={plan} stories={stories} />}
      {live && call && (
        <CallLength
          plannedMinutes={plannedMinutes({ call, interview: plan ?? undefined, settings: data.settings })}
          onPreset={actions.setLength}
        />
      )}
      {!forward && (
        <details class="panel-fold checklist-fold">
          <summary>{t('panelChecklistHeading')}</summary>
          {checklist}
        </details>
      )}
      {view && plan && live && picker('call')}
      {!view && data.planned.length > 0 && picker('review')}

      {/* A toggle that differs from what was drawn is the user's: from then on it is their choice. */}
      <details
        class="panel-fold all-stories-fold"
        open={allOpen}
        onToggle={(event) => {
          if (event.currentTarget.open !== allOpen) setAllOpen(event.currentTarget.open);
        }}
      >
        <summary>{t('panelAllStories')}</summary>
        <StorySection
          id="all"
          class="all-stories"
          heading={t('panelAllStories')}
          hiddenHeading
          items={allItems}
          empty={data.storiesReady && stories.length === 0 ? <p class="muted">{t('storiesEmpty')}</p> : undefined}
          {...storyList}
        />
      </details>
    </div>
  );
}
