import { t } from '@/utils/i18n';
import type { Id, Story } from '@/utils/model';

/** `<option>`s for the stories, plus one for a story no longer in the library, so a stored choice is kept. */
export function StoryOptions({ stories, selected }: { stories: readonly Story[]; selected?: Id }) {
  const missing = selected !== undefined && !stories.some((story) => story.id === selected);
  return (
    <>
      {missing && <option value={selected}>{t('journalStoryMissing')}</option>}
      {stories.map((story) => (
        <option key={story.id} value={story.id}>
          {story.title || t('journalUntitledStory')}
        </option>
      ))}
    </>
  );
}
