import { assertStorable } from '@/entrypoints/background/backup/limits';
import type { PlanInput } from '@/utils/api/protocol';
import type { Id, Plan, Story } from '@/utils/model';
import { pinnedStoriesOf } from '@/utils/plans/plans';
import type { PlanCommands, PlanQueries } from '@/utils/plans/protocol';
import { normaliseMeetingUrl } from '@/utils/platforms/meeting-url';
import type { StarboardDb } from './db';
import type { CommandsOf, FeatureHandlers, QueriesOf } from './router';

export async function listPlans(db: StarboardDb): Promise<Plan[]> {
  const all = await db.interviews.orderBy('updatedAt').reverse().toArray();
  // Upcoming first (soonest first), then the rest by last edit.
  const upcoming = all
    .filter((i) => i.status === 'planned')
    .sort((a, b) => (a.scheduledAt ?? Infinity) - (b.scheduledAt ?? Infinity));
  return [...upcoming, ...all.filter((i) => i.status !== 'planned')];
}

export async function getPlan(db: StarboardDb, id: Id): Promise<Plan | null> {
  return (await db.interviews.get(id)) ?? null;
}

export async function savePlan(db: StarboardDb, input: PlanInput, now = Date.now()): Promise<Plan> {
  return db.transaction('rw', db.interviews, async () => {
    const existing = input.id ? await db.interviews.get(input.id) : undefined;
    const base: Plan = existing ?? {
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
    const { scheduledAt, reminderMinutes, headsUpMinutes, ...fields } = input;
    const interview: Plan = {
      ...base,
      ...fields,
      id: base.id,
      // The link is kept as given; its key is derived only from a link the save brings (#17: re-deriving from a
      // stored key turned "meet:abc-defg-hij" into "abc-defg-hij", and the call no longer found its plan).
      meetingUrl: input.meetingUrl === undefined ? base.meetingUrl : input.meetingUrl.trim(),
      meetingKey:
        input.meetingUrl === undefined
          ? (base.meetingKey ?? normaliseMeetingUrl(base.meetingUrl))
          : normaliseMeetingUrl(input.meetingUrl),
      pinnedStoryIds: [...new Set(input.pinnedStoryIds ?? base.pinnedStoryIds)],
      sample: (input.sample ?? base.sample) ? 1 : 0,
      createdAt: base.createdAt,
      updatedAt: now,
    };
    // null clears an optional field; a value of the wrong kind is refused rather than stored.
    applyOptionalNumber(interview, 'scheduledAt', scheduledAt);
    applyOptionalNumber(interview, 'reminderMinutes', reminderMinutes);
    applyOptionalNumber(interview, 'headsUpMinutes', headsUpMinutes);
    if (!Number.isFinite(interview.plannedMinutes) || interview.plannedMinutes <= 0) {
      throw new Error('The planned length must be a positive number of minutes');
    }
    assertStorable('interviews', interview);
    await db.interviews.put(interview);
    return interview;
  });
}

function applyOptionalNumber(
  interview: Plan,
  field: 'scheduledAt' | 'reminderMinutes' | 'headsUpMinutes',
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

export async function deletePlan(db: StarboardDb, id: Id): Promise<Plan | null> {
  return db.transaction('rw', db.interviews, async () => {
    const interview = await db.interviews.get(id);
    if (interview) await db.interviews.delete(id);
    return interview ?? null;
  });
}

/** The plan's pinned stories as stored now (see pinnedStoriesOf). */
export async function loadPinnedStories(db: StarboardDb, plan: Plan | null | undefined): Promise<Story[]> {
  return plan ? pinnedStoriesOf(plan, await db.stories.bulkGet(plan.pinnedStoryIds)) : [];
}

export async function findPlanForUrl(db: StarboardDb, url: string): Promise<Plan | null> {
  const key = normaliseMeetingUrl(url);
  if (!key) return null;
  const matches = await db.interviews.where('meetingKey').equals(key).toArray();
  // Several plans may share a recurring link: the one scheduled nearest to now wins.
  const now = Date.now();
  matches.sort((a, b) => Math.abs((a.scheduledAt ?? now) - now) - Math.abs((b.scheduledAt ?? now) - now));
  return matches[0] ?? null;
}

export function plansFeature(db: StarboardDb): FeatureHandlers<PlanQueries, PlanCommands> {
  const queries: QueriesOf<PlanQueries> = {
    'plans.list': () => listPlans(db),
    'plans.get': (id) => getPlan(db, id),
  };
  const commands: CommandsOf<PlanCommands> = {
    'plans.save': (interview) => savePlan(db, interview),
    'plans.delete': (id) => deletePlan(db, id),
  };
  return { queries, commands };
}
