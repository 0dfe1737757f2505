import { LENGTH_RANGE, minutesInRange, REMINDER_RANGE } from '@/components/settings/CallDefaults';

describe('minutes typed in settings', () => {
  it('accepts whole minutes inside the range', () => {
    expect(minutesInRange('8', REMINDER_RANGE)).toBe(8);
    expect(minutesInRange(' 45 ', LENGTH_RANGE)).toBe(45);
    expect(minutesInRange('1', REMINDER_RANGE)).toBe(1);
    expect(minutesInRange('240', LENGTH_RANGE)).toBe(240);
  });

  it('refuses anything else', () => {
    for (const text of ['', ' ', '0', '-3', '8.5', '1e2', 'eight', '61']) {
      expect(minutesInRange(text, REMINDER_RANGE)).toBeNull();
    }
    expect(minutesInRange('5', LENGTH_RANGE)).toBeNull();
    expect(minutesInRange('600', LENGTH_RANGE)).toBeNull();
  });
});
