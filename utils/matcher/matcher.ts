import MiniSearch, { type SearchResult } from 'minisearch';
import { type Competency, type Id, STANDARD_COMPETENCIES, type Story } from '@/utils/model';
import { inferQuestionCompetencies } from './competency-inference';
import { processTerm, SEARCH_OPTIONS, tokenize } from './stemmer';

/**
 * Question → story matching, entirely offline. A question is first read for the competencies it probes (a keyword
 * lexicon plus the closest questions in the built-in bank), then stories are ranked by those competencies first, by
 * shared words next, and by their strength when otherwise tied. Shared by the dashboard and the in-call cue card,
 * so building and matching stay cheap: one MiniSearch index, updated incrementally.
 */

export interface MatchResult {
  story: Story;
  score: number;
  reasons: {
    /** The story's competencies the question seems to ask about, most likely first. */
    competencies: Competency[];
    /** Words of the question, as typed, that the story's text also contains. */
    words: string[];
  };
}

export interface StoryMatcher {
  match(question: string, limit?: number): MatchResult[];
  update(stories: readonly Story[]): void;
}

export const DEFAULT_MATCH_LIMIT = 5;

/** Text scores at most 1, so a confident competency match outranks any amount of shared wording. */
const COMPETENCY_WEIGHT = 3;
const TEXT_WEIGHT = 1;
/** Extra credit for covering a second asked-about competency, capped so tagging everything does not pay. */
const EXTRA_COMPETENCY_BONUS = 0.25;

// ---------------------------------------------------------------------------------------------------------------
// Story index.

interface StoryDocument {
  id: Id;
  title: string;
  hook: string;
  situation: string;
  task: string;
  action: string;
  result: string;
  resultMetrics: string;
  domain: string;
  competencies: string;
}

const STORY_TEXT_FIELDS = [
  'title',
  'hook',
  'situation',
  'task',
  'action',
  'result',
  'resultMetrics',
  'domain',
] as const satisfies ReadonlyArray<keyof StoryDocument & keyof Story>;

function toDocument(story: Story): StoryDocument {
  return {
    id: story.id,
    title: story.title,
    hook: story.hook,
    situation: story.situation,
    task: story.task,
    action: story.action,
    result: story.result,
    resultMetrics: story.resultMetrics,
    domain: story.domain,
    // Standard competencies are matched structurally (inferQuestionCompetencies); indexing their words too would
    // count "technical" twice for every technical story. A user's own labels have no other way in.
    competencies: story.competencies.filter((competency) => !isStandardCompetency(competency)).join(' '),
  };
}

/**
 * Live queries hand over fresh objects on every change, so sameness is decided by the indexed text itself (which
 * also catches a story edited in place). Strength is not indexed: ranking reads it from the latest story.
 */
function indexedTextUnchanged(document: StoryDocument, story: Story): boolean {
  return (
    STORY_TEXT_FIELDS.every((field) => document[field] === story[field]) &&
    document.competencies === toDocument(story).competencies
  );
}

function normalizeCompetency(competency: Competency): string {
  return competency.trim().toLowerCase();
}

const STANDARD_COMPETENCY_SET: ReadonlySet<string> = new Set(STANDARD_COMPETENCIES);

function isStandardCompetency(competency: Competency): boolean {
  return STANDARD_COMPETENCY_SET.has(normalizeCompetency(competency));
}

interface IndexedStory {
  story: Story;
  /** Exactly what was added, so it can be removed exactly. */
  document: StoryDocument;
}

export function createStoryMatcher(initialStories: readonly Story[]): StoryMatcher {
  const index = new MiniSearch<StoryDocument>({
    fields: [...STORY_TEXT_FIELDS, 'competencies'],
    tokenize,
    processTerm,
    // Documents are removed exactly (with what was indexed) rather than discarded, so there is nothing to vacuum.
    autoVacuum: false,
    searchOptions: {
      ...SEARCH_OPTIONS,
      boost: { title: 2, hook: 1.5, competencies: 1.5, result: 1.2, action: 1.1, domain: 0.8 },
    },
  });
  const indexed = new Map<Id, IndexedStory>();

  function update(stories: readonly Story[]): void {
    const seen = new Set<Id>();
    for (const story of stories) {
      if (story.archived !== 0) continue;
      seen.add(story.id);
      const previous = indexed.get(story.id);
      if (previous && indexedTextUnchanged(previous.document, story)) {
        previous.story = story;
        continue;
      }
      if (previous) index.remove(previous.document);
      const document = toDocument(story);
      index.add(document);
      indexed.set(story.id, { story, document });
    }
    for (const [id, entry] of indexed) {
      if (seen.has(id)) continue;
      index.remove(entry.document);
      indexed.delete(id);
    }
  }

  function match(question: string, limit = DEFAULT_MATCH_LIMIT): MatchResult[] {
    if (limit <= 0 || question.trim() === '') return [];

    const asked = new Map<string, number>(
      inferQuestionCompetencies(question).map(({ competency, weight }) => [competency, weight]),
    );

    // Map index terms back to the words the user typed, so reasons read naturally.
    const wordByTerm = new Map<string, string>();
    for (const token of tokenize(question)) {
      const term = processTerm(token);
      if (term && !wordByTerm.has(term)) wordByTerm.set(term, token);
    }

    const textHits = wordByTerm.size > 0 ? index.search(question) : [];
    const topTextScore = textHits[0]?.score ?? 0;
    const textHitById = new Map(textHits.map((hit) => [hit.id as Id, hit]));

    const results: MatchResult[] = [];
    for (const { story } of indexed.values()) {
      const matchedCompetencies = askedCompetenciesOf(story, asked);
      const best = matchedCompetencies[0]?.weight ?? 0;
      const rest = matchedCompetencies.slice(1).reduce((sum, { weight }) => sum + weight, 0);
      const competencyScore = best + EXTRA_COMPETENCY_BONUS * Math.min(1, rest);

      const hit = textHitById.get(story.id);
      // Half how strong the match is relative to the best one, half how much of the question it covers.
      const textScore =
        hit && topTextScore > 0
          ? 0.5 * (hit.score / topTextScore) + 0.5 * Math.min(1, hit.queryTerms.length / wordByTerm.size)
          : 0;

      const score = COMPETENCY_WEIGHT * competencyScore + TEXT_WEIGHT * textScore;
      if (score <= 0) continue;
      results.push({
        story,
        score,
        reasons: {
          competencies: matchedCompetencies.map(({ competency }) => competency),
          words: hit ? matchedWords(hit, wordByTerm) : [],
        },
      });
    }

    return results
      .sort(
        (a, b) =>
          b.score - a.score ||
          b.story.strength - a.story.strength ||
          a.story.title.localeCompare(b.story.title) ||
          a.story.id.localeCompare(b.story.id),
      )
      .slice(0, limit);
  }

  update(initialStories);
  return { match, update };
}

/** The story's competencies the question asks about, strongest first, each once however it was typed. */
function askedCompetenciesOf(
  story: Story,
  asked: ReadonlyMap<string, number>,
): Array<{ competency: Competency; weight: number }> {
  const byKey = new Map<string, { competency: Competency; weight: number }>();
  for (const competency of story.competencies) {
    const key = normalizeCompetency(competency);
    const weight = asked.get(key) ?? 0;
    if (weight > 0 && !byKey.has(key)) byKey.set(key, { competency, weight });
  }
  return [...byKey.values()].sort((a, b) => b.weight - a.weight);
}

function matchedWords(hit: SearchResult, wordByTerm: ReadonlyMap<string, string>): string[] {
  const matched = new Set(hit.queryTerms);
  return [...wordByTerm].filter(([term]) => matched.has(term)).map(([, word]) => word);
}
