import type { Page } from 'playwright-core';

export interface KeyboardAudit {
  /** Interactive elements on the page that Tab never reached. */
  unreachable: string[];
  /** Elements that took focus without a visible focus indicator. */
  invisibleFocus: string[];
  reached: number;
}

/**
 * Presses Tab through the page as a keyboard user would and reports what could not be reached and where focus
 * did not show. Interactive means: links, buttons, form fields, and anything with a non-negative tabindex, when
 * visible and enabled.
 */
export async function auditKeyboard(page: Page, maxTabs = 400): Promise<KeyboardAudit> {
  await waitForQuietDom(page);
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    const w = window as unknown as { __reached: Set<Element>; __invisible: string[] };
    w.__reached = new Set();
    w.__invisible = [];
  });
  for (let i = 0; i < maxTabs; i += 1) {
    await page.keyboard.press('Tab');
    const current = await page.evaluate(() => {
      const el = document.activeElement;
      const w = window as unknown as { __reached: Set<Element>; __invisible: string[]; __last?: Element | null };
      if (!el || el === document.body) {
        w.__last = null;
        return null;
      }
      const first = !w.__reached.has(el);
      // Date, month and time inputs take one Tab per segment (month, then year): still the same stop.
      const segment = w.__last === el;
      w.__last = el;
      w.__reached.add(el);
      const style = getComputedStyle(el);
      const ring =
        (style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) > 0) ||
        (style.boxShadow && style.boxShadow !== 'none');
      const name = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}[${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}]`;
      if (first && !ring) w.__invisible.push(name);
      return { first, segment };
    });
    // Back at an element seen before: the Tab order has wrapped around.
    if (current && !current.first && !current.segment) break;
  }
  return page.evaluate(() => {
    const w = window as unknown as { __reached: Set<Element>; __invisible: string[] };
    const candidates = [
      ...document.querySelectorAll<HTMLElement>(
        'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"]), [contenteditable="true"]',
      ),
    ].filter((el) => {
      if ((el as HTMLButtonElement).disabled) return false;
      if (el.closest('[inert], [hidden]')) return false;
      // Folded away in a closed <details> (its summary excepted): Chrome lays it out on demand, so it has a box.
      if (el.closest('details:not([open]) > :not(summary)')) return false;
      const box = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      return (
        box.width > 0 &&
        box.height > 0 &&
        style.visibility !== 'hidden' &&
        !(el as HTMLInputElement).type?.match?.(/^hidden$/)
      );
    });
    const describe = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}[${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}]`;
    return {
      unreachable: candidates.filter((el) => !w.__reached.has(el)).map(describe),
      invisibleFocus: w.__invisible,
      reached: w.__reached.size,
    };
  });
}

/** Live data arrives after first paint: wait until the page stops changing before auditing it. */
export async function waitForQuietDom(page: Page, quietMs = 300, timeoutMs = 5_000): Promise<void> {
  await page.evaluate(
    ([quiet, timeout]) =>
      new Promise<void>((done) => {
        let timer = setTimeout(finish, quiet);
        const observer = new MutationObserver(() => {
          clearTimeout(timer);
          timer = setTimeout(finish, quiet);
        });
        const deadline = setTimeout(finish, timeout);
        function finish() {
          observer.disconnect();
          clearTimeout(deadline);
          done();
        }
        observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
      }),
    [quietMs, timeoutMs] as const,
  );
}
