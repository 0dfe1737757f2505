import { t } from '@/utils/i18n';

describe('t', () => {
  it('reads the English catalogue', () => {
    expect(t('extName')).toBe('Starboard');
  });
});
