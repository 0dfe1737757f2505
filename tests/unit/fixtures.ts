import type { StoryInput } from '@/utils/api/protocol';
import type { Call, CallEvent, JournalEntry, Plan, Story } from '@/utils/model';
import { blankStory } from '@/utils/stories/library';

/** Builders for the shapes the pure story modules read; each test spells out only the fields it is about. */

export const DAY = 24 * 60 * 60 * 1000;
export const NOW = Date.UTC(2025, 5, 15, 12, 0, 0);

let nextId = 1;
const freshId = (prefix: string) => `${prefix}-${nextId++}`;

export function makeStory(overrides: Partial<Story> = {}): Story {
  return { ...blankStory(freshId('story'), NOW - 100 * DAY), title: 'Untitled', ...overrides };
}

/** A saved Story from a StoryInput, as the background would store it. */
export function storyFromInput(input: StoryInput, id = freshId('story')): Story {
  return makeStory({ ...input, id } as Partial<Story>);
}

export function makePlan(overrides: Partial<Plan> = {}): Plan {
  return {
    id: freshId('interview'),
    company: 'Acme',
    role: 'Staff Engineer',
    round: 'Onsite',
    plannedMinutes: 45,
    meetingUrl: '',
    interviewers: [],
    pinnedStoryIds: [],
    questionsToAsk: [],
    pitch: '',
    notes: '',
    status: 'planned',
    sample: 0,
    createdAt: NOW - 60 * DAY,
    updatedAt: NOW - 60 * DAY,
    ...overrides,
  };
}

export function makeCall(overrides: Partial<Call> = {}): Call {
  return {
    id: freshId('call'),
    platform: 'meet',
    tabUrl: 'https://meet.google.com/abc-defg-hij',
    joinedAt: NOW - 10 * DAY,
    events: [],
    ...overrides,
  };
}

export function toldEvents(storyId: string, ...ats: number[]): CallEvent[] {
  return ats.map((at) => ({ type: 'story-told', storyId, at }));
}

export function makeJournalEntry(overrides: Partial<JournalEntry> = {}): JournalEntry {
  return {
    id: freshId('journal'),
    company: 'Acme',
    role: 'Staff Engineer',
    round: 'Onsite',
    date: NOW - 10 * DAY,
    questions: [],
    storiesUsed: [],
    ratings: [],
    wentWell: '',
    improve: '',
    reflections: '',
    signals: '',
    followUps: [],
    outcome: 'pending',
    compensationNotes: '',
    checklist: [],
    draft: 0,
    createdAt: NOW - 10 * DAY,
    updatedAt: NOW - 10 * DAY,
    ...overrides,
  };
}

/** A specific, first-person, quantified story of about two minutes: every hint ok. */
export function readyStory(overrides: Partial<Story> = {}): Story {
  const sentence = 'I measured the queue latency every hour and compared it with the baseline from the previous week. ';
  return makeStory({
    hook: 'The queue that ate Black Friday.',
    situation: sentence.repeat(6),
    task: sentence.repeat(4),
    action: sentence.repeat(6),
    result: 'Latency fell by 40% and the team shipped two days early.',
    resultMetrics: '40% lower latency',
    strength: 4,
    ...overrides,
  });
}
