import { describe, expect, it } from 'vitest';
import { showToolbarState, toolbarTitle } from '@/entrypoints/background/toolbar';

type Call = [method: string, details: Record<string, unknown>];

function fakeAction() {
  const calls: Call[] = [];
  const record = (method: string) => async (details: Record<string, unknown>) => {
    calls.push([method, details]);
  };
  return {
    calls,
    action: {
      setIcon: record('setIcon'),
      setBadgeText: record('setBadgeText'),
      setBadgeBackgroundColor: record('setBadgeBackgroundColor'),
      setTitle: record('setTitle'),
    } as never,
  };
}

const detailsOf = (calls: Call[], method: string) => calls.find(([name]) => name === method)?.[1];

describe('the toolbar button of a tab', () => {
  it('shows the in-call mark and says the panel is on the tab while a call runs there', async () => {
    const { calls, action } = fakeAction();
    await showToolbarState(7, { inCall: true, reminderDue: false }, action);
    expect(detailsOf(calls, 'setIcon')).toEqual({
      tabId: 7,
      path: {
        16: '/icons/in-call-16.png',
        32: '/icons/in-call-32.png',
        48: '/icons/in-call-48.png',
        128: '/icons/in-call-128.png',
      },
    });
    expect(detailsOf(calls, 'setTitle')).toEqual({
      tabId: 7,
      title: 'Starboard: in a call, your panel is on this tab',
    });
    // No badge of its own: the tab shows the global one (journal drafts waiting).
    expect(detailsOf(calls, 'setBadgeText')).toEqual({ tabId: 7, text: null });
  });

  it('keeps the in-call mark when the closing checklist is due, and badges it', async () => {
    const { calls, action } = fakeAction();
    await showToolbarState(7, { inCall: true, reminderDue: true }, action);
    expect((detailsOf(calls, 'setIcon') as { path: Record<number, string> }).path[16]).toBe('/icons/in-call-16.png');
    expect(detailsOf(calls, 'setBadgeText')).toEqual({ tabId: 7, text: '•' });
    expect(detailsOf(calls, 'setTitle')).toEqual({ tabId: 7, title: 'Starboard: time for your closing checklist' });
  });

  it('goes back to the plain mark and name when the call ends', async () => {
    const { calls, action } = fakeAction();
    await showToolbarState(7, { inCall: false, reminderDue: false }, action);
    expect((detailsOf(calls, 'setIcon') as { path: Record<number, string> }).path[16]).toBe('/icons/16.png');
    expect(detailsOf(calls, 'setTitle')).toEqual({ tabId: 7, title: 'Starboard' });
    expect(detailsOf(calls, 'setBadgeBackgroundColor')).toBeUndefined();
  });

  it('a checklist seen mid-call clears the badge but not the in-call title', () => {
    expect(toolbarTitle({ inCall: true, reminderDue: false })).toBe('Starboard: in a call, your panel is on this tab');
  });

  it('a tab closed meanwhile does not throw', async () => {
    const failing = { setIcon: () => Promise.reject(new Error('No tab with id: 7')) } as never;
    await expect(showToolbarState(7, { inCall: true, reminderDue: false }, failing)).resolves.toBeUndefined();
  });
});
