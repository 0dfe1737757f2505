import { useState } from 'preact/hooks';
import { BACKUP_LIMITS } from '@/utils/backup/format';
import { t } from '@/utils/i18n';
import type { Id, Story } from '@/utils/model';
import { StoryOptions } from './StoryOptions';

interface Props {
  idPrefix: string;
  storyIds: Id[];
  stories: readonly Story[];
  onChange(storyIds: Id[]): void;
}

export function StoriesUsedField({ idPrefix, storyIds, stories, onChange }: Props) {
  const [adding, setAdding] = useState('');
  const titleOf = (id: Id) => {
    const story = stories.find((s) => s.id === id);
    return story ? story.title || t('journalUntitledStory') : t('journalStoryMissing');
  };
  const available = stories.filter((story) => !storyIds.includes(story.id));
  const id = `${idPrefix}-add-story`;
  return (
    <fieldset class="journal-group stack">
      <legend>{t('journalFieldStoriesUsed')}</legend>
      {storyIds.length === 0 ? (
        <p class="muted">{t('journalStoriesEmpty')}</p>
      ) : (
        <ul class="list chips">
          {storyIds.map((storyId) => (
            <li key={storyId} class="chip">
              <span>{titleOf(storyId)}</span>
              <button
                type="button"
                class="chip-remove"
                aria-label={t('journalRemoveStory', titleOf(storyId))}
                onClick={() => onChange(storyIds.filter((other) => other !== storyId))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <div class="row">
        <div class="field grow">
          <label for={id}>{t('journalAddStoryLabel')}</label>
          <select id={id} value={adding} onChange={(event) => setAdding(event.currentTarget.value)}>
            <option value="">{t('journalPickStory')}</option>
            <StoryOptions stories={available} />
          </select>
        </div>
        <button
          type="button"
          disabled={!adding || storyIds.length >= BACKUP_LIMITS.listItems}
          onClick={() => {
            onChange([...storyIds, adding]);
            setAdding('');
          }}
        >
          {t('journalAddStory')}
        </button>
      </div>
    </fieldset>
  );
}
