import { asksForReport, asksToShow, isFromBackground, readLoaderMessage } from '@/utils/frame/guards';

const ID = 'our-extension';
const background = { id: ID };
const contentScript = { id: ID, tab: { id: 3 } };
const stranger = { id: 'someone-else' };

describe('messages to the call-page scripts', () => {
  it('come only from our background: not another extension, not anything in a tab', () => {
    expect(isFromBackground(background, ID)).toBe(true);
    expect(isFromBackground(contentScript, ID)).toBe(false);
    expect(isFromBackground(stranger, ID)).toBe(false);
    expect(isFromBackground({}, ID)).toBe(false);
  });

  it('reads every frame action and the badge', () => {
    for (const action of ['collapse', 'expand', 'toggle'] as const) {
      expect(readLoaderMessage({ type: 'starboard/frame', action }, background, ID)).toEqual({
        type: 'starboard/frame',
        action,
      });
    }
    expect(readLoaderMessage({ type: 'starboard/frame', action: 'opacity', value: 0.7 }, background, ID)).toEqual({
      type: 'starboard/frame',
      action: 'opacity',
      value: 0.7,
    });
    expect(readLoaderMessage({ type: 'starboard/badge', on: true }, background, ID)).toEqual({
      type: 'starboard/badge',
      on: true,
    });
    expect(readLoaderMessage({ type: 'starboard/label', label: 'draft', title: 'x' }, background, ID)).toEqual({
      type: 'starboard/label',
      label: 'draft',
    });
  });

  it('clamps opacity and drops extra fields', () => {
    expect(
      readLoaderMessage({ type: 'starboard/frame', action: 'opacity', value: 0, story: 'x' }, background, ID),
    ).toEqual({ type: 'starboard/frame', action: 'opacity', value: 0.3 });
    expect(readLoaderMessage({ type: 'starboard/frame', action: 'toggle', story: 'x' }, background, ID)).toEqual({
      type: 'starboard/frame',
      action: 'toggle',
    });
  });

  it('ignores anything malformed or from the wrong sender', () => {
    const bad: unknown[] = [
      null,
      'toggle',
      42,
      {},
      { type: 'starboard/frame' },
      { type: 'starboard/frame', action: 'remove' },
      { type: 'starboard/frame', action: 'opacity' },
      { type: 'starboard/frame', action: 'opacity', value: Number.NaN },
      { type: 'starboard/badge', on: 'yes' },
      { type: 'starboard/label', label: 'Acme: 3 stories told' },
      { type: 'starboard/label' },
      { type: 'call.report', data: {} },
    ];
    for (const message of bad) expect(readLoaderMessage(message, background, ID)).toBeNull();
    expect(readLoaderMessage({ type: 'starboard/frame', action: 'toggle' }, contentScript, ID)).toBeNull();
    expect(readLoaderMessage({ type: 'starboard/frame', action: 'toggle' }, stranger, ID)).toBeNull();
  });

  it('tells the loader when the background asks to show the panel', () => {
    expect(asksToShow({ type: 'starboard/frame', action: 'toggle' }, background, ID)).toBe(true);
    expect(asksToShow({ type: 'starboard/frame', action: 'expand' }, background, ID)).toBe(true);
    expect(asksToShow({ type: 'starboard/frame', action: 'collapse' }, background, ID)).toBe(false);
    expect(asksToShow({ type: 'starboard/frame', action: 'toggle' }, contentScript, ID)).toBe(false);
    expect(asksToShow(null, background, ID)).toBe(false);
    expect(asksToShow('toggle', background, ID)).toBe(false);
  });
});

describe('the popup’s report request', () => {
  it('is answered only when it comes from the extension outside any tab, and is exactly that type', () => {
    expect(asksForReport({ type: 'starboard/report' }, { id: ID }, ID)).toBe(true);
    expect(asksForReport({ type: 'starboard/report' }, { id: ID, tab: { id: 3 } }, ID)).toBe(false);
    expect(asksForReport({ type: 'starboard/report' }, { id: 'other' }, ID)).toBe(false);
    expect(asksForReport({ type: 'starboard/frame', action: 'toggle' }, { id: ID }, ID)).toBe(false);
    expect(asksForReport(null, { id: ID }, ID)).toBe(false);
    expect(asksForReport('starboard/report', { id: ID }, ID)).toBe(false);
  });
});
