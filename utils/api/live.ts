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
    if (this.port) this.post(this.port, { type: 'subscribe', id, name: subscription.name, data: subscription.data });
    else this.connect();
    return () => {
      this.subscriptions.delete(id);
      if (this.port) this.post(this.port, { type: 'unsubscribe', id });
    };
  }

  private post(port: Port, message: LiveClientMessage): void {
    try {
      port.postMessage(message);
    } catch {
      // The port died between checks; the reconnect re-sends every subscription.
      this.dropPort();
    }
  }

  /**
   * Every new port carries every subscription: whichever path opens it (a reconnect timer, a view subscribing
   * while the port was down), no subscription is left behind on the old one.
   */
  private connect(): void {
    if (this.port) return;
    clearTimeout(this.retryTimer);
    let port: Port;
    try {
      port = browser.runtime.connect({ name: LIVE_PORT });
    } catch {
      // The extension was reloaded or updated: this page is orphaned and cannot reconnect.
      return;
    }
    port.onMessage.addListener((message) => this.receive(message as LiveServerMessage));
    port.onDisconnect.addListener(() => {
      if (this.port === port) this.dropPort();
    });
    this.port = port;
    for (const [id, subscription] of this.subscriptions) {
      this.post(port, { type: 'subscribe', id, name: subscription.name, data: subscription.data });
    }
  }

  private receive(message: LiveServerMessage): void {
    // Only a port that delivers resets the back-off: one that dies at once must not retry in a tight loop.
    this.retryDelay = 50;
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
    this.retryTimer = setTimeout(() => this.connect(), this.retryDelay);
    this.retryDelay = Math.min(this.retryDelay * 2, 5_000);
  }

  private readonly onVisible = () => {
    if (document.visibilityState !== 'visible') return;
    document.removeEventListener('visibilitychange', this.onVisible);
    this.listeningForVisibility = false;
    this.connect();
  };
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
