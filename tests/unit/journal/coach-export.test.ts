import { coachEntryMarkdown, coachPlanMarkdown, initials, redactor } from '@/utils/journal/coach-export';
import { makeJournalEntry, makePlan, makeStory } from '../fixtures';

describe('initials', () => {
  it('shortens full, single and hyphenated names', () => {
    expect(initials('Dana Lee')).toBe('D. L.');
    expect(initials('Dana')).toBe('D.');
    expect(initials('Anne-Marie Roy')).toBe('A.-M. R.');
    expect(initials('  élodie   ørsted ')).toBe('É. Ø.');
  });
});

describe('redactor', () => {
  const redact = redactor({ interviewers: ['Dana Lee', 'José Núñez'] });

  it('replaces full names and first names, whole word and whatever the case', () => {
    expect(redact('Thank-you note to Dana Lee')).toBe('Thank-you note to D. L.');
    expect(redact('dana asked about scale; DANA LEE leads the team')).toBe(
      'D. L. asked about scale; D. L. leads the team',
    );
    expect(redact('Dana\nLee wrote back')).toBe('D. L. wrote back');
  });

  it('finds names with accents, and leaves words that merely contain a name', () => {
    expect(redact('José Núñez and josé')).toBe('J. N. and J. N.');
    expect(redact('Danaë and Danalee and Dana-ish')).toBe('Danaë and Danalee and D. L.-ish');
    expect(redact('Josées are not José')).toBe('Josées are not J. N.');
    // A decomposed é (e + combining accent) is the same name.
    expect(redact('Jose\u0301 called')).toBe('J. N. called');
  });

  it('leaves the company unless asked, then replaces it in every case', () => {
    expect(redact('Sample Co is hiring')).toBe('Sample Co is hiring');
    const hide = redactor({ interviewers: [], company: 'Sample Co' });
    expect(hide('Sample Co is hiring; sample co pays well; SAMPLE CO.')).toBe(
      'the company is hiring; the company pays well; the company.',
    );
    expect(hide('Sample Cove')).toBe('Sample Cove');
  });

  it('gives a shared first name only its own initial, and ignores one-letter names', () => {
    const shared = redactor({ interviewers: ['Dana Lee', 'Dana Kim', 'A'] });
    expect(shared('Dana, Dana Kim and a cat')).toBe('D., D. K. and a cat');
  });
});

describe('coach Markdown', () => {
  it('redacts a plan everywhere, and never includes the meeting link', () => {
    const story = makeStory({ title: 'Rollout at Sample Co' });
    const plan = makePlan({
      company: 'Sample Co',
      role: 'Senior Software Engineer',
      interviewers: ['Alex Kim'],
      pinnedStoryIds: [story.id],
      questionsToAsk: ['What does Alex expect in the first 90 days?'],
      notes: 'Alex Kim runs the Sample Co platform team.',
      meetingUrl: 'https://zoom.us/j/123?pwd=secret',
    });
    const shown = coachPlanMarkdown(plan, { stories: [story], hideCompany: true });
    expect(shown).toContain('A. K.');
    expect(shown).not.toMatch(/Alex|Sample Co|pwd|secret/);
    expect(shown).toContain('the company');
    expect(coachPlanMarkdown(plan, { stories: [story], hideCompany: false })).toContain('Sample Co');
  });

  it('redacts a journal entry with its plan’s interviewers', () => {
    const entry = makeJournalEntry({
      company: 'Northwind',
      reflections: 'Dana pushed on the Northwind migration.',
      followUps: [{ text: 'Thank-you note to Dana Lee', done: false }],
      questions: [{ text: 'Dana: how do you handle conflict?' }],
    });
    const shown = coachEntryMarkdown(entry, ['Dana Lee'], { hideCompany: false });
    expect(shown).not.toContain('Dana');
    expect(shown).toContain('Thank-you note to D. L.');
    expect(shown).toContain('Northwind');
    expect(coachEntryMarkdown(entry, ['Dana Lee'], { hideCompany: true })).not.toContain('Northwind');
  });
});
