import {
  boundByLink,
  capturedQuestions,
  endsManually,
  matchedByLinkText,
  nextPlannedPlan,
  planCaption,
  timeLeftText,
  toldStories,
} from '@/utils/cue-card/cue-card';
import type { CallEvent, Plan } from '@/utils/model';

const MIN = 60_000;
const NOW = Date.UTC(2025, 2, 3, 9, 0, 0);

function interview(overrides: Partial<Plan>): Plan {
  return {
    id: overrides.id ?? Math.random().toString(36).slice(2),
    company: 'Acme',
    role: '',
    round: '',
    plannedMinutes: 45,
    meetingUrl: '',
    interviewers: [],
    pinnedStoryIds: [],
    questionsToAsk: [],
    pitch: '',
    notes: '',
    status: 'planned',
    sample: 0,
    createdAt: 0,
    updatedAt: 0,
    ...overrides,
  };
}

describe('the plan to review without a call', () => {
  it('is the soonest planned interview not yet over', () => {
    const later = interview({ id: 'later', scheduledAt: NOW + 3 * 24 * 60 * MIN });
    const soon = interview({ id: 'soon', scheduledAt: NOW + 60 * MIN });
    const running = interview({ id: 'running', scheduledAt: NOW - 20 * MIN, plannedMinutes: 45 });
    const over = interview({ id: 'over', scheduledAt: NOW - 50 * MIN, plannedMinutes: 45 });
    const done = interview({ id: 'done', scheduledAt: NOW + 10 * MIN, status: 'done' });
    expect(nextPlannedPlan([later, soon, over, done], NOW)?.id).toBe('soon');
    expect(nextPlannedPlan([later, soon, running], NOW)?.id).toBe('running');
  });

  it('falls back to the most recently edited unscheduled plan, and to none', () => {
    const old = interview({ id: 'old', updatedAt: 1 });
    const fresh = interview({ id: 'fresh', updatedAt: 2 });
    const past = interview({ id: 'past', scheduledAt: NOW - 24 * 60 * MIN });
    expect(nextPlannedPlan([old, past, fresh], NOW)?.id).toBe('fresh');
    expect(nextPlannedPlan([past], NOW)).toBeNull();
    expect(nextPlannedPlan([], NOW)).toBeNull();
  });
});

describe('what the call record says', () => {
  const events: CallEvent[] = [
    { type: 'story-told', at: 10, storyId: 'a' },
    { type: 'question-captured', at: 11, text: 'Why us?' },
    { type: 'story-told', at: 12, storyId: 'b' },
    { type: 'story-told', at: 13, storyId: 'a' },
    { type: 'question-captured', at: 14, text: 'A conflict?' },
  ];

  it('knows when each story was first told', () => {
    expect([...toldStories({ events })]).toEqual([
      ['a', 10],
      ['b', 12],
    ]);
    expect(toldStories(null).size).toBe(0);
  });

  it('lists captured questions, the latest first', () => {
    expect(capturedQuestions({ events }).map((q) => q.text)).toEqual(['A conflict?', 'Why us?']);
  });

  it('lets the user end only the calls no adapter follows, while live', () => {
    expect(endsManually({ platform: 'generic' })).toBe(true);
    expect(endsManually({ platform: 'rehearsal' })).toBe(true);
    expect(endsManually({ platform: 'meet' })).toBe(false);
    expect(endsManually({ platform: 'rehearsal', endedAt: 5 })).toBe(false);
  });
});

describe('plan display', () => {
  it('joins what the plan says', () => {
    expect(planCaption({ company: 'Acme', role: ' Staff engineer ', round: '' })).toBe('Acme · Staff engineer');
    expect(planCaption({ company: '', role: '', round: '' })).toBe('');
  });
});

describe('the header', () => {
  it('says time left in whole minutes, rounded up, and time over the same way', () => {
    expect(timeLeftText(12 * MIN)).toBe('12 min left');
    expect(timeLeftText(8 * MIN + 20_000)).toBe('9 min left');
    expect(timeLeftText(40_000)).toBe('1 min left');
    expect(timeLeftText(0)).toBe('1 min left');
    expect(timeLeftText(-2 * MIN - 1)).toBe('3 min over');
  });

  it('says "Matched by link" only for a call on the plan’s own meeting link', () => {
    const plan = interview({ id: 'p', company: 'Acme', meetingUrl: 'https://meet.google.com/abc-defg-hij' });
    const onLink = { interviewId: 'p', tabUrl: 'https://meet.google.com/abc-defg-hij?authuser=1' };
    expect(boundByLink(onLink, plan)).toBe(true);
    expect(boundByLink({ ...onLink, tabUrl: 'https://meet.google.com/xyz-abcd-efg' }, plan)).toBe(false);
    // Picked by hand for a call elsewhere, or the plan has no link: not "by link".
    expect(boundByLink({ ...onLink, interviewId: 'other' }, plan)).toBe(false);
    expect(boundByLink(onLink, { ...plan, meetingUrl: '' })).toBe(false);
    expect(boundByLink(null, plan)).toBe(false);
    expect(matchedByLinkText(plan)).toBe('Matched by link: Acme');
  });
});
