/**
 * Where the in-call panel frame sits. Measured from the viewport's right edge, so a frame left docked at the right
 * stays docked when the window is resized. All functions are pure: the loader feeds them the viewport and pointer
 * deltas and draws what comes back.
 */
export interface FrameRect {
  /** Distance from the viewport's right edge to the frame's right edge. */
  right: number;
  top: number;
  width: number;
  height: number;
}

export interface Viewport {
  width: number;
  height: number;
}

export const EDGE = 16;
/** Meet, Zoom and Teams all keep their call controls in a bottom bar: the default frame leaves it free. */
export const BOTTOM_BAR = 96;
export const MIN_WIDTH = 240;
export const MIN_HEIGHT = 160;
export const DEFAULT_WIDTH = 360;

/** `value` kept within [min, max]; a range that cannot hold `min` (a tiny window) yields `max`, never below 0. */
function within(value: number, min: number, max: number): number {
  const upper = Math.max(0, max);
  return Math.round(Math.min(Math.max(Number.isFinite(value) ? value : min, Math.min(min, upper)), upper));
}

export function clampRect(rect: FrameRect, viewport: Viewport): FrameRect {
  const width = within(rect.width, MIN_WIDTH, viewport.width);
  const height = within(rect.height, MIN_HEIGHT, viewport.height);
  return {
    width,
    height,
    right: within(rect.right, 0, viewport.width - width),
    top: within(rect.top, 0, viewport.height - height),
  };
}

export function defaultRect(viewport: Viewport): FrameRect {
  return clampRect(
    { right: EDGE, top: EDGE, width: DEFAULT_WIDTH, height: viewport.height - EDGE - BOTTOM_BAR },
    viewport,
  );
}

/** Dragged by the header's grip: the pointer moved (dx, dy). */
export function moveRect(rect: FrameRect, dx: number, dy: number, viewport: Viewport): FrameRect {
  return clampRect({ ...rect, right: rect.right - dx, top: rect.top + dy }, viewport);
}

/**
 * Resized by the handle at the bottom-left corner (the frame is docked right, so it grows into the page): the right
 * and top edges stay put.
 */
export function resizeRect(rect: FrameRect, dx: number, dy: number, viewport: Viewport): FrameRect {
  const width = Math.min(rect.width - dx, viewport.width - rect.right);
  const height = Math.min(rect.height + dy, viewport.height - rect.top);
  return clampRect({ ...rect, width, height }, viewport);
}

/** The CSS box of a rect, as `left`/`top` so the frame never depends on the page's scrollbar gutter. */
export function toBox(
  rect: FrameRect,
  viewport: Viewport,
): { left: number; top: number; width: number; height: number } {
  return { left: viewport.width - rect.right - rect.width, top: rect.top, width: rect.width, height: rect.height };
}
