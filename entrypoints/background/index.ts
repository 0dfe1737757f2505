import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { messenger } from '@/utils/api/messenger';
import { LIVE_PORT, type MessageName } from '@/utils/api/protocol';
import { callPageKey } from '@/utils/platforms/meeting-url';
import { endCallInTab, endOrphanedCalls, liveCallInTab } from './calls';
import { installReminders } from './closing/reminders';
import { StarboardDb } from './db';
import { createHandlers } from './features';
import { relayToLoader } from './frame';
import { installJournalDrafts } from './journal/drafts';
import { type LivePort, serveLivePort } from './live';
import { syncPlatforms } from './platforms';
import { CallEvents, createDispatcher, isExtensionPage, type Sender } from './router';
import { seedSamples } from './samples';
import { configureSidePanel } from './side-panel';
import { showToolbarState } from './toolbar';
import { installHeadsUps } from './up-next';

// A classic worker script, not a module: WXT then bundles the background on its own, one file with no chunks shared
// with the pages, so a worker waking up parses only its own code and the pages' chunks are split for the pages alone
// (the panel's one shared chunk, wxt.config.ts).
export default defineBackground({
  main() {
    const db = new StarboardDb();
    const extensionId = browser.runtime.id;
    const extensionOrigin = browser.runtime.getURL('/');
    const callEvents = new CallEvents();
    installJournalDrafts(db, callEvents);
    const handlers = createHandlers(db, callEvents);
    const dispatch = createDispatcher(handlers, extensionId, extensionOrigin);
    installReminders(db, callEvents);
    // The toolbar's "in a call" mark on the call's tab (a call starts with no reminder due; one that ends has none).
    callEvents.onStarted((call) => {
      if (call.tabId !== undefined) return showToolbarState(call.tabId, { inCall: true, reminderDue: false });
    });
    callEvents.onEnded((call) => {
      if (call.tabId !== undefined) return showToolbarState(call.tabId, { inCall: false, reminderDue: false });
    });
    installHeadsUps(db);
    configureSidePanel();

    // Listeners are registered synchronously at start-up so a message that woke the worker is not missed.
    for (const name of [...Object.keys(handlers.queries), ...Object.keys(handlers.commands)] as MessageName[]) {
      messenger.onMessage(name, ({ data, sender }) => dispatch(name, data as never, sender as Sender));
    }

    browser.runtime.onConnect.addListener((port) => {
      if (port.name !== LIVE_PORT) return;
      serveLivePort(port as unknown as LivePort, handlers, (sender) =>
        sender ? isExtensionPage(sender, extensionId, extensionOrigin) : false,
      );
    });

    const endInTab = async (tabId: number) => {
      const ended = await endCallInTab(db, tabId);
      if (ended) await callEvents.emitEnded(ended);
    };
    browser.tabs.onRemoved.addListener((tabId) => void endInTab(tabId));
    // Leaving the meeting's page (not a reload of it) ends the call even if the loader had no chance to say so.
    browser.tabs.onUpdated.addListener(async (tabId, change) => {
      if (!change.url) return;
      const live = await liveCallInTab(db, tabId);
      if (live && live.platform !== 'rehearsal' && callPageKey(change.url) !== callPageKey(live.tabUrl)) {
        await endInTab(tabId);
      }
    });

    // Zoom and Teams loaders follow their optional permissions, however those change (the dashboard, or the browser's
    // own extension settings); checked at every start too, so a browser restart or an update re-registers them.
    const syncPlatformsNow = () => void syncPlatforms(db).catch(() => {});
    browser.permissions.onAdded.addListener(syncPlatformsNow);
    browser.permissions.onRemoved.addListener(syncPlatformsNow);
    syncPlatformsNow();

    browser.commands.onCommand.addListener(async (command, tab) => {
      if (command !== 'toggle-panel') return;
      const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
      if (tabId !== undefined) await relayToLoader(tabId, { type: 'starboard/frame', action: 'toggle' });
    });

    browser.runtime.onStartup.addListener(async () => {
      // A call cut short by a crash or a quit ended all the same: its journal draft is still due.
      for (const call of await endOrphanedCalls(db)) await callEvents.emitEnded(call);
    });

    browser.runtime.onInstalled.addListener(async ({ reason }) => {
      if (reason !== 'install') return;
      if ((await db.stories.count()) === 0) await seedSamples(db);
      await browser.tabs.create({ url: browser.runtime.getURL('/dashboard.html') });
    });
  },
});
