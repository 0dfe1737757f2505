import MiniSearch, { type SearchResult } from 'minisearch';
import { type BankQuestion, QUESTION_BANK } from '@/utils/matcher/question-bank';
import { stem } from '@/utils/matcher/stem';
import { type Competency, type Id, STANDARD_COMPETENCIES, type StandardCompetency, type Story } from '@/utils/model';

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

export interface InferredCompetency {
  competency: StandardCompetency;
  /** 0-1: 1 when a word of the question names it and the closest bank question agrees. */
  weight: number;
}

export const DEFAULT_MATCH_LIMIT = 5;

/** Text scores at most 1, so a confident competency match outranks any amount of shared wording. */
const COMPETENCY_WEIGHT = 3;
const TEXT_WEIGHT = 1;
/** Extra credit for covering a second asked-about competency, capped so tagging everything does not pay. */
const EXTRA_COMPETENCY_BONUS = 0.25;

/**
 * A question's competencies come from two kinds of evidence that add up: a lexicon word naming the competency, and
 * the closest bank questions. Either alone is a fair guess; both together are as sure as it gets (weight 1).
 */
const LEXICON_WEIGHT = 0.6;
const BANK_WEIGHT = 0.5;
const BANK_HITS_CONSIDERED = 3;
/** A bank question's later competencies are secondary to its first. */
const BANK_POSITION_FACTORS = [1, 0.6, 0.4] as const;

// ---------------------------------------------------------------------------------------------------------------
// Text processing, shared by both indexes and the query so that stems meet stems.

export { stem };

/**
 * Common English words plus the scaffolding of interview questions ("tell me about a time…"), which would otherwise
 * match every story equally.
 */
const STOP_WORDS = new Set(
  (
    'a about above after again against all also am an and any are as at be been before being below between both but ' +
    'by can could did do does doing done down during each either ever every few for from further had has have having ' +
    'he her here hers him his how i if in into is it its itself just let me more most much my myself no nor not now of ' +
    'off on once one only or other our ours out over own same she should so some such than that the their theirs them ' +
    'then there these they this those through to too under until up us very was we were what when where which while ' +
    'who whom whose why will with would you your yours yourself ' +
    'tell describe describing give share walk talk example examples instance time times situation scenario moment ' +
    'recall remember occasion please someone something anything thing got get handle handled handling deal dealt'
  ).split(' '),
);

export function tokenize(text: string): string[] {
  return text.split(/[\s\p{P}\p{S}]+/u).filter((token) => token.length > 0);
}

function computeTerm(token: string): string | null {
  const word = token.toLowerCase();
  if (word.length < 2 || STOP_WORDS.has(word)) return null;
  return /^\p{N}+$/u.test(word) ? word : stem(word);
}

/**
 * A story library repeats a few thousand distinct words tens of thousands of times, so remembering each word's term
 * takes about a third off building the index. Bounded so a pathological input cannot grow it without end.
 */
const termCache = new Map<string, string | null>();
const TERM_CACHE_LIMIT = 50_000;

/** The index term for a token, or null for words that carry no meaning for matching. */
export function processTerm(token: string): string | null {
  const cached = termCache.get(token);
  if (cached !== undefined) return cached;
  const term = computeTerm(token);
  if (termCache.size >= TERM_CACHE_LIMIT) termCache.clear();
  termCache.set(token, term);
  return term;
}

const SEARCH_OPTIONS = {
  combineWith: 'OR',
  // Lets "fail" meet "failure" and "mentor" meet "mentorship" where the stemmer leaves them apart.
  prefix: (term: string) => term.length >= 4,
  fuzzy: (term: string) => (term.length >= 7 ? 1 : false),
} as const;

// ---------------------------------------------------------------------------------------------------------------
// Question → competencies.

interface LexiconEntry {
  pattern: RegExp;
  competencies: readonly StandardCompetency[];
  /** The share of LEXICON_WEIGHT a match earns. */
  weight: number;
}

/** Words that name what a question probes outright; checked on the raw question, before stop words are dropped. */
const LEXICON: readonly LexiconEntry[] = [
  {
    pattern:
      /\b(?:disagree\w*|conflict\w*|push(?:ed|ing)?[\s-]?back|argu\w*|tension\w*|clash\w*|friction|dispute\w*|confront\w*|compromis\w*|difficult\s+(?:colleague|coworker|co-worker|person|people|teammate|stakeholder|manager))\b/,
    competencies: ['conflict-resolution'],
    weight: 1,
  },
  {
    pattern:
      /\b(?:fail\w*|mistake\w*|went\s+wrong|caused\s+(?:an?\s+|the\s+)?(?:\w+\s+)?(?:outage|incident|bug|problem)s?|setback\w*|regret\w*|screw(?:ed)?\s+up|post-?mortem\w*|missed\s+(?:a\s+|the\s+)?deadline|learn(?:ed|t)\s+from)\b/,
    competencies: ['failure-recovery'],
    weight: 1,
  },
  {
    // "Senior leaders" and "the leadership team" are an audience, not the competency.
    pattern:
      /\b(?:led|lead|leading|(?<!(?:senior|executive|company)\s)leader\w*|took\s+charge|took\s+the\s+lead|rall(?:y|ied)|motivat\w*|vision)\b/,
    competencies: ['leadership'],
    weight: 1,
  },
  // "team" alone is everywhere in questions, so it only leans towards leadership and collaboration.
  { pattern: /\bteams?\b/, competencies: ['leadership', 'collaboration'], weight: 0.4 },
  {
    pattern:
      /\b(?:mentor\w*|coach\w*|junior\w*|mentee\w*|onboard\w*|teach\w*|taught|grow\s+(?:their|his|her)|career\s+growth)\b/,
    competencies: ['mentoring'],
    weight: 1,
  },
  {
    pattern: /\b(?:collaborat\w*|cross[\s-]functional|teamwork|partner\w*|(?:another|other)\s+teams?)\b/,
    competencies: ['collaboration'],
    weight: 1,
  },
  {
    pattern:
      /\b(?:communicat\w*|explain\w*|present\w*|non-?technical|audience|written|writing|document\w*|bad\s+news|misunderst\w*|miscommunicat\w*)\b/,
    competencies: ['communication'],
    weight: 1,
  },
  {
    pattern:
      /\b(?:(?<!non[\s-]?)technical\w*|debug\w*|bugs?|outages?|incidents?|root\s+cause|architect\w*|system\s+design|scal(?:e|ing|ability)|performance|latency|complex\s+problem)\b/,
    competencies: ['technical-problem-solving'],
    weight: 1,
  },
  {
    pattern: /\b(?:innovat\w*|new\s+idea\w*|creativ\w*|invent\w*|experiment\w*|prototyp\w*|automat\w*|status\s+quo)\b/,
    competencies: ['innovation'],
    weight: 1,
  },
  {
    pattern:
      /\b(?:deadline\w*|deliver\w*|ownership|owned|shipp?\w*|above\s+and\s+beyond|on\s+time|commitment\w*|prioriti[sz]\w*|accountab\w*)\b/,
    competencies: ['ownership-delivery'],
    weight: 1,
  },
  {
    pattern:
      /\b(?:ambigu\w*|unclear|uncertain\w*|incomplete\s+information|changing\s+requirements|vague|unknowns?|without\s+(?:clear|all\s+the)\s+\w+|pivot\w*)\b/,
    competencies: ['ambiguity'],
    weight: 1,
  },
  {
    pattern: /\b(?:customer\w*|client\w*|users?|end[\s-]users?|user\s+feedback)\b/,
    competencies: ['customer-focus'],
    weight: 1,
  },
  {
    pattern:
      /\b(?:influenc\w*|persuad\w*|convinc\w*|buy-?in|without\s+(?:formal\s+)?authority|get\s+\w+\s+on\s+board|sell\s+(?:an?\s+|your\s+)?idea)\b/,
    competencies: ['influence'],
    weight: 1,
  },
];

interface BankDocument {
  id: string;
  text: string;
  keywords: string;
}

let questionBankIndex: MiniSearch<BankDocument> | null = null;

/** Built once and shared: the bank never changes at run time. */
function bankIndex(): MiniSearch<BankDocument> {
  if (questionBankIndex) return questionBankIndex;
  const index = new MiniSearch<BankDocument>({
    fields: ['text', 'keywords'],
    tokenize,
    processTerm,
    searchOptions: { ...SEARCH_OPTIONS, boost: { text: 1, keywords: 1.5 } },
  });
  index.addAll(
    QUESTION_BANK.map((question) => ({
      id: question.id,
      text: question.text,
      keywords: (question.keywords ?? []).join(' '),
    })),
  );
  questionBankIndex = index;
  return index;
}

const BANK_BY_ID = new Map(QUESTION_BANK.map((question) => [question.id, question]));

function queryTerms(question: string): Set<string> {
  const terms = new Set<string>();
  for (const token of tokenize(question)) {
    const term = processTerm(token);
    if (term) terms.add(term);
  }
  return terms;
}

function bankHits(question: string, limit: number): SearchResult[] {
  if (queryTerms(question).size === 0) return [];
  return bankIndex().search(question).slice(0, limit);
}

export interface BankMatch {
  question: BankQuestion;
  score: number;
}

/** The bank questions closest to `question`, best first (for "did they mean…" suggestions and practice). */
export function searchQuestionBank(question: string, limit = BANK_HITS_CONSIDERED): BankMatch[] {
  return bankHits(question, limit).flatMap((hit) => {
    const bankQuestion = BANK_BY_ID.get(hit.id as string);
    return bankQuestion ? [{ question: bankQuestion, score: hit.score }] : [];
  });
}

/** What the question seems to probe, strongest first. */
export function inferQuestionCompetencies(question: string): InferredCompetency[] {
  const lexicon = new Map<StandardCompetency, number>();
  const bank = new Map<StandardCompetency, number>();
  const raise = (weights: Map<StandardCompetency, number>, competency: StandardCompetency, weight: number) => {
    weights.set(competency, Math.max(weights.get(competency) ?? 0, weight));
  };

  const lowered = question.toLowerCase();
  for (const entry of LEXICON) {
    if (!entry.pattern.test(lowered)) continue;
    for (const competency of entry.competencies) raise(lexicon, competency, LEXICON_WEIGHT * entry.weight);
  }

  const termCount = queryTerms(question).size;
  const hits = bankHits(question, BANK_HITS_CONSIDERED);
  const topScore = hits[0]?.score ?? 0;
  for (const hit of hits) {
    const bankQuestion = BANK_BY_ID.get(hit.id as string);
    if (!bankQuestion || topScore <= 0) continue;
    // A hit sharing one word of five says less than one sharing all of them, however rare that word is.
    const coverage = Math.min(1, hit.queryTerms.length / Math.max(1, termCount));
    const confidence = BANK_WEIGHT * (hit.score / topScore) * coverage;
    bankQuestion.competencies.forEach((competency, position) => {
      raise(bank, competency, confidence * (BANK_POSITION_FACTORS[position] ?? 0));
    });
  }

  const competencies = new Set([...lexicon.keys(), ...bank.keys()]);
  return [...competencies]
    .map((competency) => ({
      competency,
      weight: ((lexicon.get(competency) ?? 0) + (bank.get(competency) ?? 0)) / (LEXICON_WEIGHT + BANK_WEIGHT),
    }))
    .filter(({ weight }) => weight > 0)
    .sort((a, b) => b.weight - a.weight);
}

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
