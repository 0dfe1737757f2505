import type { BrowserContext, Page } from 'playwright-core';
import { casePage, FIXTURE_CASES } from '../../fixtures/platforms';
import { serveCallPages } from '../../harness/call-pages';

/**
 * A platform's screens one after another in one tab, as the real app does it: the first case page is served at its
 * real URL, and each next screen swaps the page's body in place (the apps replace their body between screens
 * without a navigation; the loader's watcher sees the mutation). Served without Meet's Trusted Types policy, which
 * would refuse the swap's innerHTML; the Meet e2e elsewhere covers the page under that policy.
 */
export function caseByName(name: string) {
  const found = FIXTURE_CASES.find((c) => c.name === name);
  if (!found) throw new Error(`no fixture case ${name}`);
  return found;
}

function bodyOf(html: string): string {
  const body = html.match(/<body[^>]*>([\s\S]*)<\/body>/i)?.[1];
  if (body === undefined) throw new Error('a case page without a body');
  return body;
}

export async function serveCase(context: BrowserContext, name: string, url = caseByName(name).url): Promise<void> {
  await serveCallPages(context, [{ url, html: casePage(name) }]);
}

/** Replaces the page's body with that of another case page (the next screen of the same app). */
export async function showScreen(page: Page, name: string): Promise<void> {
  await page.evaluate(
    (html) => {
      document.body.innerHTML = html;
    },
    bodyOf(casePage(name)),
  );
}
