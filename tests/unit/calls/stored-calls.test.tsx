import { render } from 'preact';
import { act } from 'preact/test-utils';
import { StoredCalls } from '@/components/backup/StoredCalls';
import { makeCall } from '../backup/fixtures';

const requests: Array<[string, unknown]> = [];
let calls: unknown[] = [];

vi.mock('@/utils/api/live', () => ({
  subscribe: (_name: string, _data: unknown, onValue: (value: unknown) => void) => {
    onValue(calls);
    return () => {};
  },
}));
vi.mock('@/utils/api/client', () => ({
  request: async (name: string, data: unknown) => {
    requests.push([name, data]);
    if (name === 'calls.delete') throw new Error('This call is still live: end it before deleting it');
  },
}));

describe('StoredCalls', () => {
  it('lists every call with a delete button, disabled for a live call, and shows the background’s refusal', async () => {
    calls = [
      makeCall({ id: 'ended', endedAt: 2 }),
      makeCall({ id: 'live', endedAt: undefined, platform: 'future' as never }),
    ];
    const host = document.createElement('div');
    act(() => render(<StoredCalls />, host));
    expect(host.querySelector('summary')!.textContent).toBe('Stored calls (2)');
    const buttons = [...host.querySelectorAll('button')];
    expect(buttons.map((b) => b.disabled)).toEqual([false, true]);
    expect(host.textContent).toContain('Unknown (future)');
    await act(async () => {
      buttons[0]!.click();
      await Promise.resolve();
    });
    expect(requests).toEqual([['calls.delete', { callId: 'ended' }]]);
    expect(host.querySelector('[role=alert]')!.textContent).toContain('still live');
    render(null, host);
  });
});
