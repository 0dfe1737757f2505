import { render } from 'preact';
import { act } from 'preact/test-utils';
import { useReminderSeen } from '@/components/closing/use-on-screen';
import { SEEN_DWELL_MS } from '@/utils/closing/protocol';

const asked: string[] = [];
let answers: boolean[] = [];

vi.mock('@/utils/api/client', () => ({
  request: async (name: string, data: { callId: string }) => {
    asked.push(`${name}:${data.callId}`);
    return { recorded: false, seen: answers.shift() ?? false };
  },
}));

function Harness({ call, onScreen }: { call: { id: string } | null; onScreen: boolean }) {
  useReminderSeen(call, onScreen, 100);
  return null;
}

const CALL = { id: 'c1' };
let host: HTMLElement;

function show(props: { call: { id: string } | null; onScreen: boolean }) {
  act(() => render(<Harness {...props} />, host));
}

/** Advances the fake clock and lets the request's promise settle. */
async function wait(ms: number) {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(ms);
  });
}

beforeEach(() => {
  vi.useFakeTimers();
  asked.length = 0;
  answers = [];
  host = document.createElement('div');
});
afterEach(() => {
  render(null, host);
  vi.useRealTimers();
});

describe('useReminderSeen: seen means on screen for a second', () => {
  it('asks only after the checklist stayed on screen for SEEN_DWELL_MS', async () => {
    show({ call: CALL, onScreen: true });
    await wait(SEEN_DWELL_MS - 1);
    expect(asked).toEqual([]);
    await wait(1);
    expect(asked).toEqual(['closing.seen:c1']);
  });

  it('never asks when it leaves the screen before the second is up, and starts over when it comes back', async () => {
    show({ call: CALL, onScreen: true });
    await wait(SEEN_DWELL_MS - 100);
    show({ call: CALL, onScreen: false });
    await wait(5 * SEEN_DWELL_MS);
    expect(asked).toEqual([]);
    show({ call: CALL, onScreen: true });
    await wait(SEEN_DWELL_MS - 100);
    expect(asked).toEqual([]);
    await wait(100);
    expect(asked).toHaveLength(1);
  });

  it('asks again each second while the background says not seen (a collapsed frame), and stops once seen', async () => {
    answers = [false, false, true];
    show({ call: CALL, onScreen: true });
    await wait(SEEN_DWELL_MS);
    await wait(SEEN_DWELL_MS);
    await wait(SEEN_DWELL_MS);
    expect(asked).toHaveLength(3);
    await wait(10 * SEEN_DWELL_MS);
    expect(asked).toHaveLength(3);
  });

  it('does nothing while the checklist is not forward', async () => {
    show({ call: null, onScreen: true });
    await wait(5 * SEEN_DWELL_MS);
    expect(asked).toEqual([]);
  });
});
