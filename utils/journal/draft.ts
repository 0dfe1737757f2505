import { proposedFollowUps } from '@/utils/journal/follow-ups';
import type {
  AskedQuestion,
  Call,
  ChecklistResult,
  Competency,
  Id,
  JournalEntry,
  Plan,
  Story,
  Timestamp,
} from '@/utils/model';
import { snapshotFigures } from '@/utils/plans/figures';

export interface DraftFromCallInput {
  call: Call;
  /** The plan the call was bound to, if any. */
  interview?: Plan | null;
  /**
   * The stories the call may refer to, as `suggestedCompetencies` takes them. The draft itself keeps every told
   * story id, even of a story deleted since: the entry records what happened.
   */
  stories: readonly Story[];
  /** The closing checklist as it stood when the call ended (the template lives in settings, not in the call). */
  checklist: readonly ChecklistResult[];
  now: Timestamp;
  id: Id;
}

/** Story ids in the order they were first told; events are appended as they happen, so array order is time. */
function storiesTold(call: Call): Id[] {
  const ids: Id[] = [];
  for (const event of call.events) {
    if (event.type === 'story-told' && !ids.includes(event.storyId)) ids.push(event.storyId);
  }
  return ids;
}

function questionsCaptured(call: Call): AskedQuestion[] {
  const questions: AskedQuestion[] = [];
  for (const event of call.events) {
    if (event.type !== 'question-captured') continue;
    const text = event.text.trim();
    if (text) questions.push(event.interviewer ? { text, interviewer: event.interviewer } : { text });
  }
  return questions;
}

/** Which interviewer heard which story, from the told marks that named one: each pair once, in telling order. */
export function toldToFromCall(call: Pick<Call, 'events'>): NonNullable<JournalEntry['toldTo']> {
  const rows: NonNullable<JournalEntry['toldTo']> = [];
  for (const event of call.events) {
    if (event.type !== 'story-told' || !event.interviewer) continue;
    const { storyId, interviewer } = event;
    if (!rows.some((row) => row.storyId === storyId && row.interviewer === interviewer)) {
      rows.push({ storyId, interviewer });
    }
  }
  return rows;
}

/**
 * Competencies the told stories were written for, in the order the stories were told. The ratings form offers
 * them first; a rating needs a score the user has to choose, so the draft itself carries none.
 */
export function suggestedCompetencies(call: Call, stories: readonly Story[]): Competency[] {
  const byId = new Map(stories.map((story) => [story.id, story]));
  const competencies: Competency[] = [];
  for (const id of storiesTold(call)) {
    for (const competency of byId.get(id)?.competencies ?? []) {
      if (!competencies.includes(competency)) competencies.push(competency);
    }
  }
  return competencies;
}

/** A journal entry drafted from what happened in a call, waiting for the user's review (`draft: 1`). */
export function draftFromCall({ call, interview, stories, checklist, now, id }: DraftFromCallInput): JournalEntry {
  const entry: JournalEntry = {
    id,
    callId: call.id,
    company: interview?.company ?? '',
    role: interview?.role ?? '',
    round: interview?.round ?? '',
    platform: call.platform,
    date: call.joinedAt,
    questions: questionsCaptured(call),
    storiesUsed: storiesTold(call),
    ratings: [],
    wentWell: '',
    improve: '',
    reflections: '',
    signals: '',
    // Proposed, not promised: the candidate deletes or re-dates them in the review.
    followUps: proposedFollowUps({ interviewers: interview?.interviewers ?? [], endedAt: call.endedAt ?? now }),
    outcome: 'pending',
    compensationNotes: '',
    checklist: checklist.map((result) => ({ ...result })),
    draft: 1,
    createdAt: now,
    updatedAt: now,
  };
  // Absent rather than `undefined`: an own undefined property would survive structured cloning into IndexedDB.
  const interviewId = interview?.id ?? call.interviewId;
  if (interviewId !== undefined) entry.interviewId = interviewId;
  if (call.endedAt !== undefined && call.endedAt >= call.joinedAt) {
    entry.durationMinutes = Math.round((call.endedAt - call.joinedAt) / 60_000);
  }
  const figures = snapshotFigures(entry.storiesUsed, undefined, stories);
  if (figures.length > 0) entry.toldFigures = figures;
  const toldTo = toldToFromCall(call);
  if (toldTo.length > 0) entry.toldTo = toldTo;
  return entry;
}

/** A blank entry for an interview written up by hand (no call recorded); dated now, reviewed by definition. */
export function emptyEntry({ id, now }: { id: Id; now: Timestamp }): JournalEntry {
  return {
    id,
    company: '',
    role: '',
    round: '',
    date: now,
    questions: [],
    storiesUsed: [],
    ratings: [],
    wentWell: '',
    improve: '',
    reflections: '',
    signals: '',
    followUps: [],
    outcome: 'pending',
    compensationNotes: '',
    checklist: [],
    draft: 0,
    createdAt: now,
    updatedAt: now,
  };
}
