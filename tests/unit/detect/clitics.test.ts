import { describe, expect, it } from 'vitest';
import { CLITIC_PREFIXES, nameStarts } from '../../../lib/detect/clitics';

const starts = (word: string): string[] =>
  nameStarts(word, 0, word.length).map((s) => (s.elided ? `ا${word.slice(s.at)}` : word.slice(s.at)));

describe('clitics', () => {
  it('lists the combinations Arabic writes', () => {
    for (const p of ['و', 'ف', 'ب', 'ل', 'ك', 'ال', 'لل', 'وب', 'ولل', 'فال', 'وال', 'بال', 'كال', 'فب', 'فل', 'ول', 'وبال']) {
      expect(CLITIC_PREFIXES).toContain(p);
    }
    expect(CLITIC_PREFIXES).not.toContain('لال');
  });

  it('offers the word and every name left after a clitic', () => {
    expect(starts('وبباكو')).toEqual(['وبباكو', 'بباكو', 'باكو']);
    expect(starts('لليمن')).toEqual(['لليمن', 'ليمن', 'يمن', 'اليمن']);
  });

  it('keeps at least two letters for the name', () => {
    expect(starts('وال')).toEqual(['وال', 'ال']);
  });
});
