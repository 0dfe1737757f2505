import type { Story } from '@/utils/model';
import { cleanList, meetingLinkForDisplay, pinnedStoriesOf, sameCompanyPlanIds } from '@/utils/plans/plans';
import { normaliseMeetingUrl } from '@/utils/platforms/meeting-url';
import { makePlan } from '../fixtures';

describe('sameCompanyPlanIds', () => {
  it('finds the other plans at the same company however it was typed, never the plan itself', () => {
    const plan = makePlan({ id: 'final', company: 'Acme Corp' });
    const plans = [
      plan,
      makePlan({ id: 'screen', company: ' acme  corp' }),
      makePlan({ id: 'onsite', company: 'ACMECORP' }),
      makePlan({ id: 'other', company: 'Globex' }),
    ];
    expect(sameCompanyPlanIds(plan, plans)).toEqual(['onsite', 'screen']);
  });

  it('treats a blank company as no company', () => {
    const plan = makePlan({ id: 'a', company: ' ' });
    expect(sameCompanyPlanIds(plan, [plan, makePlan({ id: 'b', company: '' })])).toEqual([]);
  });
});

describe('cleanList', () => {
  it('trims entries and drops blank ones', () => {
    expect(cleanList([' Alex Kim ', '', '  ', 'Sam'])).toEqual(['Alex Kim', 'Sam']);
  });
});

describe('meetingLinkForDisplay', () => {
  it('writes stored keys back as links that normalise to the same key', () => {
    for (const link of [
      'https://meet.google.com/abc-defg-hij?authuser=1',
      'https://us02web.zoom.us/j/84512345678?pwd=x',
      'https://whereby.com/Team-Room',
    ]) {
      const stored = normaliseMeetingUrl(link);
      const shown = meetingLinkForDisplay(stored);
      expect(shown).toMatch(/^https:\/\//);
      expect(normaliseMeetingUrl(shown)).toBe(stored);
    }
    expect(meetingLinkForDisplay('meet:abc-defg-hij')).toBe('https://meet.google.com/abc-defg-hij');
  });

  it('leaves what it cannot rebuild as stored', () => {
    expect(meetingLinkForDisplay('')).toBe('');
    expect(meetingLinkForDisplay('teams:19:meeting_abc@thread.v2')).toBe('teams:19:meeting_abc@thread.v2');
    expect(meetingLinkForDisplay('see the calendar invite')).toBe('see the calendar invite');
  });
});

describe('pinnedStoriesOf', () => {
  it("keeps the plan's pinned order and skips deleted stories", () => {
    const stories = [
      { id: 'x', archived: 0 },
      { id: 'y', archived: 0 },
    ] as Story[];
    expect(pinnedStoriesOf({ pinnedStoryIds: ['y', 'gone', 'x'] }, stories).map((s) => s.id)).toEqual(['y', 'x']);
    expect(pinnedStoriesOf(null, stories)).toEqual([]);
  });

  it('skips archived stories, whether given all stories or a bulkGet with holes', () => {
    const stories = [{ id: 'x', archived: 1 }, undefined, { id: 'y', archived: 0 }] as (Story | undefined)[];
    expect(pinnedStoriesOf({ pinnedStoryIds: ['x', 'y'] }, stories).map((s) => s.id)).toEqual(['y']);
  });
});
