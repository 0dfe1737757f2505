import type { Call, Id, JournalEntry, Plan, Timestamp } from '@/utils/model';
import { cleanList } from '@/utils/plans/plans';
import { companyKey } from '@/utils/plans/retell';

/**
 * What a company has already heard from the candidate and asked them, across the rounds of its loop: interviewers
 * compare notes in the debrief, so round 2 should know round 1's questions, stories and pitch.
 */
export interface CompanyMemory {
  /** Newest first, each question once (a drafted entry repeats its call's captured questions). */
  questions: Array<{ text: string; round: string; at: Timestamp }>;
  /** Newest first, one row per story and round. */
  stories: Array<{ storyId: Id; round: string; at: Timestamp; interviewers: string[] }>;
  /** The pitch of each earlier round that had one, newest first, each text once. */
  pitches: Array<{ round: string; pitch: string; at: Timestamp }>;
}

export const EMPTY_MEMORY: CompanyMemory = { questions: [], stories: [], pitches: [] };

export function isEmptyMemory(memory: CompanyMemory): boolean {
  return memory.questions.length + memory.stories.length + memory.pitches.length === 0;
}

const questionKey = (text: string) => text.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * Folds the company's other plans, their calls and its journal entries (already fetched by the caller) into what
 * the cue card shows. Rows of the plan being prepared (`interviewId`) are left out: it is not "before".
 */
export function companyMemory({
  company,
  interviewId,
  plans,
  calls,
  entries,
}: {
  company: string;
  interviewId?: Id;
  plans: readonly Plan[];
  calls: readonly Call[];
  entries: readonly JournalEntry[];
}): CompanyMemory {
  const key = companyKey(company);
  if (key === '') return EMPTY_MEMORY;
  const others = new Map(
    plans.filter((plan) => plan.id !== interviewId && companyKey(plan.company) === key).map((plan) => [plan.id, plan]),
  );

  const questions = new Map<string, CompanyMemory['questions'][number]>();
  const addQuestion = (text: string, round: string, at: Timestamp) => {
    const k = questionKey(text);
    if (k === '') return;
    const existing = questions.get(k);
    if (!existing || existing.at < at) questions.set(k, { text: text.trim(), round, at });
  };
  const stories = new Map<string, CompanyMemory['stories'][number]>();
  const addStory = (storyId: Id, round: string, at: Timestamp, interviewers: string[]) => {
    const k = `${storyId}\u0000${round}`;
    const existing = stories.get(k);
    if (!existing || existing.at < at) stories.set(k, { storyId, round, at, interviewers });
  };

  for (const call of calls) {
    const plan = call.interviewId === undefined ? undefined : others.get(call.interviewId);
    if (!plan) continue;
    for (const event of call.events) {
      if (event.type === 'question-captured') addQuestion(event.text, plan.round, event.at);
      // The interviewer the candidate said was asking, else everyone on the plan (they compare notes anyway).
      if (event.type === 'story-told') {
        addStory(
          event.storyId,
          plan.round,
          event.at,
          event.interviewer ? [event.interviewer] : cleanList(plan.interviewers),
        );
      }
    }
  }
  for (const entry of entries) {
    if (entry.interviewId !== undefined && entry.interviewId === interviewId) continue;
    if (companyKey(entry.company) !== key) continue;
    const plan = entry.interviewId === undefined ? undefined : others.get(entry.interviewId);
    const round = entry.round || plan?.round || '';
    for (const question of entry.questions) addQuestion(question.text, round, entry.date);
    for (const storyId of entry.storiesUsed) {
      const heard = (entry.toldTo ?? []).filter((row) => row.storyId === storyId).map((row) => row.interviewer);
      addStory(storyId, round, entry.date, heard.length > 0 ? heard : cleanList(plan?.interviewers ?? []));
    }
  }

  const pitches = new Map<string, CompanyMemory['pitches'][number]>();
  for (const plan of others.values()) {
    const pitch = plan.pitch.trim();
    if (pitch === '' || plan.status === 'cancelled') continue;
    const at = plan.scheduledAt ?? plan.updatedAt;
    const existing = pitches.get(pitch);
    if (!existing || existing.at < at) pitches.set(pitch, { round: plan.round, pitch, at });
  }

  const newestFirst = <T extends { at: Timestamp }>(rows: Iterable<T>) => [...rows].sort((a, b) => b.at - a.at);
  return {
    questions: newestFirst(questions.values()),
    stories: newestFirst(stories.values()),
    pitches: newestFirst(pitches.values()),
  };
}
