import { draftFromCall, emptyEntry } from '@/utils/journal/draft';
import {
  followUpState,
  NEXT_STEPS_AFTER_MS,
  openFollowUps,
  proposedFollowUps,
  THANK_YOU_WITHIN_MS,
} from '@/utils/journal/follow-ups';
import { makeCall, makePlan } from '../backup/fixtures';

const HOUR = 60 * 60_000;
const NOW = Date.UTC(2026, 10, 2, 16, 0);

describe('the follow-ups a call proposes', () => {
  it('thanks each interviewer named in the plan within 24 hours of the call’s end, and nudges on next steps', () => {
    const call = makeCall();
    const entry = draftFromCall({ call, interview: makePlan(), stories: [], checklist: [], now: NOW, id: 'e' });
    expect(entry.followUps).toEqual([
      { text: 'Thank-you note to Priya Raman', due: call.endedAt! + 24 * HOUR, done: false },
      { text: 'Thank-you note to Jon Okafor', due: call.endedAt! + 24 * HOUR, done: false },
      { text: 'Follow up on next steps', due: call.endedAt! + 7 * 24 * HOUR, done: false },
    ]);
    // Counted from the end of the call, not its start nor the time the draft was made.
    expect(entry.followUps[0]!.due! - call.joinedAt).toBeGreaterThan(24 * HOUR);
  });

  it('counts from now for a call with no recorded end, and thanks "the interviewer" when none is named', () => {
    const { endedAt: _ended, ...open } = makeCall();
    const entry = draftFromCall({
      call: open,
      interview: makePlan({ interviewers: ['  ', ''] }),
      stories: [],
      checklist: [],
      now: NOW,
      id: 'e',
    });
    expect(entry.followUps.map((f) => [f.text, f.due])).toEqual([
      ['Send a thank-you note', NOW + THANK_YOU_WITHIN_MS],
      ['Follow up on next steps', NOW + NEXT_STEPS_AFTER_MS],
    ]);
  });

  it('names a repeated interviewer once, trimmed', () => {
    const texts = proposedFollowUps({ interviewers: [' Dana ', 'Dana', 'Lee'], endedAt: NOW }).map((f) => f.text);
    expect(texts).toEqual(['Thank-you note to Dana', 'Thank-you note to Lee', 'Follow up on next steps']);
  });
});

describe('followUpState', () => {
  it('is overdue past the date, due within a day, later after that, undated without one', () => {
    expect(followUpState({ due: NOW - 1 }, NOW)).toBe('overdue');
    expect(followUpState({ due: NOW }, NOW)).toBe('due');
    expect(followUpState({ due: NOW + 24 * HOUR }, NOW)).toBe('due');
    expect(followUpState({ due: NOW + 24 * HOUR + 1 }, NOW)).toBe('later');
    expect(followUpState({}, NOW)).toBe('undated');
  });
});

describe('openFollowUps', () => {
  it('lists what is not done, soonest first and undated last, with its entry and place', () => {
    const a = {
      ...emptyEntry({ id: 'a', now: NOW }),
      company: 'Acme',
      followUps: [
        { text: 'later', due: NOW + 5 * HOUR, done: false },
        { text: 'done', due: NOW - HOUR, done: true },
        { text: 'undated', done: false },
        { text: '   ', due: NOW, done: false },
      ],
    };
    const b = { ...emptyEntry({ id: 'b', now: NOW }), followUps: [{ text: 'soon', due: NOW - HOUR, done: false }] };
    expect(openFollowUps([a, b]).map((f) => [f.entryId, f.index, f.text])).toEqual([
      ['b', 0, 'soon'],
      ['a', 0, 'later'],
      ['a', 2, 'undated'],
    ]);
  });
});
