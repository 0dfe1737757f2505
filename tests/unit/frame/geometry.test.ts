import fc from 'fast-check';
import {
  BOTTOM_BAR,
  clampRect,
  DEFAULT_WIDTH,
  defaultRect,
  EDGE,
  type FrameRect,
  MIN_HEIGHT,
  MIN_WIDTH,
  moveRect,
  resizeRect,
  toBox,
} from '@/utils/frame/geometry';

const LAPTOP = { width: 1280, height: 800 };

function insideViewport(rect: FrameRect, viewport: { width: number; height: number }): boolean {
  const box = toBox(rect, viewport);
  return (
    box.left >= 0 &&
    box.top >= 0 &&
    box.left + box.width <= viewport.width &&
    box.top + box.height <= viewport.height &&
    rect.right >= 0
  );
}

describe('frame geometry', () => {
  it('docks at the right edge by default, leaving the bottom bar of call controls free', () => {
    const rect = defaultRect(LAPTOP);
    expect(rect).toEqual({ right: EDGE, top: EDGE, width: DEFAULT_WIDTH, height: LAPTOP.height - EDGE - BOTTOM_BAR });
    const box = toBox(rect, LAPTOP);
    expect(box.left + box.width).toBe(LAPTOP.width - EDGE);
    expect(box.top + box.height).toBe(LAPTOP.height - BOTTOM_BAR);
  });

  it('pulls a rect saved in a larger window back into view, keeping its size where it fits', () => {
    expect(clampRect({ right: 900, top: 700, width: 400, height: 300 }, LAPTOP)).toEqual({
      right: 880,
      top: 500,
      width: 400,
      height: 300,
    });
  });

  it('never goes below its minimum size, unless the window itself is smaller', () => {
    expect(clampRect({ right: 0, top: 0, width: 10, height: 10 }, LAPTOP)).toMatchObject({
      width: MIN_WIDTH,
      height: MIN_HEIGHT,
    });
    expect(clampRect({ right: 50, top: 50, width: 400, height: 400 }, { width: 200, height: 120 })).toEqual({
      right: 0,
      top: 0,
      width: 200,
      height: 120,
    });
  });

  it('treats non-numbers as the minimum rather than drawing nothing', () => {
    expect(clampRect({ right: Number.NaN, top: 0, width: Number.POSITIVE_INFINITY, height: 300 }, LAPTOP)).toEqual({
      right: 0,
      top: 0,
      width: MIN_WIDTH,
      height: 300,
    });
  });

  it('moves with the pointer: left and down grow the distance from the right edge and the top', () => {
    const start = defaultRect(LAPTOP);
    expect(moveRect(start, -100, 30, LAPTOP)).toEqual({ ...start, right: start.right + 100, top: start.top + 30 });
    expect(moveRect(start, 500, -500, LAPTOP)).toEqual({ ...start, right: 0, top: 0 });
  });

  it('resizes from the bottom-left corner with the right and top edges fixed', () => {
    const start = { right: 16, top: 16, width: 360, height: 400 };
    expect(resizeRect(start, -40, 20, LAPTOP)).toEqual({ ...start, width: 400, height: 420 });
    // Growing past the window's left or bottom edge stops at the edge.
    expect(resizeRect(start, -5000, 5000, LAPTOP)).toEqual({ ...start, width: 1264, height: 784 });
  });

  it('always stays inside the viewport, whatever the input', () => {
    const num = fc.double({ min: -1e5, max: 1e5, noNaN: true });
    fc.assert(
      fc.property(
        fc.record({ right: num, top: num, width: num, height: num }),
        fc.integer({ min: 1, max: 4000 }),
        fc.integer({ min: 1, max: 3000 }),
        num,
        num,
        (rect, width, height, dx, dy) => {
          const viewport = { width, height };
          return (
            insideViewport(clampRect(rect, viewport), viewport) &&
            insideViewport(moveRect(clampRect(rect, viewport), dx, dy, viewport), viewport) &&
            insideViewport(resizeRect(clampRect(rect, viewport), dx, dy, viewport), viewport)
          );
        },
      ),
    );
  });
});
