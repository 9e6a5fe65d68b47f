import { describe, expect, it } from 'vitest';

import { CLITIC_PREFIXES, MAX_NAME_STARTS, nameStarts, startElided, startPosition } from '../../../lib/detect/clitics';

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
});
