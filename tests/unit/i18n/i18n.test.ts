import { describe, expect, it } from 'vitest';

import { resolveLanguage, translate } from '../../../lib/i18n/i18n';
import ar from '../../../public/_locales/ar/messages.json';
import en from '../../../public/_locales/en/messages.json';

describe('interface strings', () => {
  it('has every key in both languages, none empty', () => {
    expect(Object.keys(ar).sort()).toEqual(Object.keys(en).sort());
    for (const [key, value] of [...Object.entries(ar), ...Object.entries(en)]) expect(value.message.trim(), key).not.toBe('');
  });

  it('fills placeholders', () => {
    expect(translate('en', 'mentionsFew', 3)).toBe('3 times');
    expect(translate('ar', 'popupNoResults', 'كورسك')).toContain('كورسك');
  });

  it('follows the browser language unless the user chose one', () => {
    expect(resolveLanguage('auto', 'ar-EG')).toBe('ar');
    expect(resolveLanguage('auto', 'fr')).toBe('en');
    expect(resolveLanguage('ar', 'en-US')).toBe('ar');
  });
});
