import { COUNT_STORIES, COUNT_TIMES, durationText, t, tp } from '@/utils/i18n';

describe('t', () => {
  it('reads the English catalogue', () => {
    expect(t('extName')).toBe('Starboard');
  });

  it('fills named placeholders from substitutions', () => {
    expect(t('storyDeleted', 'Checkout rescue')).toBe('Deleted “Checkout rescue”.');
  });
});

describe('tp', () => {
  it('says "1 journal entry" but "2 journal entries", by the UI language’s plural rules', () => {
    const keys = { one: 'backupRestoredOne', other: 'backupRestored' } as const;
    expect(tp(keys, 1)).toBe('Restored: 1 journal entry came from the backup, with everything else in it.');
    expect(tp(keys, 2)).toBe('Restored: 2 journal entries came from the backup, with everything else in it.');
    expect(tp(keys, 0)).toMatch(/^Restored: 0 journal entries/);
    expect([tp(COUNT_STORIES, 1), tp(COUNT_STORIES, 5), tp(COUNT_TIMES, 1)]).toEqual([
      '1 story',
      '5 stories',
      '1 time',
    ]);
  });
});

describe('durationText', () => {
  it('never says "0 min"', () => {
    expect(durationText(0)).toBe('under a minute');
    expect(durationText(1)).toBe('1 min');
    expect(durationText(42)).toBe('42 min');
  });
});
