import { render } from 'preact';
import { act } from 'preact/test-utils';
import { useAsking } from '@/components/cue-card/use-asking';

/**
 * The panel framed in a call page may be refused sessionStorage (third-party storage blocked). The candidate's
 * "who is asking" choice must survive the panel's data briefly having no call (seen in CI: the journal draft lost
 * who heard the story).
 */
describe('useAsking where sessionStorage is refused', () => {
  let latest: ReturnType<typeof useAsking> = [null, () => {}];
  function Probe({ callId }: { callId: string | null }) {
    latest = useAsking(callId);
    return null;
  }

  beforeEach(() => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
  });
  afterEach(() => vi.restoreAllMocks());

  it('keeps the choice across a render without the call, and per call', () => {
    const host = document.createElement('div');
    act(() => render(<Probe callId="call-1" />, host));
    act(() => latest[1]('Alex Kim'));
    expect(latest[0]).toBe('Alex Kim');
    act(() => render(<Probe callId={null} />, host));
    expect(latest[0]).toBeNull();
    act(() => render(<Probe callId="call-1" />, host));
    expect(latest[0]).toBe('Alex Kim');
    act(() => render(<Probe callId="call-2" />, host));
    expect(latest[0]).toBeNull();
    act(() => render(null, host));
  });
});
