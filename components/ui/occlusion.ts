import { useEffect, useState } from 'preact/hooks';

/**
 * Whether the call page covers the panel right now, by IntersectionObserver v2 (`trackVisibility`, Chromium). A call
 * page can lay a top-layer popover with `pointer-events:none` over the framed panel, so the user's clicks on the
 * page's fake UI land on the panel's buttons (issue #12: two clicks marked a story told, three deleted the journal
 * draft). Actions that change what is recorded ask `panelCovered()` first and refuse while it is true.
 *
 * v2 calls a frame visible only if nothing lies over any of its box and no ancestor (across frames) is transformed,
 * filtered or translucent: so the loader draws its own chrome beside the iframe, never over it (utils/frame/frame.ts),
 * and the frame is fully opaque while hovered or focused (the opacity setting applies only at rest). Engines without
 * v2 (Firefox, whose panel is the same page in a frame) report no `isVisible`, and nothing is refused there. One flag
 * per page: a panel page has one root.
 */
let covered = false;
const listeners = new Set<() => void>();

function setCovered(now: boolean): void {
  if (now === covered) return;
  covered = now;
  for (const listener of listeners) listener();
}

export function panelCovered(): boolean {
  return covered;
}

/**
 * For an action that records something: `refuse()` says whether to refuse it now (the panel is covered), and
 * `refused` stays true, for the view to say why, until the page uncovers the panel.
 */
export function useCoveredRefusal(): { refused: boolean; refuse(): boolean } {
  const [refused, setRefused] = useState(false);
  useEffect(() => {
    const listener = () => {
      if (!covered) setRefused(false);
    };
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  }, []);
  return {
    refused,
    refuse: () => {
      setRefused(covered);
      return covered;
    },
  };
}

/** `delay` is v2's minimum: visibility is computed at most every 100 ms. */
const V2_OPTIONS = { trackVisibility: true, delay: 100 } as IntersectionObserverInit;

/** Watches the page's body: the panel swaps its root between views (cue card, journal draft), the body stays. */
export function useOcclusionWatch(): void {
  useEffect(() => {
    const element = document.body;
    if (!element || typeof IntersectionObserver !== 'function') return;
    let observer: IntersectionObserver;
    try {
      observer = new IntersectionObserver((entries) => {
        const last = entries.at(-1) as (IntersectionObserverEntry & { isVisible?: boolean }) | undefined;
        if (typeof last?.isVisible !== 'boolean') return;
        setCovered(last.isIntersecting && !last.isVisible);
        // What this page believes, on its own body (the call page cannot read the panel's document): v2 reports at
        // most every `delay` ms, so a test of a refusal waits for this, not for a fresh observer of its own.
        element.toggleAttribute('data-covered', covered);
      }, V2_OPTIONS);
      observer.observe(element);
    } catch {
      return;
    }
    return () => {
      observer.disconnect();
      setCovered(false);
      element.removeAttribute('data-covered');
    };
  }, []);
}
