import { isSharing } from '@/utils/calls/calls';

describe('isSharing', () => {
  it('follows the last share event of a live call', () => {
    expect(isSharing(null)).toBe(false);
    expect(isSharing({ events: [] })).toBe(false);
    expect(isSharing({ events: [{ type: 'share-started', at: 1 }] })).toBe(true);
    expect(
      isSharing({
        events: [
          { type: 'share-started', at: 1 },
          { type: 'story-told', at: 2, storyId: 's' },
        ],
      }),
    ).toBe(true);
    expect(
      isSharing({
        events: [
          { type: 'share-started', at: 1 },
          { type: 'share-ended', at: 2 },
        ],
      }),
    ).toBe(false);
    expect(isSharing({ events: [{ type: 'share-started', at: 1 }], endedAt: 3 })).toBe(false);
  });
});
