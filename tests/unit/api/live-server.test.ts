import { createHandlers } from '@/entrypoints/background/features';
import { type LivePort, serveLivePort } from '@/entrypoints/background/live';
import { isExtensionPage, type Sender } from '@/entrypoints/background/router';
import { saveStory } from '@/entrypoints/background/stories';
import type { LiveServerMessage } from '@/utils/api/protocol';
import { contentScriptSender, dashboardSender, EXTENSION_ID, EXTENSION_ORIGIN, freshDb } from '../db-helpers';

function fakePort(sender: Sender) {
  const received: LiveServerMessage[] = [];
  const listeners: Array<(message: unknown) => void> = [];
  const disconnectListeners: Array<() => void> = [];
  const port: LivePort & { disconnected: boolean } = {
    sender,
    disconnected: false,
    postMessage: (message) => void received.push(message),
    onMessage: { addListener: (listener) => void listeners.push(listener) },
    onDisconnect: { addListener: (listener) => void disconnectListeners.push(listener) },
    disconnect() {
      this.disconnected = true;
    },
  };
  return {
    port,
    received,
    send: (message: unknown) => {
      for (const l of listeners) l(message);
    },
    close: () => {
      for (const l of disconnectListeners) l();
    },
  };
}

const trusted = (sender: Sender | undefined) =>
  sender ? isExtensionPage(sender, EXTENSION_ID, EXTENSION_ORIGIN) : false;

describe('live subscriptions', () => {
  it('pushes the current result, then a fresh one after each change', async () => {
    const db = freshDb();
    const { port, received, send } = fakePort(dashboardSender);
    serveLivePort(port, createHandlers(db), trusted);
    send({ type: 'subscribe', id: 1, name: 'stories.list', data: {} });
    await vi.waitFor(() => expect(received).toHaveLength(1));
    expect(received[0]).toEqual({ type: 'value', id: 1, value: [] });

    await saveStory(db, { title: 'Pushed' });
    await vi.waitFor(() => expect(received).toHaveLength(2));
    const second = received[1] as { value: Array<{ title: string }> };
    expect(second.value.map((s) => s.title)).toEqual(['Pushed']);
  });

  it('stops pushing after unsubscribe and after the page disconnects', async () => {
    const db = freshDb();
    const a = fakePort(dashboardSender);
    serveLivePort(a.port, createHandlers(db), trusted);
    a.send({ type: 'subscribe', id: 1, name: 'stories.list', data: {} });
    a.send({ type: 'subscribe', id: 2, name: 'plans.list', data: null });
    await vi.waitFor(() => expect(a.received).toHaveLength(2));
    a.send({ type: 'unsubscribe', id: 1 });
    await saveStory(db, { title: 'Unseen' });
    await new Promise((r) => setTimeout(r, 50));
    expect(a.received).toHaveLength(2);
    a.close();
  });

  it('disconnects a port opened by anything but our own pages', () => {
    const { port } = fakePort(contentScriptSender);
    serveLivePort(port, createHandlers(freshDb()), trusted);
    expect(port.disconnected).toBe(true);
  });

  it('answers a write disguised as a subscription with an error', async () => {
    const { port, received, send } = fakePort(dashboardSender);
    serveLivePort(port, createHandlers(freshDb()), trusted);
    send({ type: 'subscribe', id: 9, name: 'stories.delete', data: 'x' });
    await vi.waitFor(() => expect(received).toHaveLength(1));
    expect(received[0]).toMatchObject({ type: 'error', id: 9 });
  });
});
