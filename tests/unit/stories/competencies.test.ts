import { STANDARD_COMPETENCIES } from '@/utils/model';
import {
  competencyFromText,
  competencyKey,
  competencyLabel,
  isStandardCompetency,
  uniqueCompetencies,
} from '@/utils/stories/competencies';

describe('competency labels', () => {
  it('gives every standard competency its own localised label', () => {
    const labels = STANDARD_COMPETENCIES.map(competencyLabel);
    expect(labels.every((label) => label.length > 0 && !label.startsWith('competency'))).toBe(true);
    expect(new Set(labels).size).toBe(STANDARD_COMPETENCIES.length);
    expect(competencyLabel('conflict-resolution')).toBe('Conflict resolution');
    expect(competencyLabel('influence')).toBe('Influence without authority');
  });

  it('shows a user’s own competency as typed, trimmed', () => {
    expect(competencyLabel('  Public speaking ')).toBe('Public speaking');
    expect(isStandardCompetency('Public speaking')).toBe(false);
    expect(isStandardCompetency(' Leadership ')).toBe(true);
  });
});

describe('competencyFromText', () => {
  it('maps a standard id or label, in any case, to the standard id', () => {
    expect(competencyFromText('Mentoring')).toBe('mentoring');
    expect(competencyFromText('  conflict RESOLUTION ')).toBe('conflict-resolution');
    expect(competencyFromText('ownership-delivery')).toBe('ownership-delivery');
  });

  it('keeps other text as the user’s own label, with spaces tidied, and refuses blanks', () => {
    expect(competencyFromText('  Public   speaking ')).toBe('Public speaking');
    expect(competencyFromText('   ')).toBeNull();
  });
});

describe('uniqueCompetencies', () => {
  it('keeps the first spelling of each competency and drops blanks', () => {
    expect(uniqueCompetencies(['Hiring', 'leadership', ' hiring', 'Leadership ', ' '])).toEqual([
      'Hiring',
      'leadership',
    ]);
    expect(competencyKey(' Hiring ')).toBe('hiring');
  });
});
