import type { InterviewInput } from '@/utils/api/protocol';
import { normaliseMeetingUrl } from '@/utils/meeting-url';
import type { Id, Interview } from '@/utils/model';
import type { StarboardDb } from '../db';

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

export async function findInterviewForUrl(db: StarboardDb, url: string): Promise<Interview | null> {
  const key = normaliseMeetingUrl(url);
  if (!key) return null;
  const matches = await db.interviews.where('meetingUrl').equals(key).toArray();
  // Several plans may share a recurring link: the one scheduled nearest to now wins.
  const now = Date.now();
  matches.sort((a, b) => Math.abs((a.scheduledAt ?? now) - now) - Math.abs((b.scheduledAt ?? now) - now));
  return matches[0] ?? null;
}
