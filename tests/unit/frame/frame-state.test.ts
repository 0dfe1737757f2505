import { type FrameState, hiddenBySharing, isCollapsed, reduceFrame } from '@/utils/frame/frame-state';

const open: FrameState = { collapsed: false, sharing: false, hideWhileSharing: true, shownAnyway: false };

function run(state: FrameState, ...events: Parameters<typeof reduceFrame>[1][]): FrameState {
  return events.reduce(reduceFrame, state);
}

describe('frame state', () => {
  it('toggles between open and collapsed', () => {
    expect(isCollapsed(run(open, { type: 'toggle' }))).toBe(true);
    expect(isCollapsed(run(open, { type: 'toggle' }, { type: 'toggle' }))).toBe(false);
  });

  it('collapses while sharing without touching the remembered choice, and restores it when sharing ends', () => {
    const sharing = run(open, { type: 'share', sharing: true });
    expect(isCollapsed(sharing)).toBe(true);
    expect(hiddenBySharing(sharing)).toBe(true);
    expect(sharing.collapsed).toBe(false);
    expect(isCollapsed(run(sharing, { type: 'share', sharing: false }))).toBe(false);

    const collapsedBefore = run(open, { type: 'collapse' }, { type: 'share', sharing: true });
    expect(isCollapsed(collapsedBefore)).toBe(true);
    expect(isCollapsed(run(collapsedBefore, { type: 'share', sharing: false }))).toBe(true);
  });

  it('lets the user open the panel during a share; collapsing it again goes back to the share hiding', () => {
    const shown = run(open, { type: 'share', sharing: true }, { type: 'toggle' });
    expect(isCollapsed(shown)).toBe(false);
    const hiddenAgain = run(shown, { type: 'toggle' });
    expect(isCollapsed(hiddenAgain)).toBe(true);
    expect(hiddenAgain.collapsed).toBe(false);
    expect(hiddenBySharing(hiddenAgain)).toBe(true);
    // The next share hides it again.
    expect(isCollapsed(run(shown, { type: 'share', sharing: false }, { type: 'share', sharing: true }))).toBe(true);
  });

  it('opening a panel that was collapsed before the share keeps it open afterwards', () => {
    const state = run(open, { type: 'collapse' }, { type: 'share', sharing: true }, { type: 'expand' });
    expect(isCollapsed(state)).toBe(false);
    expect(isCollapsed(run(state, { type: 'share', sharing: false }))).toBe(false);
  });

  it('does not hide while sharing when the user turned that off', () => {
    const off = run(open, { type: 'hide-while-sharing', on: false }, { type: 'share', sharing: true });
    expect(isCollapsed(off)).toBe(false);
    expect(isCollapsed(run(off, { type: 'hide-while-sharing', on: true }))).toBe(true);
  });

  it('hides again on a repeated share signal: a new share must not find the panel the user opened', () => {
    const shown = run(open, { type: 'share', sharing: true }, { type: 'expand' });
    expect(isCollapsed(shown)).toBe(false);
    expect(isCollapsed(run(shown, { type: 'share', sharing: true }))).toBe(true);
    expect(run(shown, { type: 'share', sharing: true }).collapsed).toBe(false);
  });
});
