import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { LiveClientMessage } from '@/utils/api/protocol';

interface FakePort {
  sent: LiveClientMessage[];
  deliver(message: unknown): void;
  drop(): void;
}

/** A runtime.connect stand-in: records each port the page opens and lets the test play the background. */
function fakeConnect() {
  const ports: FakePort[] = [];
  fakeBrowser.runtime.connect = (() => {
    const messageListeners: Array<(m: unknown) => void> = [];
    const disconnectListeners: Array<() => void> = [];
    const port: FakePort = {
      sent: [],
      deliver: (m) => {
        for (const l of messageListeners) l(m);
      },
      drop: () => {
        for (const l of disconnectListeners) l();
      },
    };
    ports.push(port);
    return {
      name: 'starboard-live',
      postMessage: (m: LiveClientMessage) => void port.sent.push(m),
      onMessage: { addListener: (l: (m: unknown) => void) => void messageListeners.push(l) },
      onDisconnect: { addListener: (l: () => void) => void disconnectListeners.push(l) },
      disconnect: () => {},
    };
  }) as never;
  return ports;
}

async function freshClient() {
  vi.resetModules();
  return import('@/utils/api/live');
}

describe('live subscriptions, page side', () => {
  it('delivers pushed values to the matching subscriber only', async () => {
    const ports = fakeConnect();
    const { subscribe } = await freshClient();
    const stories = vi.fn();
    const settings = vi.fn();
    subscribe('stories.list', {}, stories);
    subscribe('settings.get', undefined, settings);
    expect(ports).toHaveLength(1);
    const [first, second] = ports[0]!.sent as Array<{ id: number }>;
    ports[0]!.deliver({ type: 'value', id: second!.id, value: { reminderMinutes: 8 } });
    expect(settings).toHaveBeenCalledWith({ reminderMinutes: 8 });
    expect(stories).not.toHaveBeenCalled();
    ports[0]!.deliver({ type: 'value', id: first!.id, value: [] });
    expect(stories).toHaveBeenCalledWith([]);
  });

  it('re-subscribes everything on a new port after the worker restarts', async () => {
    vi.useFakeTimers();
    const ports = fakeConnect();
    const { subscribe } = await freshClient();
    subscribe('stories.list', {}, () => {});
    subscribe('plans.list', undefined, () => {});
    ports[0]!.drop();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(ports).toHaveLength(2);
    expect(ports[1]!.sent.map((m) => (m.type === 'subscribe' ? m.name : m.type))).toEqual([
      'stories.list',
      'plans.list',
    ]);
    vi.useRealTimers();
  });

  it('keeps older subscriptions when a view subscribes while the port is down', async () => {
    vi.useFakeTimers();
    const ports = fakeConnect();
    const { subscribe } = await freshClient();
    subscribe('stories.list', {}, () => {});
    ports[0]!.drop();
    // A view re-renders with new arguments before the reconnect timer fires.
    subscribe('calls.current', { tabId: 4 }, () => {});
    await vi.advanceTimersByTimeAsync(1_000);
    const names = ports.slice(1).flatMap((p) => p.sent.map((m) => (m.type === 'subscribe' ? m.name : m.type)));
    expect(names.sort()).toEqual(['calls.current', 'stories.list']);
    vi.useRealTimers();
  });

  it('stops sending for a subscription once unsubscribed', async () => {
    const ports = fakeConnect();
    const { subscribe } = await freshClient();
    const unsubscribe = subscribe('stories.list', {}, () => {});
    unsubscribe();
    expect(ports[0]!.sent.map((m) => m.type)).toEqual(['subscribe', 'unsubscribe']);
  });
});
