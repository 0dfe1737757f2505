import type { Browser } from 'wxt/browser';
import { CONTENT_SCRIPT_MESSAGES, type DataOf, type MessageName, type ResultOf } from '@/utils/api/protocol';
import type { Call } from '@/utils/model';
import type { StarboardDb } from './db';
import {
  addCallEvent,
  bindInterview,
  callView,
  endCall,
  latestCallInTab,
  reportCall,
  startCall,
} from './services/calls';
import { deleteDraft, getDraft, putDraft } from './services/drafts';
import { deleteInterview, getInterview, listInterviews, saveInterview } from './services/interviews';
import { removeSamples, seedSamples } from './services/samples';
import { getSettings, updateSettings } from './services/settings';
import { deleteStory, getStory, listStories, restoreStory, saveStory } from './services/stories';

export type Sender = Browser.runtime.MessageSender;

export interface RequestContext {
  sender: Sender;
}

type Handler<K extends MessageName> = (data: DataOf<K>, context: RequestContext) => Promise<Awaited<ResultOf<K>>>;
export type Handlers = { [K in MessageName]: Handler<K> };

/** What other parts of the background do when a call starts or ends (reminder alarms, journal drafts). */
export interface CallHooks {
  onCallStarted?(call: Call): void | Promise<void>;
  onCallEnded?(call: Call): void | Promise<void>;
}

export class ForbiddenError extends Error {
  constructor(name: string) {
    super(`${name} is only answered for Starboard's own pages`);
    this.name = 'ForbiddenError';
  }
}

/**
 * Extension pages (dashboard, panel, popup, also when framed inside a call page) have our own origin as their URL;
 * content scripts carry the web page's URL. Only the former may touch private data.
 */
export function isExtensionPage(sender: Sender, extensionId: string, extensionOrigin: string): boolean {
  return sender.id === extensionId && typeof sender.url === 'string' && sender.url.startsWith(extensionOrigin);
}

function senderTab(context: RequestContext, name: string): { id: number; url: string } {
  const tab = context.sender.tab;
  if (tab?.id === undefined) throw new Error(`${name} needs a tab`);
  return { id: tab.id, url: tab.url ?? context.sender.url ?? '' };
}

export function createHandlers(db: StarboardDb, hooks: CallHooks = {}): Handlers {
  const ended = async (call: Call | null) => {
    if (call) await hooks.onCallEnded?.(call);
    return call;
  };
  return {
    'stories.list': (query) => listStories(db, query ?? {}),
    'stories.get': (id) => getStory(db, id),
    'stories.save': (story) => saveStory(db, story),
    'stories.delete': (id) => deleteStory(db, id),
    'stories.restore': (story) => restoreStory(db, story),
    'samples.seed': () => seedSamples(db),
    'samples.remove': () => removeSamples(db),
    'interviews.list': () => listInterviews(db),
    'interviews.get': (id) => getInterview(db, id),
    'interviews.save': (interview) => saveInterview(db, interview),
    'interviews.delete': (id) => deleteInterview(db, id),
    'calls.current': async (query, context) => {
      const tabId = query?.tabId ?? context.sender.tab?.id;
      return tabId === undefined ? null : callView(db, await latestCallInTab(db, tabId));
    },
    'calls.start': async (input, context) => {
      const tab =
        input.tabId !== undefined ? { id: input.tabId, url: input.tabUrl ?? '' } : senderTab(context, 'calls.start');
      const call = await startCall(db, { platform: input.platform, tabId: tab.id, tabUrl: input.tabUrl ?? tab.url });
      await hooks.onCallStarted?.(call);
      return call;
    },
    'calls.end': async ({ callId }) => ended(await endCall(db, callId)),
    'calls.addEvent': ({ callId, event }) => addCallEvent(db, callId, event),
    'calls.bindInterview': ({ callId, interviewId }) => bindInterview(db, callId, interviewId),
    'settings.get': () => getSettings(db),
    'settings.update': (patch) => updateSettings(db, patch),
    'drafts.get': (key) => getDraft(db, key),
    'drafts.put': ({ key, value }) => putDraft(db, key, value),
    'drafts.delete': (key) => deleteDraft(db, key),
    'call.report': async (report, context) => {
      const { started, ended: endedCall } = await reportCall(db, report, senderTab(context, 'call.report'));
      if (started) await hooks.onCallStarted?.(started);
      if (endedCall) await ended(endedCall);
      return { ok: true };
    },
  };
}

export function createDispatcher(handlers: Handlers, extensionId: string, extensionOrigin: string) {
  return function dispatch<K extends MessageName>(
    name: K,
    data: DataOf<K>,
    sender: Sender,
  ): Promise<Awaited<ResultOf<K>>> {
    const handler = handlers[name] as Handler<K> | undefined;
    if (!handler) return Promise.reject(new Error(`Unknown request ${String(name)}`));
    if (!CONTENT_SCRIPT_MESSAGES.has(name) && !isExtensionPage(sender, extensionId, extensionOrigin)) {
      return Promise.reject(new ForbiddenError(String(name)));
    }
    return handler(data, { sender });
  };
}
