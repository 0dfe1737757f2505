import { liveQuery, type Subscription } from 'dexie';
import type { LiveClientMessage, LiveServerMessage } from '@/utils/api/protocol';
import type { Handlers, Sender } from './router';

/** The part of a runtime Port the live server uses; tests pass a fake. */
export interface LivePort {
  sender?: Sender;
  postMessage(message: LiveServerMessage): void;
  onMessage: { addListener(listener: (message: unknown) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
  disconnect(): void;
}

/**
 * Serves one page's subscriptions: each runs its query inside Dexie's liveQuery, which re-runs it when any table
 * range it read is written, and pushes the result. Pages that are not our own are disconnected at once.
 */
export function serveLivePort(
  port: LivePort,
  handlers: Handlers,
  isTrusted: (sender: Sender | undefined) => boolean,
): void {
  if (!isTrusted(port.sender)) {
    port.disconnect();
    return;
  }
  const subscriptions = new Map<number, Subscription>();
  const post = (message: LiveServerMessage) => {
    try {
      port.postMessage(message);
    } catch {
      // The page went away between the change and the push; onDisconnect cleans up.
    }
  };

  port.onMessage.addListener((raw) => {
    const message = raw as LiveClientMessage;
    if (message.type === 'unsubscribe') {
      subscriptions.get(message.id)?.unsubscribe();
      subscriptions.delete(message.id);
      return;
    }
    if (message.type !== 'subscribe') return;
    subscriptions.get(message.id)?.unsubscribe();
    // Only reads can be subscribed to: a write must never be re-run by a data change.
    if (!Object.hasOwn(handlers.queries, message.name)) {
      post({ type: 'error', id: message.id, message: `Not a live query: ${String(message.name)}` });
      return;
    }
    const handler = handlers.queries[message.name] as (data: unknown, context: { sender: Sender }) => Promise<unknown>;
    const sender = port.sender ?? {};
    const observable = liveQuery(() => handler(message.data, { sender }));
    subscriptions.set(
      message.id,
      observable.subscribe({
        next: (value) => post({ type: 'value', id: message.id, value: value ?? null }),
        error: (error: unknown) =>
          post({ type: 'error', id: message.id, message: error instanceof Error ? error.message : String(error) }),
      }),
    );
  });

  port.onDisconnect.addListener(() => {
    for (const subscription of subscriptions.values()) subscription.unsubscribe();
    subscriptions.clear();
  });
}
