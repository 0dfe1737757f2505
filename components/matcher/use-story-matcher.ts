import { useMemo, useRef } from 'preact/hooks';
import { createStoryMatcher, type MatchResult, type StoryMatcher } from '@/utils/matcher/matcher';
import type { Story } from '@/utils/model';

/**
 * The one host of the question → story matcher for a view (the cue card's search, Match, Practice): the index is
 * kept across renders and updated with the stories, and built only when a question first needs it — building it
 * is the costliest part of the render that first shows the stories, which a call is waiting for.
 */
export function useStoryMatcher(stories: readonly Story[], question: string, limit: number): MatchResult[] {
  const matcher = useRef<StoryMatcher | null>(null);
  return useMemo(() => {
    if (!question.trim()) return [];
    matcher.current ??= createStoryMatcher([]);
    matcher.current.update(stories);
    return matcher.current.match(question, limit);
  }, [stories, question, limit]);
}
