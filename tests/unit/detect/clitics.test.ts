import { describe, expect, it } from 'vitest';

import { CLITIC_PREFIXES, cliticReadings, MAX_NAME_STARTS, nameStarts, startElided, startPosition } from '../../../lib/detect/clitics';

/** The names a word may hold, an elided alef written back in. */
function starts(word: string): string[] {
  const buffer = new Int32Array(MAX_NAME_STARTS);
  const n = nameStarts(word, 0, word.length, buffer);
  return [...buffer.subarray(0, n)].map((s) => (startElided(s) ? 'ا' : '') + word.slice(startPosition(s)));
}

describe('clitics', () => {
  it('lists the combinations Arabic writes', () => {
    for (const p of ['و', 'ف', 'ب', 'ل', 'ك', 'ال', 'لل', 'وب', 'ولل', 'فال', 'وال', 'بال', 'كال', 'فب', 'فل', 'ول', 'وبال']) {
      expect(CLITIC_PREFIXES).toContain(p);
    }
    expect(CLITIC_PREFIXES).not.toContain('لال');
  });

  it('offers the word and every name left after a clitic', () => {
    expect(starts('وبباكو')).toEqual(['وبباكو', 'بباكو', 'باكو']);
    expect(new Set(starts('لليمن'))).toEqual(new Set(['لليمن', 'ليمن', 'يمن', 'اليمن']));
  });

  it('reads exactly the prefixes CLITIC_PREFIXES lists', () => {
    for (const prefix of CLITIC_PREFIXES) {
      const word = `${prefix}باكو`;
      expect(starts(word), prefix).toContain('باكو');
    }
    expect(new Set(starts('وبالكرملين'))).toEqual(new Set(['وبالكرملين', 'بالكرملين', 'الكرملين', 'كرملين']));
    expect(new Set(starts('فللكرملين'))).toEqual(new Set(['فللكرملين', 'للكرملين', 'لكرملين', 'الكرملين', 'كرملين']));
  });

  it('keeps at least two letters for the name', () => {
    expect(starts('وال')).toEqual(['وال', 'ال']);
  });

  it('offers a start only where two letters or more are left', () => {
    expect(starts('وب')).toEqual(['وب']);
    expect(starts('بي')).toEqual(['بي']);
    expect(starts('بيت')).toEqual(['بيت', 'يت']);
    expect(starts('وبيت')).toEqual(['وبيت', 'بيت', 'يت']);
    expect(starts('الكر')).toEqual(['الكر', 'كر']);
    expect(starts('الك')).toEqual(['الك']);
    expect(starts('بالكر')).toEqual(['بالكر', 'الكر', 'كر']);
    expect(starts('بالك')).toEqual(['بالك', 'الك']);
  });

  it('reads لل as ل with the article, its alef elided, only with letters left after it', () => {
    expect(starts('لليم')).toEqual(['لليم', 'ليم', 'اليم', 'يم']);
    expect(starts('للي')).toEqual(['للي', 'لي']);
    expect(starts('لبنان')).toEqual(['لبنان', 'بنان']);
    expect(starts('بلاد')).toEqual(['بلاد', 'لاد']);
  });

  it('reads the article only as ال, and after ب or ك, never after ل', () => {
    expect(starts('اكرم')).toEqual(['اكرم']);
    expect(starts('تلال')).toEqual(['تلال']);
    expect(starts('بكلمة')).toEqual(['بكلمة', 'كلمة']);
    expect(starts('بيتنا')).toEqual(['بيتنا', 'يتنا']);
    expect(starts('لالكرم')).toEqual(['لالكرم', 'الكرم']);
    expect(starts('كالبرق')).toEqual(['كالبرق', 'البرق', 'برق']);
    expect(starts('باريس')).toEqual(['باريس', 'اريس']);
  });

  it('reads a word from the middle of a text', () => {
    const text = 'في وباكو';
    const buffer = new Int32Array(MAX_NAME_STARTS);
    const n = nameStarts(text, 3, text.length, buffer);
    expect([...buffer.subarray(0, n)].map((s) => text.slice(startPosition(s)))).toEqual(['وباكو', 'باكو', 'اكو']);
  });
});

describe('cliticReadings', () => {
  it('gives the word and what is left after each clitic it begins with, never under two letters', () => {
    expect(cliticReadings('وبالكرملين')).toEqual(['وبالكرملين', 'بالكرملين', 'الكرملين', 'كرملين']);
    expect(cliticReadings('باغ')).toEqual(['باغ', 'اغ']);
    expect(cliticReadings('بك')).toEqual(['بك']);
  });
});
