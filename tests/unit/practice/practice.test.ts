import { QUESTION_BANK } from '@/utils/matcher/question-bank';
import { STANDARD_COMPETENCIES } from '@/utils/model';
import { bankQuestionsFor, formatDuration, speakingBand } from '@/utils/practice/practice';

describe('speakingBand', () => {
  it('places a rehearsal against the 1.5 to 3 minute band, bounds included', () => {
    expect(speakingBand(0)).toBe('short');
    expect(speakingBand(89)).toBe('short');
    expect(speakingBand(90)).toBe('ok');
    expect(speakingBand(180)).toBe('ok');
    expect(speakingBand(181)).toBe('long');
  });
});

describe('formatDuration', () => {
  it('reads like a stopwatch', () => {
    expect(formatDuration(0)).toBe('0:00');
    expect(formatDuration(5.9)).toBe('0:05');
    expect(formatDuration(90)).toBe('1:30');
    expect(formatDuration(3725)).toBe('62:05');
    expect(formatDuration(-3)).toBe('0:00');
  });
});

describe('bankQuestionsFor', () => {
  it('gives the whole bank without a competency', () => {
    expect(bankQuestionsFor()).toHaveLength(QUESTION_BANK.length);
    expect(bankQuestionsFor(null)).toHaveLength(QUESTION_BANK.length);
  });

  it('gives the questions that probe a competency in any position, for every competency', () => {
    for (const competency of STANDARD_COMPETENCIES) {
      const questions = bankQuestionsFor(competency);
      expect(questions.length, competency).toBeGreaterThan(0);
      expect(questions.every((question) => question.competencies.includes(competency))).toBe(true);
    }
    const conflict = bankQuestionsFor('conflict-resolution').map((question) => question.id);
    expect(conflict).toEqual(
      QUESTION_BANK.filter((question) => question.competencies.includes('conflict-resolution')).map((q) => q.id),
    );
  });
});
