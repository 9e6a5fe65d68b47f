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
});
