import { assertStorable } from '@/entrypoints/background/backup/limits';
import type { CallReport, CallView } from '@/utils/api/protocol';
import type { CallCommands, CallQueries } from '@/utils/calls/protocol';
import type { Call, CallEvent, Id, Platform } from '@/utils/model';
import { CALL_STATES, PLATFORMS } from '@/utils/model';
import type { StarboardDb } from './db';
import { findPlanForUrl, loadPinnedStories } from './plans';
import type { CallEvents, CommandsOf, FeatureHandlers, QueriesOf, RequestContext } from './router';

/** The call currently open in a tab: not ended, or ended so recently the panel still shows its wrap-up. */
const RECENTLY_ENDED_MS = 6 * 60 * 60 * 1000;

export async function latestCallInTab(db: StarboardDb, tabId: number, now = Date.now()): Promise<Call | null> {
  const calls = await db.calls.where('tabId').equals(tabId).sortBy('joinedAt');
  const latest = calls.at(-1);
  if (!latest) return null;
  if (latest.endedAt !== undefined && now - latest.endedAt > RECENTLY_ENDED_MS) return null;
  return latest;
}

export async function liveCallInTab(db: StarboardDb, tabId: number): Promise<Call | null> {
  const call = await latestCallInTab(db, tabId);
  return call && call.endedAt === undefined ? call : null;
}

export async function callView(db: StarboardDb, call: Call | null): Promise<CallView | null> {
  if (!call) return null;
  const interview = call.interviewId ? ((await db.interviews.get(call.interviewId)) ?? null) : null;
  return { call, interview, pinnedStories: await loadPinnedStories(db, interview) };
}

export async function startCall(
  db: StarboardDb,
  input: { platform: Platform; tabId: number; tabUrl: string },
  now = Date.now(),
): Promise<Call> {
  return (await openCall(db, input, now))!.call;
}

/**
 * What the page's own reports may do to the store, at most. The call page drives `call.report` and `call.share`
 * through our loader by what it draws and dispatches, so a hostile page could flap them; these caps keep every
 * call, and so every backup, within the backup's limits (utils/backup/validate.ts).
 */
export const PAGE_LIMITS = {
  /** A new call per tab from the page's "in-call" at most this often (a flapping "ended" made 1.7 calls a second). */
  callGapMs: 30_000,
  /** Share events per call: the loader latches, so a real call needs two or three. */
  sharesPerCall: 200,
} as const;

/**
 * The tab's live call, created if there is none. `created` tells the caller whether this request started it: a
 * loader reports in-call again after a reload mid-call, and the call's followers (reminders, drafts) must not start
 * twice.
 */
export async function openCall(
  db: StarboardDb,
  input: { platform: Platform; tabId: number; tabUrl: string; fallbackPlanId?: Id },
  now = Date.now(),
  minGapMs = 0,
): Promise<{ call: Call; created: boolean } | null> {
  return db.transaction('rw', db.calls, db.interviews, async () => {
    const live = await liveCallInTab(db, input.tabId);
    if (live) return { call: live, created: false };
    if (minGapMs > 0) {
      const latest = await latestCallInTab(db, input.tabId, now);
      if (latest && now - latest.joinedAt < minGapMs) return null;
    }
    const interview =
      (await findPlanForUrl(db, input.tabUrl)) ??
      (input.fallbackPlanId === undefined ? undefined : await db.interviews.get(input.fallbackPlanId));
    const call: Call = {
      id: crypto.randomUUID(),
      interviewId: interview?.id,
      platform: input.platform,
      tabUrl: input.tabUrl,
      tabId: input.tabId,
      joinedAt: now,
      events: [],
    };
    await db.calls.add(call);
    return { call, created: true };
  });
}

/** Returns the call only when this request is what ended it, so follow-up work (the journal draft) runs once. */
export async function endCallInTab(db: StarboardDb, tabId: number, now = Date.now()): Promise<Call | null> {
  return db.transaction('rw', db.calls, async () => {
    const live = await liveCallInTab(db, tabId);
    if (!live) return null;
    const ended = { ...live, endedAt: now };
    await db.calls.put(ended);
    return ended;
  });
}

export async function endCall(db: StarboardDb, callId: Id, now = Date.now()): Promise<Call | null> {
  return db.transaction('rw', db.calls, async () => {
    const call = await db.calls.get(callId);
    if (!call || call.endedAt !== undefined) return null;
    const ended = { ...call, endedAt: now };
    await db.calls.put(ended);
    return ended;
  });
}

/** A browser that restarted has no live calls; any left open were cut short by a crash or a quit. */
export async function endOrphanedCalls(db: StarboardDb, now = Date.now()): Promise<Call[]> {
  return db.transaction('rw', db.calls, async () => {
    const open = await db.calls.filter((c) => c.endedAt === undefined).toArray();
    const ended = open.map((c) => ({
      ...c,
      endedAt: Math.max(c.joinedAt, ...c.events.map((e) => e.at), Math.min(now, c.joinedAt + 4 * 3600_000)),
    }));
    await db.calls.bulkPut(ended);
    return ended;
  });
}

export async function reportCall(
  db: StarboardDb,
  report: CallReport,
  tab: { id: number; url: string },
): Promise<{ started?: Call; ended?: Call }> {
  if (report.state === 'in-call') {
    const opened = await openCall(
      db,
      { platform: report.platform, tabId: tab.id, tabUrl: tab.url },
      Date.now(),
      PAGE_LIMITS.callGapMs,
    );
    return opened?.created ? { started: opened.call } : {};
  }
  if (report.state === 'ended') return { ended: (await endCallInTab(db, tab.id)) ?? undefined };
  return {};
}

/** Appends inside one transaction, so two panels writing to the same call never overwrite each other's events. */
export async function addCallEvent(db: StarboardDb, callId: Id, event: CallEvent): Promise<Call> {
  return db.transaction('rw', db.calls, async () => {
    const call = await db.calls.get(callId);
    if (!call) throw new Error(`No call ${callId}`);
    const updated = { ...call, events: [...call.events, event] };
    // A captured question over the limit (it is also copied into the journal draft) is refused here, with the rest.
    assertStorable('calls', updated);
    await db.calls.put(updated);
    return updated;
  });
}

/**
 * A share started or ended in the call tab, recorded only as a real transition (the last share event says the
 * other thing), a start at most a second after the last event, and PAGE_LIMITS.sharesPerCall per call; anything else is dropped quietly,
 * as the loader's latch already hid the frame. Returns whether it was recorded.
 */
export async function addShareEvent(db: StarboardDb, callId: Id, sharing: boolean, now = Date.now()): Promise<boolean> {
  return db.transaction('rw', db.calls, async () => {
    const call = await db.calls.get(callId);
    if (!call) return false;
    const shares = call.events.filter((e) => e.type === 'share-started' || e.type === 'share-ended');
    const last = shares.at(-1);
    const type = sharing ? 'share-started' : 'share-ended';
    if (last ? last.type === type : !sharing) return false;
    // A start is never dropped: the browser's side panel blanks from it, so a dropped start would show the stories
    // during a share. Past the cap only a start is still taken (at most one more event): a flood ends "sharing".
    // The loader sends call.share once per latch, so the page alone cannot flip it quickly.
    if (shares.length >= PAGE_LIMITS.sharesPerCall && !sharing) return false;
    await db.calls.put({ ...call, events: [...call.events, { type, at: now }] });
    return true;
  });
}

/**
 * The user deletes a call (a test call, one a misbehaving page made): the row goes; journal entries stay. A live
 * call is refused (its reminder and draft still follow it): end it first.
 */
export async function deleteCall(db: StarboardDb, callId: Id): Promise<{ deleted: boolean }> {
  if (typeof callId !== 'string') throw new Error('calls.delete needs a call id');
  return db.transaction('rw', db.calls, async () => {
    const call = await db.calls.get(callId);
    if (call && call.endedAt === undefined) throw new Error('This call is still live: end it before deleting it');
    await db.calls.delete(callId);
    return { deleted: call !== undefined };
  });
}

/** Every call, newest first, for the list where the user can delete them. */
export async function allCalls(db: StarboardDb): Promise<Call[]> {
  return (await db.calls.toArray()).sort((a, b) => b.joinedAt - a.joinedAt);
}

export async function bindPlan(db: StarboardDb, callId: Id, interviewId: Id | null): Promise<Call> {
  return db.transaction('rw', db.calls, async () => {
    const call = await db.calls.get(callId);
    if (!call) throw new Error(`No call ${callId}`);
    const updated = { ...call, interviewId: interviewId ?? undefined };
    await db.calls.put(updated);
    return updated;
  });
}

/** Calls that started or ended at or after `since`, newest first. */
export async function recentCalls(db: StarboardDb, since: number): Promise<Call[]> {
  if (typeof since !== 'number' || Number.isNaN(since)) throw new Error('calls.recent needs a since time');
  const calls = await db.calls.where('joinedAt').aboveOrEqual(since).or('endedAt').aboveOrEqual(since).toArray();
  return calls.sort((a, b) => b.joinedAt - a.joinedAt);
}

/** Every call bound to one of the plans, oldest first. */
export async function callsForPlans(db: StarboardDb, interviewIds: readonly Id[]): Promise<Call[]> {
  if (!Array.isArray(interviewIds) || interviewIds.some((id) => typeof id !== 'string')) {
    throw new Error('calls.forPlans needs a list of plan ids');
  }
  if (interviewIds.length === 0) return [];
  const calls = await db.calls
    .where('interviewId')
    .anyOf([...interviewIds])
    .toArray();
  return calls.sort((a, b) => a.joinedAt - b.joinedAt);
}

/** A day: longer is a typo, and the clock would ignore it anyway (utils/call-clock.ts). */
const MAX_PLANNED_MINUTES = 24 * 60;

/** The panel's length preset for one call. Null removes the choice, so the plan's length (or the setting's) applies. */
export async function setPlannedMinutes(db: StarboardDb, callId: Id, minutes: number | null): Promise<Call> {
  if (minutes !== null && !(Number.isInteger(minutes) && minutes >= 1 && minutes <= MAX_PLANNED_MINUTES)) {
    throw new Error(`A planned length is a whole number of minutes from 1 to ${MAX_PLANNED_MINUTES}`);
  }
  return db.transaction('rw', db.calls, async () => {
    const call = await db.calls.get(callId);
    if (!call) throw new Error(`No call ${callId}`);
    const { plannedMinutes: _previous, ...rest } = call;
    const updated: Call = minutes === null ? rest : { ...rest, plannedMinutes: minutes };
    await db.calls.put(updated);
    return updated;
  });
}

function senderTab(context: RequestContext, name: string): { id: number; url: string } {
  const tab = context.sender.tab;
  if (tab?.id === undefined) throw new Error(`${name} needs a tab`);
  return { id: tab.id, url: tab.url ?? context.sender.url ?? '' };
}

export function callsFeature(db: StarboardDb, events: CallEvents): FeatureHandlers<CallQueries, CallCommands> {
  const queries: QueriesOf<CallQueries> = {
    'calls.current': async (query, context) => {
      const tabId = query?.tabId ?? context.sender.tab?.id;
      return tabId === undefined ? null : callView(db, await latestCallInTab(db, tabId));
    },
    'calls.recent': (query) => recentCalls(db, query?.since),
    'calls.forPlans': (query) => callsForPlans(db, query?.interviewIds),
    'calls.all': () => allCalls(db),
  };
  const commands: CommandsOf<CallCommands> = {
    'calls.start': async (input, context) => {
      const tab =
        input.tabId !== undefined ? { id: input.tabId, url: input.tabUrl ?? '' } : senderTab(context, 'calls.start');
      // The user's own start: never rate-limited (openCall returns a call without a gap).
      const { call, created } = (await openCall(db, {
        platform: input.platform,
        tabId: tab.id,
        tabUrl: input.tabUrl ?? tab.url,
        fallbackPlanId: typeof input.interviewId === 'string' ? input.interviewId : undefined,
      }))!;
      if (created) await events.emitStarted(call);
      return call;
    },
    'calls.end': async ({ callId }) => {
      const ended = await endCall(db, callId);
      if (ended) await events.emitEnded(ended);
      return ended;
    },
    'calls.addEvent': ({ callId, event }) => addCallEvent(db, callId, event),
    'calls.bindPlan': ({ callId, interviewId }) => bindPlan(db, callId, interviewId),
    'calls.setPlannedMinutes': ({ callId, minutes }) => setPlannedMinutes(db, callId, minutes),
    'calls.delete': ({ callId }) => deleteCall(db, callId),
    'call.report': async (report, context) => {
      // Content scripts are ours, but they run in the call page's world: check the shape before acting on it.
      if (!PLATFORMS.includes(report?.platform) || !CALL_STATES.includes(report?.state)) {
        throw new Error('Malformed call report');
      }
      const { started, ended } = await reportCall(db, report, senderTab(context, 'call.report'));
      if (started) await events.emitStarted(started);
      if (ended) await events.emitEnded(ended);
      return { ok: true };
    },
    'call.share': async (input, context) => {
      if (typeof input?.sharing !== 'boolean') throw new Error('Malformed share report');
      const live = await liveCallInTab(db, senderTab(context, 'call.share').id);
      if (live) await addShareEvent(db, live.id, input.sharing);
      return { ok: true };
    },
  };
  return { queries, commands };
}
