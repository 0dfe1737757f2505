import fc from 'fast-check';
import {
  fromDateTimeLocalValue,
  fromMonthValue,
  moveBy,
  parseMinutes,
  toDateTimeLocalValue,
  toMonthValue,
} from '@/utils/form-values';

describe('month values', () => {
  it('converts between "YYYY-MM" and the first instant of the month, UTC', () => {
    expect(fromMonthValue('2024-03')).toBe(Date.UTC(2024, 2, 1));
    expect(toMonthValue(Date.UTC(2024, 2, 1))).toBe('2024-03');
    expect(toMonthValue(Date.UTC(2019, 11, 31, 23, 59))).toBe('2019-12');
  });

  it('reads empty and malformed values as no month', () => {
    expect(fromMonthValue('')).toBeNull();
    expect(fromMonthValue('2024-13')).toBeNull();
    expect(fromMonthValue('March 2024')).toBeNull();
    expect(toMonthValue(null)).toBe('');
    expect(toMonthValue(undefined)).toBe('');
  });

  it('round-trips every month', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2200 }), fc.integer({ min: 1, max: 12 }), (year, month) => {
        const value = `${year}-${String(month).padStart(2, '0')}`;
        expect(toMonthValue(fromMonthValue(value))).toBe(value);
      }),
    );
  });
});

describe('datetime-local values', () => {
  it('reads and writes local time', () => {
    const at = fromDateTimeLocalValue('2025-06-15T14:30');
    expect(at).toBe(new Date(2025, 5, 15, 14, 30).getTime());
    expect(toDateTimeLocalValue(at)).toBe('2025-06-15T14:30');
  });

  it('refuses values the picker could not produce', () => {
    expect(fromDateTimeLocalValue('')).toBeNull();
    expect(fromDateTimeLocalValue('2025-02-31T10:00')).toBeNull();
    expect(fromDateTimeLocalValue('2025-06-15T24:30')).toBeNull();
    expect(fromDateTimeLocalValue('tomorrow')).toBeNull();
    expect(toDateTimeLocalValue(null)).toBe('');
  });
});

describe('parseMinutes', () => {
  it('rounds and clamps, and reads an empty field as none', () => {
    expect(parseMinutes('45')).toBe(45);
    expect(parseMinutes('44.6')).toBe(45);
    expect(parseMinutes('900', { max: 480 })).toBe(480);
    expect(parseMinutes('-5')).toBe(0);
    expect(parseMinutes('')).toBeNull();
    expect(parseMinutes('abc')).toBeNull();
  });
});

describe('moveBy', () => {
  it('moves an item up or down by one place', () => {
    expect(moveBy(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moveBy(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
  });

  it('leaves the list as it was when the move would leave it, without touching the original', () => {
    const list = ['a', 'b'];
    expect(moveBy(list, 0, -1)).toEqual(['a', 'b']);
    expect(moveBy(list, 1, 1)).toEqual(['a', 'b']);
    expect(moveBy(list, 5, -1)).toEqual(['a', 'b']);
    expect(moveBy(list, 1, -1)).not.toBe(list);
    expect(list).toEqual(['a', 'b']);
  });

  it('keeps every item exactly once', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.string(), { maxLength: 8 }),
        fc.nat(9),
        fc.integer({ min: -3, max: 3 }),
        (l, i, d) => {
          expect([...moveBy(l, i, d)].sort()).toEqual([...l].sort());
        },
      ),
    );
  });
});
