import type { Platform } from '@/utils/model';

/**
 * The call-page loader and the panel-frame script are two scripts in the same isolated world (this extension's, in
 * the tab's top frame), which the page cannot see. They talk through these two globals, synchronously: a share
 * must hide the frame in the same task as the event.
 */
export interface LoaderGlobal {
  platform: Platform;
  /** Whether the screen is being shared now, for a frame mounted mid-share. */
  sharing: boolean;
  /** The user asked for the panel (popup, shortcut, "Use Starboard on this site"): mount it open. */
  expandOnMount: boolean;
  /** Shows the panel, mounting it if need be. */
  show(): void;
  /** Opens the share latch: the call ended, or the user's own click on the slim tab said the share is over. */
  shareOver(): void;
}

export interface FrameGlobal {
  share(sharing: boolean): void;
  expand(): void;
  remove(): void;
}

export type StarboardGlobals = typeof globalThis & { starboardLoader?: LoaderGlobal; starboardFrame?: FrameGlobal };

export const globals = globalThis as StarboardGlobals;
