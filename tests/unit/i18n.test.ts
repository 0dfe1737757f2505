import { t } from '@/utils/i18n';

describe('t', () => {
  it('reads the English catalogue', () => {
    expect(t('extName')).toBe('Starboard');
  });

  it('fills named placeholders from substitutions', () => {
    expect(t('storyDeleted', 'Checkout rescue')).toBe('Deleted “Checkout rescue”.');
  });
});
