import { StarboardDb } from '@/entrypoints/background/db';
import type { Sender } from '@/entrypoints/background/router';

let counter = 0;

/** A fresh database per test: fake-indexeddb keeps databases for the whole run, so names must not repeat. */
export function freshDb(): StarboardDb {
  counter += 1;
  return new StarboardDb(`starboard-test-${counter}-${Math.random().toString(36).slice(2)}`);
}

export const EXTENSION_ID = 'starboard-test-id';
export const EXTENSION_ORIGIN = 'chrome-extension://starboard-test-id/';

export const dashboardSender: Sender = { id: EXTENSION_ID, url: `${EXTENSION_ORIGIN}dashboard.html` };
export const framedPanelSender = {
  id: EXTENSION_ID,
  url: `${EXTENSION_ORIGIN}panel.html`,
  tab: { id: 7, url: 'https://meet.google.com/abc-defg-hij' },
  frameId: 3,
} as Sender;
/** What a call-page content script's messages carry: our id, but the web page's URL. */
export const contentScriptSender = {
  id: EXTENSION_ID,
  url: 'https://meet.google.com/abc-defg-hij',
  tab: { id: 7, url: 'https://meet.google.com/abc-defg-hij' },
  frameId: 0,
} as Sender;
