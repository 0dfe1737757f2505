import { browser } from 'wxt/browser';
import {
  type DataOf,
  LIVE_PORT,
  type LiveClientMessage,
  type LiveServerMessage,
  type QueryName,
  type ResultOf,
} from './protocol';

interface Subscription {
  name: QueryName;
  data: unknown;
  onValue(value: unknown): void;
  onError(error: Error): void;
}

type Port = ReturnType<typeof browser.runtime.connect>;

/**
 * One port per page carries every subscription. When the service worker stops, the port disconnects; the page
 * reconnects (at once if visible, otherwise when it is shown again) and re-subscribes, and each subscription is
 * pushed a fresh value, so a view never shows data older than its last reconnect.
 */
class LiveConnection {
  private port: Port | null = null;
  private readonly subscriptions = new Map<number, Subscription>();
  private nextId = 1;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private retryDelay = 50;
  private listeningForVisibility = false;

  subscribe(subscription: Subscription): () => void {
    const id = this.nextId++;
    this.subscriptions.set(id, subscription);
    this.send({ type: 'subscribe', id, name: subscription.name, data: subscription.data });
    return () => {
      this.subscriptions.delete(id);
      if (this.port) this.send({ type: 'unsubscribe', id });
    };
  }

  private send(message: LiveClientMessage): void {
    const port = this.ensurePort();
    try {
      port?.postMessage(message);
    } catch {
      // The port died between checks; the reconnect re-sends every subscription.
      this.dropPort();
    }
  }

  private ensurePort(): Port | null {
    if (this.port) return this.port;
    try {
      const port = browser.runtime.connect({ name: LIVE_PORT });
      port.onMessage.addListener((message) => this.receive(message as LiveServerMessage));
      port.onDisconnect.addListener(() => this.dropPort());
      this.port = port;
      this.retryDelay = 50;
      return port;
    } catch {
      // The extension was reloaded or updated: this page is orphaned and cannot reconnect.
      return null;
    }
  }

  private receive(message: LiveServerMessage): void {
    const subscription = this.subscriptions.get(message.id);
    if (!subscription) return;
    if (message.type === 'value') subscription.onValue(message.value);
    else subscription.onError(new Error(message.message));
  }

  private dropPort(): void {
    this.port = null;
    if (this.subscriptions.size === 0) return;
    this.scheduleReconnect();
  }

  private scheduleReconnect(): void {
    clearTimeout(this.retryTimer);
    if (typeof document !== 'undefined' && document.visibilityState === 'hidden') {
      if (!this.listeningForVisibility) {
        this.listeningForVisibility = true;
        document.addEventListener('visibilitychange', this.onVisible);
      }
      return;
    }
    this.retryTimer = setTimeout(() => this.resubscribeAll(), this.retryDelay);
    this.retryDelay = Math.min(this.retryDelay * 2, 5_000);
  }

  private readonly onVisible = () => {
    if (document.visibilityState !== 'visible') return;
    document.removeEventListener('visibilitychange', this.onVisible);
    this.listeningForVisibility = false;
    this.resubscribeAll();
  };

  private resubscribeAll(): void {
    if (this.port) return;
    for (const [id, subscription] of this.subscriptions) {
      this.send({ type: 'subscribe', id, name: subscription.name, data: subscription.data });
    }
  }
}

let connection: LiveConnection | undefined;

/** Pushes the query's result now and after every change to the data it read. Returns the unsubscribe. */
export function subscribe<K extends QueryName>(
  name: K,
  data: DataOf<K>,
  onValue: (value: Awaited<ResultOf<K>>) => void,
  onError: (error: Error) => void = (error) => console.error(error),
): () => void {
  connection ??= new LiveConnection();
  return connection.subscribe({ name, data, onValue: onValue as (value: unknown) => void, onError });
}
