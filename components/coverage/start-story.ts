import { request } from '@/utils/api/client';
import type { StoryInput } from '@/utils/api/protocol';
import type { Id } from '@/utils/model';

let focusTitleOf: Id | null = null;

/** Creates a story (prefilled, e.g. with the competency of a coverage gap) and opens it with the caret in its title. */
export async function startStory(prefill: StoryInput = {}): Promise<void> {
  const story = await request('stories.save', { title: '', ...prefill });
  focusTitleOf = story.id;
  window.location.hash = `#/stories/${encodeURIComponent(story.id)}`;
}

/** True once for the story just started, so only a new story takes the focus when its editor opens. */
export function takeTitleFocus(id: Id): boolean {
  if (focusTitleOf !== id) return false;
  focusTitleOf = null;
  return true;
}
