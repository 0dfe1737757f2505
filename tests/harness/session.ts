import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchWithExtension } from './browser.mjs';

export interface ExtensionSession {
  context: BrowserContext;
  extensionUrl: (path: string) => string;
}

/** One browser with the extension for a whole test file: launched before its tests, closed (and checked) after. */
export function extensionSession(): ExtensionSession {
  const session = {} as ExtensionSession;
  beforeAll(async () => {
    Object.assign(session, await launchWithExtension());
  });
  afterAll(async () => {
    await session.context?.close();
  });
  return session;
}
