import {
  clampOpacity,
  DEFAULT_FRAME_PREFS,
  framePrefsKey,
  MIN_OPACITY,
  mergeFramePrefs,
  readFramePrefs,
  readHideWhileSharing,
} from '@/utils/frame/prefs';

describe('frame prefs', () => {
  it('defaults to an open, opaque frame at the default place', () => {
    expect(readFramePrefs(undefined)).toEqual(DEFAULT_FRAME_PREFS);
    expect(DEFAULT_FRAME_PREFS).toEqual({ collapsed: false, opacity: 1 });
  });

  it('keeps what is valid and replaces what is not, field by field', () => {
    expect(
      readFramePrefs({
        rect: { right: 10, top: 20, width: 300, height: 400 },
        collapsed: 'yes',
        opacity: 0.5,
        stray: 1,
      }),
    ).toEqual({ rect: { right: 10, top: 20, width: 300, height: 400 }, collapsed: false, opacity: 0.5 });
    expect(readFramePrefs({ rect: { right: 10, top: 20, width: '300', height: 400 }, collapsed: true })).toEqual({
      collapsed: true,
      opacity: 1,
    });
    expect(readFramePrefs('garbage')).toEqual(DEFAULT_FRAME_PREFS);
    expect(readFramePrefs(null)).toEqual(DEFAULT_FRAME_PREFS);
  });

  it('keeps opacity readable: never below the minimum, never above 1', () => {
    expect(clampOpacity(0)).toBe(MIN_OPACITY);
    expect(clampOpacity(7)).toBe(1);
    expect(clampOpacity(0.456)).toBe(0.46);
    expect(clampOpacity(Number.NaN)).toBe(1);
    expect(clampOpacity('0.5')).toBe(1);
  });

  it('merges a patch into the prefs, through the same checks', () => {
    const prefs = readFramePrefs({ collapsed: true, opacity: 0.8 });
    expect(mergeFramePrefs(prefs, { opacity: 0.1 })).toEqual({ collapsed: true, opacity: MIN_OPACITY });
    expect(mergeFramePrefs(prefs, { rect: { right: 1, top: 2, width: 300, height: 200 } })).toEqual({
      rect: { right: 1, top: 2, width: 300, height: 200 },
      collapsed: true,
      opacity: 0.8,
    });
  });

  it('hides the panel while sharing unless the user turned that off', () => {
    expect(readHideWhileSharing(undefined)).toBe(true);
    expect(readHideWhileSharing(true)).toBe(true);
    expect(readHideWhileSharing('no')).toBe(true);
    expect(readHideWhileSharing(false)).toBe(false);
  });

  it('keeps prefs per platform', () => {
    expect(framePrefsKey('meet')).not.toBe(framePrefsKey('zoom'));
  });
});
