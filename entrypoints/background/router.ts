import type { Browser } from 'wxt/browser';
import {
  CONTENT_SCRIPT_MESSAGES,
  type CommandName,
  type Commands,
  type DataOf,
  type MessageName,
  type Queries,
  type QueryName,
  type ResultOf,
} from '@/utils/api/protocol';
import type { Call } from '@/utils/model';
export type Sender = Browser.runtime.MessageSender;

export interface RequestContext {
  sender: Sender;
}

export type Handler<K extends MessageName> = (
  data: DataOf<K>,
  context: RequestContext,
) => Promise<Awaited<ResultOf<K>>>;
export type QueryHandlers = { [K in keyof Queries]: Handler<K> };
export type CommandHandlers = { [K in keyof Commands]: Handler<K> };
export interface Handlers {
  queries: QueryHandlers;
  commands: CommandHandlers;
}

/** A feature's handlers for the messages of its own protocol (utils/<feature>/protocol.ts): one each, or a type error. */
export type QueriesOf<Q> = { [K in keyof Q & QueryName]: Handler<K> };
export type CommandsOf<C> = { [K in keyof C & CommandName]: Handler<K> };
export interface FeatureHandlers<Q, C> {
  queries: QueriesOf<Q>;
  commands: CommandsOf<C>;
}

/**
 * Call lifecycle, fanned out to the features that follow calls (reminder alarms, journal drafts) without the call
 * service knowing them.
 */
export class CallEvents {
  private readonly started: Array<(call: Call) => void | Promise<void>> = [];
  private readonly ended: Array<(call: Call) => void | Promise<void>> = [];
  onStarted(listener: (call: Call) => void | Promise<void>) {
    this.started.push(listener);
  }
  onEnded(listener: (call: Call) => void | Promise<void>) {
    this.ended.push(listener);
  }
  async emitStarted(call: Call) {
    for (const listener of this.started) await listener(call);
  }
  async emitEnded(call: Call) {
    for (const listener of this.ended) await listener(call);
  }
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

export function handlerFor<K extends MessageName>(handlers: Handlers, name: K): Handler<K> | undefined {
  const table = (Object.hasOwn(handlers.queries, name) ? handlers.queries : handlers.commands) as Record<
    string,
    unknown
  >;
  return Object.hasOwn(table, name) ? (table[name] as Handler<K>) : undefined;
}

export function createDispatcher(handlers: Handlers, extensionId: string, extensionOrigin: string) {
  return function dispatch<K extends MessageName>(
    name: K,
    data: DataOf<K>,
    sender: Sender,
  ): Promise<Awaited<ResultOf<K>>> {
    const handler = handlerFor(handlers, name);
    if (!handler) return Promise.reject(new Error(`Unknown request ${String(name)}`));
    if (!CONTENT_SCRIPT_MESSAGES.has(name) && !isExtensionPage(sender, extensionId, extensionOrigin)) {
      return Promise.reject(new ForbiddenError(String(name)));
    }
    return handler(data, { sender });
  };
}
