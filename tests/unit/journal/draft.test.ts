import { draftFromCall, emptyEntry, suggestedCompetencies } from '@/utils/journal/draft';
import type { ChecklistResult } from '@/utils/model';
import { makeCall, makePlan, makeStory } from '../backup/fixtures';

const stories = [
  makeStory(),
  makeStory({ id: 'story-conflict', title: 'Disagreed with a PM', competencies: ['conflict-resolution', 'influence'] }),
  makeStory({ id: 'story-unused', competencies: ['mentoring'] }),
];
const checklist: ChecklistResult[] = [
  { itemId: 'next-steps', label: 'Ask about next steps', checked: true, at: 1 },
  { itemId: 'thanks', label: 'Thank the interviewers', checked: false },
];
const NOW = Date.UTC(2026, 10, 2, 16, 0);

describe('draftFromCall', () => {
  it('drafts an entry from a realistic call bound to a plan', () => {
    const call = makeCall();
    const entry = draftFromCall({ call, interview: makePlan(), stories, checklist, now: NOW, id: 'entry-1' });

    expect(entry).toMatchObject({
      id: 'entry-1',
      callId: 'call-acme',
      interviewId: 'interview-acme',
      company: 'Acme Robotics',
      role: 'Staff Engineer',
      round: 'Onsite 2 — system design',
      platform: 'meet',
      date: call.joinedAt,
      // 47 min 20 s
      durationMinutes: 47,
      storiesUsed: ['story-checkout', 'story-conflict'],
      questions: [
        { text: 'Tell me about a migration that went wrong.' },
        { text: 'How do you handle disagreement with a PM?' },
      ],
      ratings: [],
      outcome: 'pending',
      draft: 1,
      createdAt: NOW,
      updatedAt: NOW,
    });
    expect(entry.checklist).toEqual(checklist);
    expect(entry.checklist[0]).not.toBe(checklist[0]);
    // Schema v3: no search words stored with the entry; the background's index is made from the text.
    expect('terms' in entry).toBe(false);
    expect(entry.questions.every((question) => !('storyId' in question))).toBe(true);
  });

  it('rounds the duration to the nearest minute', () => {
    const call = makeCall({ joinedAt: 0, endedAt: 29_999 + 60_000 });
    expect(draftFromCall({ call, stories, checklist: [], now: NOW, id: 'e' }).durationMinutes).toBe(1);
    const later = makeCall({ joinedAt: 0, endedAt: 30_000 + 60_000 });
    expect(draftFromCall({ call: later, stories, checklist: [], now: NOW, id: 'e' }).durationMinutes).toBe(2);
  });

  it('leaves plan fields empty and optional fields absent without a plan or an end', () => {
    const { interviewId: _interviewId, endedAt: _endedAt, ...bare } = makeCall({ events: [] });
    const entry = draftFromCall({ call: bare, interview: null, stories, checklist: [], now: NOW, id: 'e' });
    expect(entry.company).toBe('');
    expect(entry.role).toBe('');
    expect(entry.round).toBe('');
    expect('interviewId' in entry).toBe(false);
    expect('durationMinutes' in entry).toBe(false);
    expect(entry.storiesUsed).toEqual([]);
    expect(entry.questions).toEqual([]);
  });

  it('keeps the call’s plan id when the plan itself is not passed', () => {
    const entry = draftFromCall({ call: makeCall(), stories, checklist: [], now: NOW, id: 'e' });
    expect(entry.interviewId).toBe('interview-acme');
    expect(entry.company).toBe('');
  });
});

describe('suggestedCompetencies', () => {
  it('lists the told stories’ competencies once each, in telling order', () => {
    expect(suggestedCompetencies(makeCall(), stories)).toEqual([
      'technical-problem-solving',
      'ownership-delivery',
      'conflict-resolution',
      'influence',
    ]);
  });

  it('ignores stories that no longer exist', () => {
    const call = makeCall({ events: [{ type: 'story-told', at: 1, storyId: 'deleted' }] });
    expect(suggestedCompetencies(call, stories)).toEqual([]);
  });
});

describe('emptyEntry', () => {
  it('is a blank, reviewed entry dated now', () => {
    const entry = emptyEntry({ id: 'hand', now: NOW });
    expect(entry).toMatchObject({ id: 'hand', date: NOW, draft: 0, outcome: 'pending', questions: [] });
    expect(entry.createdAt).toBe(NOW);
    expect('callId' in entry).toBe(false);
  });
});
