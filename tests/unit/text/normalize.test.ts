import { describe, expect, it } from 'vitest';

import { normalize, normalizeKey, originalSpan } from '../../../lib/text/normalize';

describe('normalizeKey', () => {
  it('removes Arabic diacritics, superscript alef, Quranic marks and tatweel', () => {
    expect(normalizeKey('قَرَه بَاغ')).toBe('قره باغ');
    expect(normalizeKey('هٰذا')).toBe('هذا');
    expect(normalizeKey('الرَّحْمٰنِۖ')).toBe('الرحمن');
    expect(normalizeKey('كـــورسك')).toBe('كورسك');
  });

  it('removes zero-width characters, bidi marks and isolates, and soft hyphens', () => {
    expect(normalizeKey('كو\u200Cرس\u200Dك')).toBe('كورسك');
    expect(normalizeKey('\u200Eموسكو\u200F\u061C')).toBe('موسكو');
    expect(normalizeKey('\u202Bباكو\u202C \u2067يريفان\u2069')).toBe('باكو يريفان');
    expect(normalizeKey('Aser\u00ADbaidschan')).toBe('aserbaidschan');
  });

  it('unifies alef, yeh, kaf and heh forms', () => {
    expect(normalizeKey('أإآٱا')).toBe('ااااا');
    expect(normalizeKey('مصطفى')).toBe('مصطفي');
    expect(normalizeKey('مدينة')).toBe('مدينه');
    expect(normalizeKey('ناغورنی کرمان')).toBe('ناغورني كرمان');
    expect(normalizeKey('گرجستان پچ ڤ ژ')).toBe('كرجستان بتش ف ز');
    // چ is the "ch" that Arabic spells تش, and the map still covers whole original letters.
    expect(normalizeKey('لاچين')).toBe(normalizeKey('لاتشين'));
    expect(normalizeKey('مؤتمر هيئة')).toBe('موتمر هييه');
  });

  it('folds presentation forms and digits', () => {
    expect(normalizeKey('\uFEFB')).toBe('لا');
    expect(normalizeKey('عام ٢٠٢٤ و۱۹')).toBe('عام 2024 و19');
  });

  it('case-folds Latin and strips accents', () => {
    expect(normalizeKey('Ilham ALİYEV in Bakı')).toBe('ilham aliyev in baki');
    expect(normalizeKey('Mirzoyán Ñandú')).toBe('mirzoyan nandu');
    expect(normalizeKey('İlham Əliyev, Łódź')).toBe('ilham aliyev, lodz');
  });

  it('turns hyphens, dashes, underscores and quotes into single spaces and collapses whitespace', () => {
    expect(normalizeKey('Nagorno-Karabakh')).toBe('nagorno karabakh');
    expect(normalizeKey('Kim Jong–un')).toBe('kim jong un');
    expect(normalizeKey('#فلاديمير_بوتين')).toBe('#فلاديمير بوتين');
    expect(normalizeKey('محطة «روسيا اليوم»')).toBe('محطه روسيا اليوم');
    expect(normalizeKey('  a \u00A0\t\n b  ')).toBe('a b');
  });
});

describe('normalize offsets', () => {
  it('maps every normalised index to the original code point that made it', () => {
    const original = 'قَرَه  بَاغ';
    const { text, toOriginal } = normalize(original);
    expect(text).toBe('قره باغ');
    expect(toOriginal.length).toBe(text.length + 1);
    expect([...toOriginal]).toEqual([0, 2, 4, 5, 7, 9, 10, 11]);
  });

  it('keeps trailing marks of the last letter inside a span', () => {
    const original = 'كورسكُ اليوم';
    const norm = normalize(original);
    const b = norm.text.indexOf(' ');
    expect(original.slice(norm.toOriginal[0], norm.toOriginal[b])).toBe('كورسكُ');
  });

  it('never splits a surrogate pair', () => {
    const original = 'a𝐁c 😀 d';
    const norm = normalize(original);
    expect(norm.text).toBe('abc 😀 d');
    for (const at of norm.toOriginal) {
      const code = original.charCodeAt(at);
      expect(code >= 0xdc00 && code <= 0xdfff).toBe(false);
    }
  });

  it('originalSpan leaves out invisible marks and spaces after the last letter', () => {
    const original = 'في كورسك\u200F\u00A0اليوم';
    const norm = normalize(original);
    const a = norm.text.indexOf('كورسك');
    expect(originalSpan(norm, original, a, a + 5)).toEqual([3, 8]);
  });

  it('does not let a dropped trailing space into a span', () => {
    const original = 'باكو ';
    const norm = normalize(original);
    expect(norm.text).toBe('باكو');
    expect(originalSpan(norm, original, 0, 4)).toEqual([0, 4]);
  });
});
