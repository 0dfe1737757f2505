import { QUESTION_BANK } from '@/utils/matcher/question-bank';
import { STANDARD_COMPETENCIES } from '@/utils/model';

describe('QUESTION_BANK', () => {
  it('holds at least 60 questions with unique, stable-looking ids and texts', () => {
    expect(QUESTION_BANK.length).toBeGreaterThanOrEqual(60);
    const ids = QUESTION_BANK.map((question) => question.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    const texts = QUESTION_BANK.map((question) => question.text.toLowerCase());
    expect(new Set(texts).size).toBe(texts.length);
  });

  it('gives every question one to three distinct standard competencies', () => {
    const standard = new Set<string>(STANDARD_COMPETENCIES);
    for (const question of QUESTION_BANK) {
      expect(question.text.trim()).toMatch(/^[A-Z].*[.?]$/);
      expect(question.competencies.length).toBeGreaterThanOrEqual(1);
      expect(question.competencies.length).toBeLessThanOrEqual(3);
      expect(new Set(question.competencies).size).toBe(question.competencies.length);
      for (const competency of question.competencies) expect(standard.has(competency)).toBe(true);
      for (const keyword of question.keywords ?? []) expect(keyword).toBe(keyword.trim().toLowerCase());
    }
  });

  it.each(STANDARD_COMPETENCIES)('covers %s with several questions, some about it first', (competency) => {
    const about = QUESTION_BANK.filter((question) => question.competencies.includes(competency));
    const primarilyAbout = about.filter((question) => question.competencies[0] === competency);
    expect(about.length).toBeGreaterThanOrEqual(5);
    expect(primarilyAbout.length).toBeGreaterThanOrEqual(4);
  });
});
