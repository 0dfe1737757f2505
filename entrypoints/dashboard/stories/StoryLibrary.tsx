import { useState } from 'preact/hooks';
import { useLive, valueOr } from '@/components/hooks/use-live';
import { request } from '@/utils/api/client';
import { t } from '@/utils/i18n';
import type { Story } from '@/utils/model';
import { StoryEditor } from './StoryEditor';

export function StoryLibrary({ selectedId }: { selectedId?: string }) {
  const stories = useLive('stories.list', {});
  const list = valueOr(stories, []);
  const [undo, setUndo] = useState<Story | null>(null);

  const createStory = async () => {
    const story = await request('stories.save', { title: t('storyUntitled') });
    window.location.hash = `#/stories/${story.id}`;
  };

  const deleteStory = async (id: string) => {
    const deleted = await request('stories.delete', id);
    setUndo(deleted);
    window.location.hash = '#/stories';
  };

  const selected = list.find((s) => s.id === selectedId);

  return (
    <div class="library">
      <section aria-labelledby="library-heading" class="stack">
        <div class="row" style={{ justifyContent: 'space-between' }}>
          <h1 id="library-heading">{t('storiesHeading')}</h1>
          <button type="button" class="primary" onClick={createStory}>
            {t('storyNew')}
          </button>
        </div>
        <div role="status" class="status">
          {undo && (
            <span class="row">
              {t('storyDeleted', undo.title || t('storyUntitled'))}
              <button
                type="button"
                onClick={async () => {
                  await request('stories.restore', undo);
                  window.location.hash = `#/stories/${undo.id}`;
                  setUndo(null);
                }}
              >
                {t('undo')}
              </button>
            </span>
          )}
        </div>
        {stories.status === 'ready' && list.length === 0 && <p class="muted">{t('storiesEmpty')}</p>}
        <ul class="list story-list" aria-label={t('storiesListLabel')}>
          {list.map((story) => (
            <li key={story.id}>
              <a href={`#/stories/${story.id}`} aria-current={story.id === selectedId ? 'true' : undefined}>
                <strong>{story.title || t('storyUntitled')}</strong>
                {story.hook && <div class="muted">{story.hook}</div>}
              </a>
            </li>
          ))}
        </ul>
      </section>
      <section aria-label={t('storyEditorLabel')}>
        {selected ? (
          <StoryEditor key={selected.id} story={selected} onDelete={() => deleteStory(selected.id)} />
        ) : (
          <p class="muted">{t('storySelectPrompt')}</p>
        )}
      </section>
    </div>
  );
}
