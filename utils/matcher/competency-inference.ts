import MiniSearch, { type SearchResult } from 'minisearch';
import { type BankQuestion, QUESTION_BANK } from '@/utils/matcher/question-bank';
import type { StandardCompetency } from '@/utils/model';
import { processTerm, SEARCH_OPTIONS, tokenize } from './stemmer';

// Question → competencies: what a question probes, read from a keyword lexicon and the closest bank questions.

export interface InferredCompetency {
  competency: StandardCompetency;
  /** 0-1: 1 when a word of the question names it and the closest bank question agrees. */
  weight: number;
}

/**
 * A question's competencies come from two kinds of evidence that add up: a lexicon word naming the competency, and
 * the closest bank questions. Either alone is a fair guess; both together are as sure as it gets (weight 1).
 */
const LEXICON_WEIGHT = 0.6;
const BANK_WEIGHT = 0.5;
const BANK_HITS_CONSIDERED = 3;
/** A bank question's later competencies are secondary to its first. */
const BANK_POSITION_FACTORS = [1, 0.6, 0.4] as const;

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
