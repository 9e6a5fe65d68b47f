import { describe, expect, it } from 'vitest';

import { translator } from '../../../lib/i18n/i18n';
import { formatArticleDate, formatIsoDate } from '../../../lib/ui/format';

describe('formatIsoDate', () => {
  it('names the month of the date, in either language (not the month after)', () => {
    expect(formatIsoDate('2023-09-19', 'en')).toBe('19 September 2023');
    expect(formatIsoDate('2023-09-19', 'ar')).toBe('19 سبتمبر 2023');
    expect(formatIsoDate('2024-01-05', 'en')).toBe('5 January 2024');
    expect(formatIsoDate('2024-12-31', 'ar')).toBe('31 ديسمبر 2024');
  });

  it('drops a leading zero from the day', () => {
    expect(formatIsoDate('2023-10-01', 'en')).toBe('1 October 2023');
  });

  it('keeps a partial date partial', () => {
    expect(formatIsoDate('2023-09', 'en')).toBe('September 2023');
    expect(formatIsoDate('2023-09', 'ar')).toBe('سبتمبر 2023');
    expect(formatIsoDate('2023', 'en')).toBe('2023');
  });
});

describe('formatArticleDate', () => {
  const en = translator('en');
  const ar = translator('ar');

  it('says when the date is unknown', () => {
    expect(formatArticleDate({ value: null, inferred: false, note: '' }, 'en', en)).toBe(en('dateUnknown'));
    expect(formatArticleDate({ value: null, inferred: false, note: '' }, 'ar', ar)).toBe(ar('dateUnknown'));
  });

  it('shows a stated date as it is', () => {
    expect(formatArticleDate({ value: '2023-09-19', inferred: false, note: '' }, 'en', en)).toBe('19 September 2023');
  });

  it('marks an inferred date as inferred', () => {
    expect(formatArticleDate({ value: '2023-09-19', inferred: true, note: '' }, 'en', en)).toBe(
      `19 September 2023 (${en('dateInferred')})`,
    );
    expect(formatArticleDate({ value: '2023-09-19', inferred: true, note: '' }, 'ar', ar)).toBe(`19 سبتمبر 2023 (${ar('dateInferred')})`);
  });
});
