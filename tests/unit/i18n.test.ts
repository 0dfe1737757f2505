import { fakeBrowser } from 'wxt/testing/fake-browser';
import { COUNT_STORIES, COUNT_TIMES, durationText, formatNumber, t, tp } from '@/utils/i18n';

describe('t', () => {
  it('reads the English catalogue', () => {
    expect(t('extName')).toBe('Starboard');
  });

  it('fills named placeholders from substitutions', () => {
    expect(t('storyDeleted', 'Checkout rescue')).toBe('Deleted “Checkout rescue”.');
  });

  it('writes numbers the UI language’s way, strings as given', () => {
    expect(t('aboutVersion', 12500)).toBe('Version 12,500');
    expect(t('aboutVersion', '12500')).toBe('Version 12500');
    fakeBrowser.i18n.getUILanguage = () => 'de';
    try {
      expect(t('aboutVersion', 12500)).toBe('Version 12.500');
      expect(formatNumber(3.5)).toBe('3,5');
      expect(formatNumber(3, 1)).toBe('3,0');
    } finally {
      fakeBrowser.i18n.getUILanguage = () => 'en';
    }
    expect(formatNumber(3.25, 1)).toBe('3.3');
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
