/**
 * Whether the in-call frame is open, as a small reducer so the rules are testable without a page:
 *
 * - `collapsed` is the user's choice, remembered per platform.
 * - While the screen is shared (and hiding is on), the frame is collapsed on top of that choice, without touching
 *   it, so the end of sharing restores exactly what was there before.
 * - A user who opens the panel during a share gets it (`shownAnyway`); collapsing it again returns to the share
 *   hiding rather than changing the remembered choice. Another share signal hides it again.
 */
export interface FrameState {
  collapsed: boolean;
  sharing: boolean;
  hideWhileSharing: boolean;
  shownAnyway: boolean;
}

export type FrameEvent =
  | { type: 'expand' }
  | { type: 'collapse' }
  | { type: 'toggle' }
  | { type: 'share'; sharing: boolean }
  | { type: 'hide-while-sharing'; on: boolean };

export function hiddenBySharing(state: FrameState): boolean {
  return state.sharing && state.hideWhileSharing && !state.shownAnyway;
}

export function isCollapsed(state: FrameState): boolean {
  return state.collapsed || hiddenBySharing(state);
}

export function reduceFrame(state: FrameState, event: FrameEvent): FrameState {
  switch (event.type) {
    case 'toggle':
      return reduceFrame(state, { type: isCollapsed(state) ? 'expand' : 'collapse' });
    case 'expand':
      return { ...state, collapsed: false, shownAnyway: state.sharing };
    case 'collapse':
      return state.sharing && state.hideWhileSharing
        ? { ...state, shownAnyway: false }
        : { ...state, collapsed: true, shownAnyway: false };
    case 'share':
      // A share signal again while shown anyway hides again: a new share must not find the panel open.
      return { ...state, sharing: event.sharing, shownAnyway: false };
    case 'hide-while-sharing':
      return { ...state, hideWhileSharing: event.on };
  }
}
