import { CALL_STATES, PLATFORMS } from '@/utils/model';
import type { StarboardDb } from './db';
import type { CallEvents, CommandHandlers, QueryHandlers, RequestContext } from './router';
import {
  addCallEvent,
  bindInterview,
  callsForInterviews,
  callView,
  endCall,
  latestCallInTab,
  liveCallInTab,
  openCall,
  recentCalls,
  reportCall,
  setPlannedMinutes,
} from './S-calls';

function senderTab(context: RequestContext, name: string): { id: number; url: string } {
  const tab = context.sender.tab;
  if (tab?.id === undefined) throw new Error(`${name} needs a tab`);
  return { id: tab.id, url: tab.url ?? context.sender.url ?? '' };
}

export function callHandlers(db: StarboardDb, events: CallEvents) {
  const queries: Pick<QueryHandlers, 'calls.current' | 'calls.recent' | 'calls.forInterviews'> = {
    'calls.current': async (query, context) => {
      const tabId = query?.tabId ?? context.sender.tab?.id;
      return tabId === undefined ? null : callView(db, await latestCallInTab(db, tabId));
    },
    'calls.recent': (query) => recentCalls(db, query?.since),
    'calls.forInterviews': (query) => callsForInterviews(db, query?.interviewIds),
  };
  const commands: Pick<
    CommandHandlers,
    | 'calls.start'
    | 'calls.end'
    | 'calls.addEvent'
    | 'calls.bindInterview'
    | 'calls.setPlannedMinutes'
    | 'call.report'
    | 'call.share'
  > = {
    'calls.start': async (input, context) => {
      const tab =
        input.tabId !== undefined ? { id: input.tabId, url: input.tabUrl ?? '' } : senderTab(context, 'calls.start');
      const { call, created } = await openCall(db, {
        platform: input.platform,
        tabId: tab.id,
        tabUrl: input.tabUrl ?? tab.url,
      });
      if (created) await events.emitStarted(call);
      return call;
    },
    'calls.end': async ({ callId }) => {
      const ended = await endCall(db, callId);
      if (ended) await events.emitEnded(ended);
      return ended;
    },
    'calls.addEvent': ({ callId, event }) => addCallEvent(db, callId, event),
    'calls.bindInterview': ({ callId, interviewId }) => bindInterview(db, callId, interviewId),
    'calls.setPlannedMinutes': ({ callId, minutes }) => setPlannedMinutes(db, callId, minutes),
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
      if (live)
        await addCallEvent(db, live.id, { type: input.sharing ? 'share-started' : 'share-ended', at: Date.now() });
      return { ok: true };
    },
  };
  return { queries, commands };
}
