// A passage is kept only when it holds one of the query's words, near enough
// (lib/search/passage-words.ts): fuse.js alone returned sentences that merely
// share most of a query's letters across words.
import { describe, expect, it } from 'vitest';

import { compileContent } from '../../../lib/knowledge/compile';
import { boundedDistance, holdsQueryWord, queryWords } from '../../../lib/search/passage-words';
import { SearchIndex } from '../../../lib/search/search-index';
import { normalizeKey } from '../../../lib/text/normalize';

const holds = (query: string, sentence: string): boolean => holdsQueryWord(queryWords(normalizeKey(query)), normalizeKey(sentence));

describe('the distance between two words', () => {
  it('counts insertions, deletions and substitutions, and stops past the most asked', () => {
    expect(boundedDistance('pashinian', 'pashinyan', 2)).toBe(1);
    expect(boundedDistance('kitten', 'sitting', 3)).toBe(3);
    expect(boundedDistance('kitten', 'sitting', 2)).toBe(3);
    expect(boundedDistance('abc', 'abc', 0)).toBe(0);
    expect(boundedDistance('abc', 'abcdef', 2)).toBe(3);
    expect(boundedDistance('', 'ab', 2)).toBe(2);
  });
});

describe('the words a query is looked for by', () => {
  it('are its content words, or all of them when it has none', () => {
    expect(queryWords(normalizeKey('قال بوتين في موسكو'))).toEqual(['بوتين', 'موسكو']);
    expect(queryWords(normalizeKey('في من'))).toEqual(['في', 'من']);
  });
});

describe('a sentence holds a query word', () => {
  it('written as in the query, or begun by it', () => {
    expect(holds('باكو', 'أعلنت باكو الثلاثاء')).toBe(true);
    expect(holds('Pashin', 'Pashinyan said')).toBe(true);
  });

  it('with a clitic on either side', () => {
    expect(holds('الكرملين', 'قال وبالكرملين مسؤول')).toBe(true);
    expect(holds('الأرمينية', 'أرسلت أرمينيا مساعدات')).toBe(true);
  });

  it('with long vowels left out or added, and with punctuation around it', () => {
    expect(holds('بوتن', 'قال بوتين اليوم')).toBe(true);
    expect(holds('ستبانكرت', 'في العاصمة ستيباناكرت، لتبدأ')).toBe(true);
  });

  it('written joined where the sentence has two words', () => {
    expect(holds('بيونغيانغ', 'زار بيونغ يانغ')).toBe(true);
  });

  it('within one edit per four letters of the query word', () => {
    expect(holds('Pashinian', 'Pashinyan said')).toBe(true);
    expect(holds('كورسكك', 'في كورسك')).toBe(true);
  });

  it('counting the letters of a query word without its article', () => {
    expect(holds('الحرس', 'دارت الحرب الأولى')).toBe(false);
    expect(holds('الثوري', 'حزب العمال الكوري الشمالي')).toBe(false);
    expect(holds('الثوري', 'وصل إلى السلطة عن طريق الثورة')).toBe(true);
    expect(holds('الكرملن', 'قال الكرملين')).toBe(true);
  });

  it('not when the sentence only shares most of its letters', () => {
    expect(holds('الكرملين', 'ما المطلب الأرميني؟')).toBe(false);
    expect(holds('مطار', 'في إطار الاتفاق')).toBe(false);
    expect(holds('الصين', 'العسكريين الكوريين الشماليين')).toBe(false);
  });

  it('not when only two consonants are left once long vowels go (كرة is not الكورية), but روسيا is الروسية', () => {
    expect(holds('كرة', 'اللجنة العسكرية المركزية الكورية')).toBe(false);
    expect(holds('روسيا', 'هيئة الأركان الروسية')).toBe(true);
    expect(holds('روس', 'قال الروسي')).toBe(true);
  });
});

describe('a name holds a query word', () => {
  const nameHolds = (query: string, name: string): boolean =>
    holdsQueryWord(queryWords(normalizeKey(query)), normalizeKey(name), { last: true });

  it("by the word after its article: the article's ل is not one of its consonants", () => {
    expect(nameHolds('الرئيس', 'الاتحاد الروسي')).toBe(false);
    expect(nameHolds('الروسي', 'الاتحاد الروسي')).toBe(true);
    expect(nameHolds('الروسية', 'روسيا')).toBe(true);
  });
});

describe('searching the bundled articles', () => {
  const compiled = compileContent('content');
  const passages = (query: string): string[] =>
    new SearchIndex(compiled.names, compiled.details).search(query, 12).flatMap((h) => (h.kind === 'passage' ? [h.text] : []));

  it('finds no passage for a word no article uses', () => {
    expect(passages('الكرملين')).toEqual([]);
    expect(passages('الصين')).toEqual([]);
    expect(passages('الحرس')).toEqual([]);
  });

  it('still finds passages for names written another way', () => {
    for (const [query, word] of [
      ['ستبانكرت', 'ستيباناكرت'],
      ['باشنيان', 'باشينيان'],
      ['بوتن', 'بوتين'],
    ] as const) {
      const found = passages(query);
      expect(found.length, query).toBeGreaterThan(0);
      expect(
        found.every((text) => text.includes(word)),
        query,
      ).toBe(true);
    }
  });
});
