import { useMemo, useState } from 'preact/hooks';
import { startStory } from '@/components/coverage/start-story';
import { PracticeSummary } from '@/components/practice/PracticeSummary';
import { ActionButton } from '@/components/ui/ActionButton';
import { useFileDrop } from '@/components/ui/ImportSource';
import { useLive, valueOr } from '@/components/ui/use-live';
import { request } from '@/utils/api/client';
import { t } from '@/utils/i18n';
import type { Story } from '@/utils/model';
import { isScorecardReady, storyHints } from '@/utils/stories/hints';
import { type ArchiveFilter, filterStories, type PracticeStats, practiceStats } from '@/utils/stories/library';
import { useEditedStory } from './new-story';
import { StoryEditor } from './StoryEditor';
import { useStoryImport } from './StoryImport';

export function StoryLibrary({ selectedId }: { selectedId?: string }) {
  // Archived stories are loaded too: the filter is the list's, and an archived story stays open in the editor.
  const stories = useLive('stories.list', { includeArchived: true });
  const all = valueOr(stories, []);
  const stats = practiceStats(valueOr(useLive('practice.list', {}), []));
  const [text, setText] = useState('');
  const [archive, setArchive] = useState<ArchiveFilter>('active');
  const [undo, setUndo] = useState<Story | null>(null);
  const shown = useMemo(() => filterStories(all, { text, archive }), [all, text, archive]);
  const selected = useEditedStory(
    selectedId,
    all.find((story) => story.id === selectedId),
    stories.status === 'ready',
  );
  const storyImport = useStoryImport(all);
  const [dropProps, dragging] = useFileDrop(storyImport.importFile);

  return (
    <div class="library">
      <section aria-labelledby="library-heading" class={dragging ? 'stack drop-over' : 'stack'} {...dropProps}>
        <div class="row spread">
          <h1 id="library-heading">{t('storiesHeading')}</h1>
          <button type="button" class="primary" onClick={() => startStory()}>
            {t('storyNew')}
          </button>
        </div>
        {storyImport.view}
        <div role="status" class="status">
          {undo && (
            <span class="row">
              {t('storyDeleted', undo.title || t('storyUntitled'))}
              <button
                type="button"
                onClick={async () => {
                  await request('stories.restore', undo);
                  window.location.hash = `#/stories/${encodeURIComponent(undo.id)}`;
                  setUndo(null);
                }}
              >
                {t('undo')}
              </button>
            </span>
          )}
        </div>
        <div class="library-filters">
          <div class="field">
            <label for="story-search">{t('storiesSearch')}</label>
            <input id="story-search" type="search" value={text} onInput={(e) => setText(e.currentTarget.value)} />
          </div>
          <div class="field">
            <label for="story-archive-filter">{t('storiesShow')}</label>
            <select
              id="story-archive-filter"
              value={archive}
              onChange={(e) => setArchive(e.currentTarget.value as ArchiveFilter)}
            >
              <option value="active">{t('storiesShowActive')}</option>
              <option value="archived">{t('storiesShowArchived')}</option>
              <option value="all">{t('storiesShowAll')}</option>
            </select>
          </div>
        </div>
        {stories.status === 'ready' && all.length === 0 && <EmptyLibrary />}
        {all.length > 0 && shown.length === 0 && <p class="muted">{t('storiesNoMatch')}</p>}
        <ul class="list story-list" aria-label={t('storiesListLabel')}>
          {shown.map((story) => (
            <StoryListItem key={story.id} story={story} stats={stats.get(story.id)} current={story.id === selectedId} />
          ))}
        </ul>
      </section>
      <section aria-label={t('storyEditorLabel')}>
        {selected ? (
          <StoryEditor
            key={selected.story.id}
            story={selected.story}
            unsaved={selected.unsaved}
            practice={stats.get(selected.story.id)}
            onDeleted={(deleted) => {
              setUndo(deleted);
              window.location.hash = '#/stories';
            }}
          />
        ) : (
          stories.status === 'ready' && <p class="muted">{t('storySelectPrompt')}</p>
        )}
      </section>
    </div>
  );
}

function StoryListItem({ story, stats, current }: { story: Story; stats?: PracticeStats; current: boolean }) {
  const ready = isScorecardReady(story);
  const hints = storyHints(story);
  return (
    <li>
      <a href={`#/stories/${encodeURIComponent(story.id)}`} aria-current={current ? 'true' : undefined}>
        <strong>{story.title || t('storyUntitled')}</strong>
        {story.hook && <div class="muted">{story.hook}</div>}
        <div class="row badges">
          {story.sample === 1 && <span class="badge sample">{t('badgeSample')}</span>}
          {story.archived === 1 && <span class="badge">{t('badgeArchived')}</span>}
          <span class={ready ? 'badge ready' : 'badge'}>
            {ready ? t('badgeReady') : t('badgeHints', [hints.filter((h) => h.ok).length, hints.length])}
          </span>
          <PracticeSummary stats={stats} />
        </div>
      </a>
    </li>
  );
}

function EmptyLibrary() {
  return (
    <div class="card stack">
      <p>{t('storiesEmpty')}</p>
      <ActionButton action={() => request('samples.seed', undefined)}>{t('samplesAdd')}</ActionButton>
    </div>
  );
}
