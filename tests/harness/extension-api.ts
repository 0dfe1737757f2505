import type { BrowserContext, Page } from 'playwright-core';
import type { DataOf, MessageName, ResultOf } from '../../utils/api/protocol';
import { requestFromPage } from './browser.mjs';

/**
 * Looking into the extension from a test, the way its own pages do: an extension page (opened here as a tab) sends
 * the typed API's messages and reads browser state only the extension can see (toolbar badges, alarms). For checking
 * the call record and for setups no UI offers; everything a user does goes through the UI.
 */
export class ExtensionProbe {
  private constructor(private readonly page: Page) {}

  static async open(context: BrowserContext, extensionUrl: (path: string) => string): Promise<ExtensionProbe> {
    const page = await context.newPage();
    await page.goto(extensionUrl('popup.html'));
    return new ExtensionProbe(page);
  }

  /** One request in @webext-core/messaging's wire format, answered by the background like any page's. */
  async request<K extends MessageName>(name: K, data: DataOf<K>): Promise<Awaited<ResultOf<K>>> {
    return requestFromPage(this.page, name, data) as Promise<Awaited<ResultOf<K>>>;
  }

  /** The call in a tab, with its plan and pinned stories, as the panel gets it; throws when the tab has none. */
  async callIn(tabId: number) {
    const view = await this.request('calls.current', { tabId });
    if (!view) throw new Error(`No call in tab ${tabId}`);
    return view;
  }

  /** The toolbar badge of a tab, or without a tab the badge every tab shows unless it has its own. */
  async badgeText(tabId?: number): Promise<string> {
    return this.page.evaluate(
      (tabId) =>
        (
          globalThis as unknown as {
            chrome: { action: { getBadgeText(d: { tabId?: number }): Promise<string> } };
          }
        ).chrome.action.getBadgeText(tabId === null ? {} : { tabId }),
      tabId ?? null,
    );
  }

  /** The toolbar button's tooltip on a tab (it says when a call runs there or the closing checklist is due). */
  async toolbarTitle(tabId: number): Promise<string> {
    return this.page.evaluate(
      (tabId) =>
        (
          globalThis as unknown as { chrome: { action: { getTitle(d: { tabId: number }): Promise<string> } } }
        ).chrome.action.getTitle({ tabId }),
      tabId,
    );
  }

  async alarm(name: string): Promise<{ name: string; scheduledTime: number } | undefined> {
    return this.page.evaluate(
      async (name) =>
        (await (
          globalThis as unknown as {
            chrome: { alarms: { get(n: string): Promise<{ name: string; scheduledTime: number } | undefined> } };
          }
        ).chrome.alarms.get(name)) ?? undefined,
      name,
    );
  }

  /** The ids of the notifications the extension shows now (needs the `notifications` permission). */
  async notificationIds(): Promise<string[]> {
    return this.page.evaluate(async () => {
      const chrome = globalThis as unknown as {
        chrome: { notifications?: { getAll(): Promise<Record<string, boolean>> } };
      };
      return Object.keys((await chrome.chrome.notifications?.getAll()) ?? {});
    });
  }

  /** The id of the tab showing a web page, found by URL prefix. */
  async tabIdOfUrl(urlPrefix: string): Promise<number> {
    const [id] = await this.tabIdsOfUrl(urlPrefix);
    if (id === undefined) throw new Error(`No tab at ${urlPrefix}`);
    return id;
  }

  /** The ids of every tab showing a web page, found by URL prefix, in tab order. */
  async tabIdsOfUrl(urlPrefix: string): Promise<number[]> {
    return this.page.evaluate(async (prefix) => {
      const chrome = globalThis as unknown as {
        chrome: { tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>> } };
      };
      const tabs = await chrome.chrome.tabs.query({});
      return tabs.filter((t) => t.url?.startsWith(prefix) && t.id !== undefined).map((t) => t.id!);
    }, urlPrefix);
  }

  async close(): Promise<void> {
    await this.page.close();
  }
}

/** The browser tab id of an extension page open in a tab. */
export async function tabIdOf(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const chrome = globalThis as unknown as { chrome: { tabs: { getCurrent(): Promise<{ id?: number }> } } };
    const tab = await chrome.chrome.tabs.getCurrent();
    if (tab.id === undefined) throw new Error('Not a tab');
    return tab.id;
  });
}
