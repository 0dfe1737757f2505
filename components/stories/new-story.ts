import { useEffect, useState } from 'preact/hooks';
import { request } from '@/utils/api/client';
import type { StoryInput } from '@/utils/api/protocol';
import type { Id, Story } from '@/utils/model';
import { blankStory } from '@/utils/stories/library';

/**
 * A new story is stored only once the user writes something in it. Until then it is an id the editor works on and
 * the prefill it opened with (a coverage gap's competency): "New story" clicked twice, or opened and left, stores
 * nothing, so no "Untitled story" shows in the library, in Coverage or in the hints.
 */
const unsaved = new Map<Id, StoryInput>();

/** A fresh id for a story not yet stored, remembered with its prefill until its first save. */
export function openNewStory(prefill: StoryInput = {}): Id {
  const id = crypto.randomUUID();
  unsaved.set(id, prefill);
  return id;
}

/**
 * Saves an edit of the story `id`; the first save of a new story carries its prefill, which creates it. Only the
 * fields edited go with later saves, so two forms editing different fields still don't clash.
 */
export async function saveStoryEdit(id: Id, patch: StoryInput): Promise<Story> {
  const story = await request('stories.save', { ...unsaved.get(id), ...patch, id });
  unsaved.delete(id);
  return story;
}

/** Forgets a new story that was never written in (its Delete button), so nothing is stored for it. */
export function discardNewStory(id: Id): boolean {
  return unsaved.delete(id);
}

export interface EditedStory {
  story: Story;
  /** Not stored yet: nothing has been written in it. */
  unsaved: boolean;
}

/**
 * The story the editor opens at `id`: the stored one; else a new story not written in yet; else one whose form
 * backup outlived a crash before its first save (the editor applies the backup, and that save creates the story).
 */
export function useEditedStory(id: Id | undefined, stored: Story | undefined, loaded: boolean): EditedStory | null {
  const [recovered, setRecovered] = useState<Id | null>(null);
  const [now] = useState(Date.now);
  const pending = id !== undefined && !stored ? unsaved.get(id) : undefined;

  useEffect(() => {
    if (id === undefined || stored || pending || !loaded) return;
    let current = true;
    request('formBackup.get', storyDraftKey(id))
      .then((backup) => {
        if (current && typeof backup === 'object' && backup !== null) setRecovered(id);
      })
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [id, stored === undefined, pending === undefined, loaded]);

  if (id === undefined) return null;
  if (stored) return { story: stored, unsaved: false };
  if (pending) return { story: newStory(id, pending, now), unsaved: true };
  return recovered === id ? { story: blankStory(id, now), unsaved: true } : null;
}

function newStory(id: Id, prefill: StoryInput, now: number): Story {
  const { happenedAt, ...fields } = prefill;
  const story: Story = { ...blankStory(id, now), ...fields, id } as Story;
  if (typeof happenedAt === 'number') story.happenedAt = happenedAt;
  return story;
}

export const storyDraftKey = (id: string) => `story:${id}`;
