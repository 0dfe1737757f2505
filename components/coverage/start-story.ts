import { openNewStory } from '@/components/stories/new-story';
import type { StoryInput } from '@/utils/api/protocol';
import type { Id } from '@/utils/model';

let focusTitleOf: Id | null = null;

/**
 * Opens a new story (prefilled, e.g. with the competency of a coverage gap) with the caret in its title. It is
 * stored once the user writes in it (new-story.ts).
 */
export function startStory(prefill: StoryInput = {}): void {
  const id = openNewStory(prefill);
  focusTitleOf = id;
  window.location.hash = `#/stories/${encodeURIComponent(id)}`;
}

/** True once for the story just started, so only a new story takes the focus when its editor opens. */
export function takeTitleFocus(id: Id): boolean {
  if (focusTitleOf !== id) return false;
  focusTitleOf = null;
  return true;
}
