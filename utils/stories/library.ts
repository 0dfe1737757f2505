import {
  type Competency,
  type Id,
  type PracticeSession,
  STANDARD_COMPETENCIES,
  type Story,
  type Timestamp,
} from '@/utils/model';
import { competencyKey, competencyLabel, isStandardCompetency, uniqueCompetencies } from '@/utils/stories/competencies';

/** A story with nothing written yet: what a new story starts from, whether stored yet or only open in the editor. */
export function blankStory(id: Id, now: Timestamp): Story {
  return {
    id,
    title: '',
    hook: '',
    situation: '',
    task: '',
    action: '',
    result: '',
    resultMetrics: '',
    competencies: [],
    strength: 3,
    domain: '',
    archived: 0,
    sample: 0,
    createdAt: now,
    updatedAt: now,
  };
}

/** How the story list narrows what it shows: by the archive flag, then by words typed in the search box. */
export type ArchiveFilter = 'active' | 'archived' | 'all';

function searchableText(story: Story): string {
  return [
    story.title,
    story.hook,
    story.situation,
    story.task,
    story.action,
    story.result,
    story.resultMetrics,
    story.domain,
    ...story.competencies.map(competencyLabel),
  ]
    .join('\n')
    .toLowerCase();
}

/** Every word typed must appear somewhere in the story (any order, any field), as people expect of a search box. */
export function filterStories(
  stories: readonly Story[],
  { text = '', archive = 'active' }: { text?: string; archive?: ArchiveFilter },
): Story[] {
  const words = text.toLowerCase().split(/\s+/).filter(Boolean);
  return stories.filter((story) => {
    if (archive === 'active' && story.archived !== 0) return false;
    if (archive === 'archived' && story.archived === 0) return false;
    if (words.length === 0) return true;
    const haystack = searchableText(story);
    return words.every((word) => haystack.includes(word));
  });
}

/**
 * The coverage matrix's rows: every standard competency (a gap is only visible if its row exists), then the user's
 * own labels that an active story uses, alphabetically.
 */
export function coverageCompetencies(stories: readonly Story[]): Competency[] {
  const own = uniqueCompetencies(
    stories.filter((story) => story.archived === 0).flatMap((story) => story.competencies),
  ).filter((competency) => !isStandardCompetency(competency));
  own.sort((a, b) => competencyKey(a).localeCompare(competencyKey(b)));
  return [...STANDARD_COMPETENCIES, ...own];
}

export interface PracticeStats {
  count: number;
  lastAt: Timestamp;
  /** The self-rating of the latest session. */
  lastRating: PracticeSession['rating'];
}

/** Per story: how often it was practised and when last. */
export function practiceStats(sessions: readonly PracticeSession[]): Map<Id, PracticeStats> {
  const stats = new Map<Id, PracticeStats>();
  for (const session of sessions) {
    const current = stats.get(session.storyId);
    if (!current) {
      stats.set(session.storyId, { count: 1, lastAt: session.at, lastRating: session.rating });
      continue;
    }
    current.count += 1;
    if (session.at > current.lastAt) {
      current.lastAt = session.at;
      current.lastRating = session.rating;
    }
  }
  return stats;
}
