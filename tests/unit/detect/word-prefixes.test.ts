// The filter asked before each walk: it must let through every word a key
// can be read from (else a name goes unfound), and should stop most others.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { mulberry32, syntheticTopics } from '../../../bench/synthetic-names';
import { createDetector } from '../../../lib/detect';
import { buildWordPrefixes, mayBeginKey } from '../../../lib/detect/word-prefixes';
import { normalizeKey } from '../../../lib/text/normalize';
import { loadNames } from './load-names';

const may = (filter: Int32Array, word: string, elided = false): boolean => mayBeginKey(filter, word, 0, word.length, elided);

describe('the filter of how keys begin', () => {
  const keys = ['كاراكاس', 'بيونغ يانغ', 'غيراسيموف', 'اليمن', 'روسيا البيضاء', 'u.s.', 'ab'];
  const filter = buildWordPrefixes(keys);

  it('lets through every word a key can be read from, whole or as its start', () => {
    for (const word of ['كاراكاس', 'كار', 'كارا', 'كاراك', 'كاراكاسي', 'روسيا', 'روسياالبيضاء', 'بيونغيانغ', 'بيونغ', 'اليمن', 'u', 'ab']) {
      expect(may(filter, word), word).toBe(true);
    }
  });

  it('lets through a word that writes a g letter another way', () => {
    for (const word of ['جيراسيموف', 'كيراسيموف', 'بيونجيانج', 'بيونك']) expect(may(filter, word), word).toBe(true);
  });

  it('reads an elided alef before the word (لليمن)', () => {
    expect(may(filter, 'ليمن', true)).toBe(true);
    expect(may(filter, 'ليم', true)).toBe(true);
  });

  it('asks nothing of words shorter than three letters, the alef counted', () => {
    for (const word of ['زز', 'ق', '']) expect(may(filter, word), word).toBe(true);
    expect(may(filter, 'لز', true)).toBe(false);
  });

  it('stops words no key begins with', () => {
    for (const word of ['قال', 'الحكومة', 'كاري', 'بيتر', 'abc']) expect(may(filter, word), word).toBe(false);
    expect(may(filter, 'يمن', false)).toBe(false);
  });

  it('never stops the start of a key, with its spaces dropped and its g letters read another way', () => {
    const letter = fc.constantFrom(...'ابتجدرسغفكلمنوي ');
    fc.assert(
      fc.property(fc.array(fc.array(letter, { minLength: 1, maxLength: 12 }), { minLength: 1, maxLength: 40 }), (arrays) => {
        const keys = [...new Set(arrays.map((a) => a.join('').trim()).filter((k) => k.length > 0))];
        const built = buildWordPrefixes(keys);
        for (const key of keys) {
          const joined = key.replaceAll(' ', '');
          const swapped = joined.replace(/[غج]/g, 'ك');
          for (let n = 1; n <= joined.length; n++) {
            expect(may(built, joined.slice(0, n)), joined.slice(0, n)).toBe(true);
            expect(may(built, swapped.slice(0, n)), swapped.slice(0, n)).toBe(true);
          }
          if (joined.startsWith('ا')) expect(may(built, joined.slice(1), true)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('stops most of the words of a page that no key begins with, at 100 times the topics', () => {
    const base = loadNames();
    const names = { version: 1 as const, topics: [...base.topics, ...syntheticTopics(base, base.topics.length * 99, 100)] };
    const keys = names.topics.flatMap((t) => [t.name.ar, t.name.en, ...t.aliases].map(normalizeKey));
    const built = buildWordPrefixes(keys);
    const starts = new Set(keys.flatMap((k) => [3, 4, 5].map((n) => k.replaceAll(' ', '').slice(0, n).replace(/[غج]/g, 'ك'))));
    const random = mulberry32(3);
    const letters = 'ابتثحخدذرزسشصضطظعفقلمنهوي';
    let asked = 0;
    let passed = 0;
    while (asked < 20_000) {
      const word = Array.from({ length: 5 }, () => letters[Math.floor(random() * letters.length)]).join('');
      if (starts.has(word) || starts.has(word.slice(0, 4)) || starts.has(word.slice(0, 3))) continue;
      asked++;
      if (may(built, word)) passed++;
    }
    expect(passed / asked).toBeLessThan(0.15);
  });
});

describe('exact matching with the filter', () => {
  it('finds the same names as without it', () => {
    const topic = (id: string, ar: string, aliases: string[] = []) => ({
      id,
      kind: 'place' as const,
      name: { ar, en: id },
      aliases,
      exclude: [],
      marked: true,
    });
    const detector = createDetector(
      { version: 1, topics: [topic('pyongyang', 'بيونغ يانغ'), topic('yemen', 'اليمن'), topic('gerasimov', 'غيراسيموف')] },
      { fuzzy: false },
    );
    const found = (text: string) => detector.detect(text).map((m) => [m.text, m.topic]);
    expect(found('في بيونغيانغ وبيونغ يانغ')).toEqual([
      ['بيونغيانغ', 'pyongyang'],
      ['بيونغ يانغ', 'pyongyang'],
    ]);
    expect(found('لليمن وجيراسيموف')).toEqual([
      ['ليمن', 'yemen'],
      ['جيراسيموف', 'gerasimov'],
    ]);
  });
});
