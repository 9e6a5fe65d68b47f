import { describe, expect, it } from 'vitest';

import { findDateInText, readDateValue } from '../../../lib/article/date-text';
import { toAsciiDigits } from '../../../lib/article/digits';
import { foldMonthText, monthNumber } from '../../../lib/article/months';

describe('toAsciiDigits', () => {
  it('reads Arabic-Indic and Persian digits as 0-9, one character for one', () => {
    expect(toAsciiDigits('٠١٢٣٤٥٦٧٨٩')).toBe('0123456789');
    expect(toAsciiDigits('۰۱۲۳۴۵۶۷۸۹')).toBe('0123456789');
    expect(toAsciiDigits('عام ٢٠٢٣ و۱۴۰۲')).toBe('عام 2023 و1402');
  });
});

describe('month names', () => {
  const months = (names: string[]) => names.map((n) => monthNumber(foldMonthText(n)));

  it('knows the Levantine and Iraqi names', () => {
    const levant = [
      'كانون الثاني',
      'شباط',
      'آذار',
      'نيسان',
      'أيار',
      'حزيران',
      'تموز',
      'آب',
      'أيلول',
      'تشرين الأول',
      'تشرين الثاني',
      'كانون الأول',
    ];
    expect(months(levant)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  });

  it('knows the Egyptian and Gulf names, with their hamza and ending variants', () => {
    const egypt = ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'];
    expect(months(egypt)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(months(['إبريل', 'ابريل', 'يونيه', 'يوليه', 'اغسطس', 'نوڤمبر'])).toEqual([4, 4, 6, 7, 8, 11]);
  });

  it('knows English full and short names in any case', () => {
    expect(months(['January', 'SEPT', 'dec.'])).toEqual([1, 9, 12]);
    expect(monthNumber(foldMonthText('Mayor'))).toBeUndefined();
  });
});

describe('findDateInText', () => {
  it.each([
    ['الأربعاء، 07 أكتوبر 2020 - 12:09 م', '2020-10-07'],
    ['نشر في ١٧ آذار/مارس ٢٠٢٠', '2020-03-17'],
    ['٣ كانون الثاني (يناير) ٢٠٢٤', '2024-01-03'],
    ['تاريخ النشر: 19th, September 2023 GMT', '2023-09-19'],
    ['السبت ۱۴ تشرین الأول ۲۰۲۳', '2023-10-14'],
    ['Posted May 24, 2026 10:05 am', '2026-05-24'],
    ['Tuesday, Nov, 29, 2016', '2016-11-29'],
    ['Updated 24 May 2026', '2026-05-24'],
    ['the 3rd of March 2022', '2022-03-03'],
    ['2024-02-24T11:42:23.000Z', '2024-02-24'],
    ['2023/09/19', '2023-09-19'],
    ['حزيران 2023', '2023-06'],
  ])('%s → %s', (text, date) => {
    expect(findDateInText(text)?.date).toBe(date);
  });

  it('reads numeric dates day first unless told otherwise, and says when that was a guess', () => {
    expect(findDateInText('١٧/٠٣/٢٠٢٠')).toEqual({ date: '2020-03-17', index: 0, ambiguous: false });
    expect(findDateInText('03/04/2020')).toEqual({ date: '2020-04-03', index: 0, ambiguous: true });
    expect(findDateInText('03/04/2020', { monthFirst: true })?.date).toBe('2020-03-04');
    expect(findDateInText('12/25/2020')?.date).toBe('2020-12-25');
  });

  it('takes the first date in the text', () => {
    expect(findDateInText('Published 2 March 2021, updated 5 April 2022')?.date).toBe('2021-03-02');
  });

  it('refuses what is not a calendar date', () => {
    expect(findDateInText('31 فبراير 2020')).toBeNull();
    expect(findDateInText('2023-13-01')).toBeNull();
    expect(findDateInText('قتل 12 شخصا في 2020')).toBeNull();
    expect(findDateInText('a mayor said 2020 was hard')).toBeNull();
    expect(findDateInText('')).toBeNull();
  });
});

describe('readDateValue', () => {
  it.each([
    ['2020-12-01 02:00:00', '2020-12-01'],
    ['2020-11-09T18:34:47+00:00', '2020-11-09'],
    // The date as the page writes it, not moved to another time zone.
    ['2016-12-01T23:29:49.000Z', '2016-12-01'],
    ['2024-04-30 16:38:37 +02:00', '2024-04-30'],
    ['20200317', '2020-03-17'],
    ['2024', '2024'],
    ['2024-05', '2024-05'],
    ['٢٠٢٤-٠٥-٠١', '2024-05-01'],
    ['الأربعاء، 07 أكتوبر 2020 - 12:09 م', '2020-10-07'],
  ])('%s → %s', (value, date) => {
    expect(readDateValue(value)).toBe(date);
  });

  it('refuses values that hold no date', () => {
    expect(readDateValue('')).toBeNull();
    expect(readDateValue('soon')).toBeNull();
    expect(readDateValue('2023-02-30')).toBeNull();
  });
});
