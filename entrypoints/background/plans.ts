import type { InterviewInput } from '@/utils/api/protocol';
import { checkChecklistEdit, mergeChecklistEdit, trimmedLabels } from '@/utils/closing/checklist';
import type { ChecklistItem, Id, Interview } from '@/utils/model';
import { normaliseMeetingUrl } from '@/utils/platforms/meeting-url';
import type { StarboardDb } from './db';
import type { CommandHandlers, QueryHandlers } from './router';

export async function listInterviews(db: StarboardDb): Promise<Interview[]> {
  const all = await db.interviews.orderBy('updatedAt').reverse().toArray();
  // Upcoming first (soonest first), then the rest by last edit.
  const upcoming = all
    .filter((i) => i.status === 'planned')
    .sort((a, b) => (a.scheduledAt ?? Infinity) - (b.scheduledAt ?? Infinity));
  return [...upcoming, ...all.filter((i) => i.status !== 'planned')];
}

export async function getInterview(db: StarboardDb, id: Id): Promise<Interview | null> {
  return (await db.interviews.get(id)) ?? null;
}

export async function saveInterview(db: StarboardDb, input: InterviewInput, now = Date.now()): Promise<Interview> {
  return db.transaction('rw', db.interviews, async () => {
    const existing = input.id ? await db.interviews.get(input.id) : undefined;
    const base: Interview = existing ?? {
      id: input.id ?? crypto.randomUUID(),
      company: '',
      role: '',
      round: '',
      plannedMinutes: 45,
      meetingUrl: '',
      interviewers: [],
      pinnedStoryIds: [],
      questionsToAsk: [],
      pitch: '',
      notes: '',
      status: 'planned',
      sample: 0,
      createdAt: now,
      updatedAt: now,
    };
    const { scheduledAt, reminderMinutes, ...fields } = input;
    const interview: Interview = {
      ...base,
      ...fields,
      id: base.id,
      meetingUrl: normaliseMeetingUrl(input.meetingUrl ?? base.meetingUrl),
      pinnedStoryIds: [...new Set(input.pinnedStoryIds ?? base.pinnedStoryIds)],
      sample: (input.sample ?? base.sample) ? 1 : 0,
      createdAt: base.createdAt,
      updatedAt: now,
    };
    // null clears an optional field; a value of the wrong kind is refused rather than stored.
    applyOptionalNumber(interview, 'scheduledAt', scheduledAt);
    applyOptionalNumber(interview, 'reminderMinutes', reminderMinutes);
    if (!Number.isFinite(interview.plannedMinutes) || interview.plannedMinutes <= 0) {
      throw new Error('The planned length must be a positive number of minutes');
    }
    await db.interviews.put(interview);
    return interview;
  });
}

function applyOptionalNumber(
  interview: Interview,
  field: 'scheduledAt' | 'reminderMinutes',
  value: number | null | undefined,
): void {
  if (value === undefined) return;
  if (value === null) {
    delete interview[field];
    return;
  }
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    throw new Error(`${field} must be a number`);
  }
  interview[field] = value;
}

export async function deleteInterview(db: StarboardDb, id: Id): Promise<Interview | null> {
  return db.transaction('rw', db.interviews, async () => {
    const interview = await db.interviews.get(id);
    if (interview) await db.interviews.delete(id);
    return interview ?? null;
  });
}

/**
 * A plan's own checklist saved from the panel's editor. Merged with the stored list in the same transaction, so a
 * second call tab that opened its editor before this one saved keeps its edit and this one's too.
 */
export async function editInterviewChecklist(
  db: StarboardDb,
  input: { id: Id; base: ChecklistItem[]; items: ChecklistItem[] },
  now = Date.now(),
): Promise<Interview> {
  const { id, base, items } = input ?? {};
  if (typeof id !== 'string') throw new Error('A checklist edit needs the plan');
  checkChecklistEdit(base, items);
  return db.transaction('rw', db.interviews, async () => {
    const existing = await db.interviews.get(id);
    if (!existing) throw new Error(`No plan ${id}`);
    // No list of its own yet: the editor started from the template, which is what the plan had.
    const stored = existing.checklist && existing.checklist.length > 0 ? existing.checklist : base;
    const checklist = trimmedLabels(mergeChecklistEdit(base, items, stored));
    const interview: Interview = { ...existing, checklist, updatedAt: now };
    await db.interviews.put(interview);
    return interview;
  });
}

export async function findInterviewForUrl(db: StarboardDb, url: string): Promise<Interview | null> {
  const key = normaliseMeetingUrl(url);
  if (!key) return null;
  const matches = await db.interviews.where('meetingUrl').equals(key).toArray();
  // Several plans may share a recurring link: the one scheduled nearest to now wins.
  const now = Date.now();
  matches.sort((a, b) => Math.abs((a.scheduledAt ?? now) - now) - Math.abs((b.scheduledAt ?? now) - now));
  return matches[0] ?? null;
}

export function interviewHandlers(db: StarboardDb) {
  const queries: Pick<QueryHandlers, 'interviews.list' | 'interviews.get'> = {
    'interviews.list': () => listInterviews(db),
    'interviews.get': (id) => getInterview(db, id),
  };
  const commands: Pick<CommandHandlers, 'interviews.save' | 'interviews.delete' | 'interviews.editChecklist'> = {
    'interviews.save': (interview) => saveInterview(db, interview),
    'interviews.delete': (id) => deleteInterview(db, id),
    'interviews.editChecklist': (edit) => editInterviewChecklist(db, edit),
  };
  return { queries, commands };
}
