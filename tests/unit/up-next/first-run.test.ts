import { describe, expect, it } from 'vitest';
import { firstRunProgress } from '@/utils/up-next/first-run';

const own = { sample: 0 as const };
const sample = { sample: 1 as const };

describe('firstRunProgress', () => {
  it('starts at the first story when only the samples are there', () => {
    const progress = firstRunProgress({
      stories: [sample],
      plans: [{ ...sample, meetingUrl: 'https://meet.google.com/abc-defg-hij' }],
      calls: [{ platform: 'meet' }],
    });
    expect(progress).toEqual({ done: { story: false, plan: false, rehearsal: false }, next: 'story' });
  });

  it('counts only a plan of ones own that has a meeting link', () => {
    const withoutLink = firstRunProgress({ stories: [own], plans: [{ ...own, meetingUrl: '  ' }], calls: [] });
    expect(withoutLink.done.plan).toBe(false);
    expect(withoutLink.next).toBe('plan');
    const withLink = firstRunProgress({
      stories: [own],
      plans: [{ ...own, meetingUrl: 'https://meet.google.com/abc-defg-hij' }],
      calls: [],
    });
    expect(withLink.done.plan).toBe(true);
    expect(withLink.next).toBe('rehearsal');
  });

  it('is done once a rehearsal call happened, in any order', () => {
    const progress = firstRunProgress({ stories: [], plans: [], calls: [{ platform: 'rehearsal' }] });
    expect(progress.done).toEqual({ story: false, plan: false, rehearsal: true });
    expect(progress.next).toBe('story');
    const all = firstRunProgress({
      stories: [own],
      plans: [{ ...own, meetingUrl: 'https://zoom.us/j/123' }],
      calls: [{ platform: 'rehearsal' }],
    });
    expect(all.next).toBeNull();
  });
});
