import { draftSummary } from '@/utils/journal/summary';
import { makeEntry } from '../backup/fixtures';

const TITLES: Record<string, string> = { a: 'On-call overhaul', b: 'Checkout migration', c: 'API dispute' };
const titleOf = (id: string) => TITLES[id];

describe('the journal draft summary', () => {
  it('says what happened in the call, then which stories were told, in the order told', () => {
    const entry = makeEntry({
      durationMinutes: 32,
      storiesUsed: ['b', 'a', 'c'],
      questions: [{ text: 'Why us?' }, { text: 'A conflict?' }],
    });
    expect(draftSummary(entry, titleOf)).toEqual([
      '32 min · 3 stories told · 2 questions',
      'Told: Checkout migration, On-call overhaul, API dispute',
    ]);
  });

  it('counts in the singular, a story told twice once, and a call under a minute in words', () => {
    const entry = makeEntry({ durationMinutes: 0, storiesUsed: ['a', 'a'], questions: [{ text: 'Why us?' }] });
    expect(draftSummary(entry, titleOf)).toEqual([
      'under a minute · 1 story told · 1 question',
      'Told: On-call overhaul',
    ]);
  });

  it('leaves out a length it does not know, and names no story it cannot (deleted since, or none told)', () => {
    const entry = makeEntry({ storiesUsed: ['gone'], questions: [] });
    delete entry.durationMinutes;
    expect(draftSummary(entry, titleOf)).toEqual(['1 story told · 0 questions', '']);
    expect(draftSummary({ ...entry, storiesUsed: [] }, titleOf)).toEqual([
      '0 stories told · 0 questions',
      'No story marked told',
    ]);
  });
});
