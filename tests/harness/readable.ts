import type { Locator, Page } from 'playwright-core';

/** Smallest text we render: below it, a glance mid-call or a tired evening review misses words. */
export const MIN_FONT_PX = 12;

/**
 * Every visible piece of text on the page (text nodes, and the values inside form controls) whose computed
 * font-size is under MIN_FONT_PX, as "text (size px, tag.class)". Visible means laid out with a box larger than the
 * 1 px clip of `.visually-hidden` and not `visibility: hidden`; text inside same-origin frames is walked too.
 */
export async function smallText(page: Page, min = MIN_FONT_PX): Promise<string[]> {
  const found: string[] = [];
  for (const frame of page.frames()) {
    if (!frame.url().startsWith('chrome-extension://')) continue;
    found.push(
      ...(await frame.evaluate((min) => {
        const out: string[] = [];
        const describe = (el: Element, text: string, size: number) =>
          `${text.trim().slice(0, 40)} (${size}px, ${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ').join('.')}` : ''})`;
        // A 1 px box that clips its content (`.visually-hidden`) is for screen readers only.
        const clippedAway = (el: Element) => {
          for (let at: Element | null = el; at; at = at.parentElement) {
            const box = at.getBoundingClientRect();
            if (getComputedStyle(at).overflow !== 'visible' && (box.width <= 1 || box.height <= 1)) return true;
          }
          return false;
        };
        const visible = (el: Element, rects: DOMRectList) => {
          if (getComputedStyle(el).visibility === 'hidden') return false;
          return [...rects].some((rect) => rect.width > 1 && rect.height > 1) && !clippedAway(el);
        };
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const text = node.textContent ?? '';
          const parent = node.parentElement;
          if (!text.trim() || !parent || parent.closest('script, style, option')) continue;
          const range = document.createRange();
          range.selectNodeContents(node);
          if (!visible(parent, range.getClientRects())) continue;
          const size = Number.parseFloat(getComputedStyle(parent).fontSize);
          if (size < min) out.push(describe(parent, text, size));
        }
        for (const control of document.querySelectorAll('input, select, textarea')) {
          if (!visible(control, control.getClientRects())) continue;
          const type = control.getAttribute('type');
          if (type === 'checkbox' || type === 'radio' || type === 'range' || type === 'color') continue;
          const size = Number.parseFloat(getComputedStyle(control).fontSize);
          const label = (control as HTMLInputElement).value || control.getAttribute('placeholder') || control.id;
          if (size < min) out.push(describe(control, label, size));
        }
        return out;
      }, min)),
    );
  }
  return found;
}

/**
 * Each of the elements whose text is not wholly in view: clipped across (an ellipsis, or overflowing) or down (a
 * line clamp), read from the rendered box rather than the DOM.
 */
export async function unreadBoxes(elements: Locator): Promise<string[]> {
  return elements.evaluateAll((els) =>
    els
      .filter((el) => el.scrollWidth > el.clientWidth || el.scrollHeight > el.clientHeight + 1)
      .map(
        (el) =>
          `${(el.textContent ?? '').slice(0, 40)}: ${el.scrollWidth}×${el.scrollHeight} in ${el.clientWidth}×${el.clientHeight}`,
      ),
  );
}
