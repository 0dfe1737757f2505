import { LENGTH_RANGE, parseMinutes, REMINDER_RANGE } from '@/components/settings/CallDefaults';

describe('minutes typed in settings', () => {
  it('accepts whole minutes inside the range', () => {
    expect(parseMinutes('8', REMINDER_RANGE)).toBe(8);
    expect(parseMinutes(' 45 ', LENGTH_RANGE)).toBe(45);
    expect(parseMinutes('1', REMINDER_RANGE)).toBe(1);
    expect(parseMinutes('240', LENGTH_RANGE)).toBe(240);
  });

  it('refuses anything else', () => {
    for (const text of ['', ' ', '0', '-3', '8.5', '1e2', 'eight', '61']) {
      expect(parseMinutes(text, REMINDER_RANGE)).toBeNull();
    }
    expect(parseMinutes('5', LENGTH_RANGE)).toBeNull();
    expect(parseMinutes('600', LENGTH_RANGE)).toBeNull();
  });
});
