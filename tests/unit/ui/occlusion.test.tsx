import { render } from 'preact';
import { act } from 'preact/test-utils';
import { panelCovered, useCoveredRefusal, useOcclusionWatch } from '@/components/ui/occlusion';

/** A stand-in for IntersectionObserver v2: the test decides what the browser would report. */
let report: (entry: Partial<IntersectionObserverEntry & { isVisible: boolean }>) => void = () => {};
let options: IntersectionObserverInit & { trackVisibility?: boolean; delay?: number } = {};
let observed: Element | undefined;
class FakeObserver {
  constructor(callback: IntersectionObserverCallback, init: IntersectionObserverInit) {
    options = init;
    report = (entry) => callback([entry as IntersectionObserverEntry], this as unknown as IntersectionObserver);
  }
  observe(element: Element) {
    observed = element;
  }
  disconnect() {}
}

function Root() {
  useOcclusionWatch();
  return <div />;
}

describe('panelCovered (IntersectionObserver v2)', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('is true while v2 says the panel is on screen but not visible (a page overlay), false otherwise', () => {
    vi.stubGlobal('IntersectionObserver', FakeObserver);
    const host = document.createElement('div');
    act(() => render(<Root />, host));
    expect(options).toMatchObject({ trackVisibility: true, delay: 100 });
    // The body, not a view's root: the panel swaps roots between the cue card and the journal draft.
    expect(observed).toBe(document.body);
    expect(panelCovered()).toBe(false);
    report({ isIntersecting: true, isVisible: false });
    expect(panelCovered()).toBe(true);
    expect(document.body.hasAttribute('data-covered')).toBe(true);
    report({ isIntersecting: true, isVisible: true });
    expect(panelCovered()).toBe(false);
    expect(document.body.hasAttribute('data-covered')).toBe(false);
    report({ isIntersecting: true, isVisible: false });
    act(() => render(null, host));
    expect(panelCovered()).toBe(false);
  });

  it('refuses nothing where v2 is missing (no isVisible in entries)', () => {
    vi.stubGlobal('IntersectionObserver', FakeObserver);
    const host = document.createElement('div');
    act(() => render(<Root />, host));
    report({ isIntersecting: true });
    expect(panelCovered()).toBe(false);
    act(() => render(null, host));
  });

  it('a refused action is said until the page uncovers the panel, then the message goes by itself', () => {
    vi.stubGlobal('IntersectionObserver', FakeObserver);
    let refusal: ReturnType<typeof useCoveredRefusal> | undefined;
    function Action() {
      useOcclusionWatch();
      refusal = useCoveredRefusal();
      return <p>{refusal.refused ? 'refused' : 'ok'}</p>;
    }
    const host = document.createElement('div');
    act(() => render(<Action />, host));
    let refusedNow = true;
    act(() => {
      refusedNow = refusal!.refuse();
    });
    expect(refusedNow).toBe(false);
    expect(host.textContent).toBe('ok');
    report({ isIntersecting: true, isVisible: false });
    act(() => {
      refusedNow = refusal!.refuse();
    });
    expect(refusedNow).toBe(true);
    expect(host.textContent).toBe('refused');
    act(() => report({ isIntersecting: true, isVisible: true }));
    expect(host.textContent).toBe('ok');
    act(() => render(null, host));
  });
});
