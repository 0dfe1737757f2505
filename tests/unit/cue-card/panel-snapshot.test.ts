import { createHandlers } from '@/entrypoints/background/features';
import { type LivePort, serveLivePort } from '@/entrypoints/background/live';
import { createDispatcher, isExtensionPage } from '@/entrypoints/background/router';
import { saveStory } from '@/entrypoints/background/stories';
import type { LiveServerMessage } from '@/utils/api/protocol';
import type { PanelSnapshot } from '@/utils/cue-card/protocol';
import { dashboardSender, EXTENSION_ID, EXTENSION_ORIGIN, framedPanelSender, freshDb } from '../db-helpers';
import { makeCall, makeJournalEntry, makePlan, makeStory } from '../fixtures';

/** The panel's one first message answers exactly what its five reads answer, and stays live as one subscription. */
describe('cueCard.panel', () => {
  it('answers what calls.current, stories.list, plans.list, settings.get and journal.forCall answer', async () => {
    const db = freshDb();
    const dispatch = createDispatcher(createHandlers(db), EXTENSION_ID, EXTENSION_ORIGIN);
    const plan = makePlan({ id: 'plan-1', company: 'Acme', pinnedStoryIds: ['s-1'] });
    await db.stories.bulkPut([makeStory({ id: 's-1', title: 'Pinned' }), makeStory({ id: 's-2', archived: 1 })]);
    await db.interviews.put(plan);
    const ended = makeCall({ id: 'call-1', tabId: 7, interviewId: 'plan-1', joinedAt: Date.now() - 60_000 });
    ended.endedAt = Date.now() - 1_000;
    await db.calls.put(ended);
    await db.journal.put(makeJournalEntry({ id: 'draft-1', callId: 'call-1', draft: 1 }));

    const snapshot = await dispatch('cueCard.panel', {}, framedPanelSender);
    expect(snapshot).toEqual({
      view: await dispatch('calls.current', {}, framedPanelSender),
      stories: await dispatch('stories.list', {}, framedPanelSender),
      plans: await dispatch('plans.list', undefined, framedPanelSender),
      settings: await dispatch('settings.get', undefined, framedPanelSender),
      draft: await dispatch('journal.forCall', { callId: 'call-1' }, framedPanelSender),
    });
    expect(snapshot.view?.call.id).toBe('call-1');
    expect(snapshot.stories.map((story) => story.id)).toEqual(['s-1']);
    expect(snapshot.draft?.id).toBe('draft-1');
  });

  it('has no call and no draft outside a call, and pushes one fresh snapshot after each change', async () => {
    const db = freshDb();
    const received: LiveServerMessage[] = [];
    const listeners: Array<(message: unknown) => void> = [];
    const port: LivePort = {
      sender: dashboardSender,
      postMessage: (message) => void received.push(message),
      onMessage: { addListener: (listener) => void listeners.push(listener) },
      onDisconnect: { addListener: () => {} },
      disconnect: () => {},
    };
    serveLivePort(port, createHandlers(db), (sender) =>
      sender ? isExtensionPage(sender, EXTENSION_ID, EXTENSION_ORIGIN) : false,
    );
    for (const listener of listeners) listener({ type: 'subscribe', id: 1, name: 'cueCard.panel', data: { tabId: 3 } });
    await vi.waitFor(() => expect(received).toHaveLength(1));
    const first = (received[0] as { value: PanelSnapshot }).value;
    expect(first.view).toBeNull();
    expect(first.draft).toBeNull();
    expect(first.stories).toEqual([]);

    await saveStory(db, { title: 'Written in the dashboard' });
    await vi.waitFor(() => expect(received).toHaveLength(2));
    expect((received[1] as { value: PanelSnapshot }).value.stories.map((story) => story.title)).toEqual([
      'Written in the dashboard',
    ]);
    await db.interviews.put(makePlan({ id: 'plan-2' }));
    await vi.waitFor(() => expect(received).toHaveLength(3));
    expect((received[2] as { value: PanelSnapshot }).value.plans.map((plan) => plan.id)).toEqual(['plan-2']);
  });

  it('pushes the call’s journal draft when it is written after the call ended', async () => {
    const db = freshDb();
    const ended = makeCall({ id: 'call-9', tabId: 7, joinedAt: Date.now() - 60_000 });
    ended.endedAt = Date.now() - 1_000;
    await db.calls.put(ended);
    const received: LiveServerMessage[] = [];
    const listeners: Array<(message: unknown) => void> = [];
    serveLivePort(
      {
        sender: framedPanelSender,
        postMessage: (message) => void received.push(message),
        onMessage: { addListener: (listener) => void listeners.push(listener) },
        onDisconnect: { addListener: () => {} },
        disconnect: () => {},
      },
      createHandlers(db),
      () => true,
    );
    for (const listener of listeners) listener({ type: 'subscribe', id: 1, name: 'cueCard.panel', data: {} });
    await vi.waitFor(() => expect(received).toHaveLength(1));
    expect((received[0] as { value: PanelSnapshot }).value.draft).toBeNull();
    await db.journal.put(makeJournalEntry({ id: 'draft-9', callId: 'call-9', draft: 1 }));
    await vi.waitFor(() => expect(received.length).toBeGreaterThan(1));
    expect((received.at(-1) as { value: PanelSnapshot }).value.draft?.id).toBe('draft-9');
  });
});
