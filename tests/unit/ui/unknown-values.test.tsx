import fc from 'fast-check';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { CompanyTimeline } from '@/components/journal/CompanyTimeline';
import { JournalList } from '@/components/journal/JournalList';
import { PlansView } from '@/components/plans/PlansView';
import { StoryLibrary } from '@/components/stories/StoryLibrary';
import { BACKUP_LIMITS } from '@/utils/backup/format';
import type { JournalEntry, Plan, PracticeSession, Story } from '@/utils/model';
import { makeEntry, makePlan, makePractice, makeStory } from '../backup/fixtures';

/**
 * Unknown values degrade, never blank (issue #12): rows valid per the backup schema, then bent the ways a newer
 * build or an edited backup bends them (unknown enum values, optional fields missing, strings at and over the
 * limits), pushed through every list and editor of the dashboard in happy-dom. Each must render the row, with a
 * fallback where it cannot know the value, and throw nothing. The data layer is a table of answers.
 */

let answers: Record<string, unknown> = {};

vi.mock('@/utils/api/live', () => ({
  subscribe: (name: string, _data: unknown, onValue: (value: unknown) => void) => {
    if (name in answers) onValue(answers[name]);
    return () => {};
  },
}));
vi.mock('@/utils/api/client', () => ({
  request: async (name: string) => answers[name] ?? null,
}));

const long = (limit: number) => fc.constantFrom('', 'x'.repeat(limit), 'y'.repeat(limit + 1));
const unknownOr = <T,>(known: readonly T[]) =>
  fc.oneof(fc.constantFrom(...known), fc.constantFrom('archived-v9', '', 'toString', 42 as unknown as T));
const maybeMissing = <T extends object>(row: T, keys: ReadonlyArray<keyof T>, drop: boolean[]): T => {
  const copy = { ...row };
  keys.forEach((key, i) => {
    if (drop[i]) delete copy[key];
  });
  return copy;
};

const planArb = fc
  .record({
    status: unknownOr(['planned', 'done', 'cancelled'] as const),
    company: long(BACKUP_LIMITS.shortChars),
    notes: long(BACKUP_LIMITS.textChars),
    drop: fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }),
  })
  .map(({ drop, ...fields }) =>
    maybeMissing(makePlan(fields as Partial<Plan>), ['scheduledAt', 'reminderMinutes', 'checklist'], drop),
  );

const storyArb = fc
  .record({
    title: long(BACKUP_LIMITS.lineChars),
    situation: long(BACKUP_LIMITS.textChars),
    strength: fc.constantFrom(1, 3, 5, 0, 9) as fc.Arbitrary<Story['strength']>,
    competencies: fc.array(fc.constantFrom('communication', 'invented-later', 'x'.repeat(BACKUP_LIMITS.idChars)), {
      maxLength: 3,
    }),
    drop: fc.array(fc.boolean(), { minLength: 2, maxLength: 2 }),
  })
  .map(({ drop, ...fields }) => maybeMissing(makeStory(fields), ['happenedAt', 'lastToldAt'], drop));

const entryArb = fc
  .record({
    outcome: unknownOr(['pending', 'advanced', 'rejected', 'offer', 'withdrew'] as const),
    selfCall: unknownOr(['strong-hire', 'hire', 'no-hire'] as const),
    platform: unknownOr(['meet', 'zoom', 'teams', 'generic', 'rehearsal'] as const),
    company: long(BACKUP_LIMITS.shortChars),
    drop: fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }),
  })
  .map(({ drop, ...fields }) =>
    maybeMissing(makeEntry(fields as Partial<JournalEntry>), ['selfCall', 'platform', 'durationMinutes'], drop),
  );

const practiceArb = fc
  .constantFrom(1, 2, 4, 7, 0)
  .map((rating) => makePractice({ rating: rating as PracticeSession['rating'] }));

let host: HTMLElement;
let errors: unknown[];

beforeEach(() => {
  host = document.createElement('div');
  document.body.append(host);
  errors = [];
  vi.spyOn(console, 'error').mockImplementation((...args) => errors.push(args));
});
afterEach(() => {
  render(null, host);
  host.remove();
});

function show(view: preact.VNode) {
  act(() => render(view, host));
  return host;
}

describe('every list and editor renders rows it cannot fully know', () => {
  it('plans: list and editor', () => {
    fc.assert(
      fc.property(fc.array(planArb, { minLength: 1, maxLength: 3 }), (generated) => {
        const plans = generated.map((plan, i) => ({ ...plan, id: `plan-${i}` }));
        answers = {
          'plans.list': plans,
          'stories.list': [],
          'settings.get': { defaultPlannedMinutes: 45, reminderMinutes: 8 },
          'calls.forPlans': [],
          'journal.tellingsForPlans': [],
        };
        const root = show(<PlansView selectedId={plans[0]!.id} />);
        const items = root.querySelectorAll('li');
        expect(items.length).toBeGreaterThanOrEqual(plans.length);
        expect(root.querySelector('#plan-company')).not.toBeNull();
        expect(errors).toEqual([]);
        render(null, host);
      }),
      { numRuns: 25 },
    );
  });

  it('stories: library and editor', () => {
    fc.assert(
      fc.property(storyArb, practiceArb, (story, practice) => {
        answers = { 'stories.list': [story], 'practice.list': [practice] };
        const root = show(<StoryLibrary selectedId={story.id} />);
        expect(root.querySelector('#story-title')).not.toBeNull();
        expect(errors).toEqual([]);
        render(null, host);
      }),
      { numRuns: 25 },
    );
  });

  it('journal: list and company timeline', () => {
    fc.assert(
      fc.property(entryArb, (entry) => {
        answers = {
          'journal.search': { entries: [entry], total: 1, capped: false },
          'journal.companies': [entry.company],
          'journal.rounds': [entry.round],
          'journal.timeline': [entry],
        };
        const root = show(<JournalList />);
        expect(root.querySelectorAll('li').length).toBeGreaterThanOrEqual(1);
        show(<CompanyTimeline company={entry.company} />);
        expect(host.textContent).not.toBe('');
        expect(errors).toEqual([]);
        render(null, host);
      }),
      { numRuns: 25 },
    );
  });
});
