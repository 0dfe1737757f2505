import { formatMonthKey } from '@/utils/format';

describe('formatMonthKey', () => {
  it('writes a month with its whole year, in the given locale', () => {
    expect(formatMonthKey('2026-11', 'en-US')).toBe('Nov 2026');
    expect(formatMonthKey('2026-01', 'de-DE')).toBe('Jan. 2026');
    expect(formatMonthKey('2025-12')).toMatch(/2025/);
  });
});
