import { draftSummary } from '@/utils/journal/summary';
import { makeEntry } from '../backup/fixtures';

describe('the journal draft summary', () => {
  it('says what the call was and what happened in it, in two lines', () => {
    const entry = makeEntry({
      company: 'Acme',
      role: '',
      round: 'Onsite 2',
      durationMinutes: 32,
      storiesUsed: ['a', 'b', 'c'],
      questions: [{ text: 'Why us?' }, { text: 'A conflict?' }],
    });
    expect(draftSummary(entry)).toEqual(['Acme · Onsite 2', '32 min · 3 stories told · 2 questions']);
  });

  it('counts in the singular, a story told twice once, and a call under a minute in words', () => {
    const entry = makeEntry({ durationMinutes: 0, storiesUsed: ['a', 'a'], questions: [{ text: 'Why us?' }] });
    expect(draftSummary(entry)[1]).toBe('under a minute · 1 story told · 1 question');
  });

  it('leaves out a length it does not know, and names a call without a plan as ended', () => {
    const entry = makeEntry({ company: '', role: '', round: '', storiesUsed: [], questions: [] });
    delete entry.durationMinutes;
    expect(draftSummary(entry)).toEqual(['Call ended', '0 stories told · 0 questions']);
  });
});
