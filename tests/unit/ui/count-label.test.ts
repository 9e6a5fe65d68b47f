import { describe, expect, it } from 'vitest';

import { translator } from '../../../lib/i18n/i18n';
import { timesLabel } from '../../../lib/ui/count-label';

describe('timesLabel', () => {
  it('uses every Arabic plural form', () => {
    const t = translator('ar');
    expect([1, 2, 3, 10, 11, 99, 100, 102].map((n) => timesLabel(n, 'ar', t))).toEqual([
      'مرة واحدة',
      'مرتان',
      '3 مرات',
      '10 مرات',
      '11 مرة',
      '99 مرة',
      '100 مرة',
      '102 مرة',
    ]);
    expect(timesLabel(0, 'ar', t)).toBe('ولا مرة');
  });

  it('says once, and n times, in English', () => {
    const t = translator('en');
    expect([1, 2, 7].map((n) => timesLabel(n, 'en', t))).toEqual(['once', '2 times', '7 times']);
  });
});
