import { describe, expect, it } from 'vitest';

import { aliasVariants, gFlexible, gFlexibleAt } from '../../../lib/detect/alias-variants';
import { normalizeKey } from '../../../lib/text/normalize';

const variants = (alias: string): string[] => aliasVariants(normalizeKey(alias));

describe('aliasVariants (the variants written out as keys)', () => {
  it('puts the key itself first', () => {
    expect(variants('روسيا')[0]).toBe('روسيا');
  });

  it('writes a doubled yeh once, but never down to a short common word', () => {
    expect(variants('علييف')).toContain('عليف');
    expect(variants('إلهام علييف')).toContain('الهام عليف');
    expect(variants('كييف')).not.toContain('كيف');
  });

  it('reads معاهدة and اتفاقية as one word', () => {
    expect(variants('منظمة معاهدة الأمن الجماعي')).toContain('منظمه اتفاقيه الامن الجماعي');
  });

  it('stays bounded', () => {
    expect(variants('معاهدة علييف معاهدة علييف معاهدة علييف').length).toBeLessThanOrEqual(17);
    // 64 combinations, the first sixteen kept (the key itself is the first).
    expect(variants('معاهدة علييف معاهدة علييف معاهدة علييف')).toHaveLength(16);
  });
});

describe('g letters (read by the walk)', () => {
  it('lets غ and ج of transliterated words stand for any g letter', () => {
    const key = normalizeKey('فاليري غيراسيموف');
    expect(gFlexibleAt(key, key.indexOf('غ'))).toBe(true);
    expect(gFlexible(key)).toBe(true);
  });

  it('not in Arabic words with the article, nor in short words', () => {
    const korea = normalizeKey('كوريا الجنوبية');
    expect(gFlexibleAt(korea, korea.indexOf('ج'))).toBe(false);
    expect(gFlexible(normalizeKey('جدة'))).toBe(false);
  });

  it('never reads ك as a source: only غ and ج may be written otherwise', () => {
    const key = normalizeKey('كورسك');
    expect([...key].some((_, i) => gFlexibleAt(key, i))).toBe(false);
  });

  it('reads a g letter in a word that starts with alef or has lam second, when it is no article', () => {
    const agadir = normalizeKey('أغادير');
    expect(gFlexibleAt(agadir, agadir.indexOf('غ'))).toBe(true);
    const bulgaria = normalizeKey('بلغاريا');
    expect(gFlexibleAt(bulgaria, bulgaria.indexOf('غ'))).toBe(true);
    expect(gFlexibleAt(normalizeKey('غانا'), 0)).toBe(true);
  });

  it('judges each word of a key on its own length', () => {
    const key = normalizeKey('مدينة جدة');
    expect(gFlexibleAt(key, key.indexOf('ج'))).toBe(false);
    expect(gFlexible(key)).toBe(false);
    const long = normalizeKey('جدة الجديدة غيراسيموف');
    expect(gFlexibleAt(long, long.lastIndexOf('غ'))).toBe(true);
    expect(gFlexibleAt(long, 0)).toBe(false);
  });

  it('a key is flexible only when each of its غ and ج is', () => {
    expect(gFlexible(normalizeKey('غدة'))).toBe(false);
    expect(gFlexible(normalizeKey('الغد'))).toBe(false);
    expect(gFlexible(normalizeKey('بيونغ يانغ'))).toBe(true);
    expect(gFlexible(normalizeKey('بيونغ الغد'))).toBe(false);
    expect(gFlexible(normalizeKey('كورسك'))).toBe(true);
  });
});

describe('variants of long names', () => {
  it('keeps every variant of a name of five words', () => {
    const all = variants('معاهدة الأمن الجماعي الأوروبي علييف');
    expect(new Set(all)).toEqual(
      new Set([
        'معاهده الامن الجماعي الاوروبي علييف',
        'معاهده الامن الجماعي الاوروبي عليف',
        'اتفاقيه الامن الجماعي الاوروبي علييف',
        'اتفاقيه الامن الجماعي الاوروبي عليف',
      ]),
    );
  });

  it('writes each doubled yeh once', () => {
    expect(variants('حسينيين')).toEqual(['حسينيين', 'حسينين']);
  });
});
