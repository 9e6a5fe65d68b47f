// Consonant skeletons, the fuzzy pre-filter: spellings that differ only in
// vowel letters, doubled letters, same-sound consonants or the article share
// one; one consonant off is one deletion away, found by hashes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { FuzzyWindow } from '../../../lib/detect/fuzzy-window';
import {
  deletionHashes,
  FIXED_CONSONANTS,
  fixedPrefixEnd,
  gapDistance,
  newSkeletonBuffer,
  prefixHashes,
  Skeleton,
  skeletonHash,
} from '../../../lib/detect/skeleton';
import { normalizeKey } from '../../../lib/text/normalize';

function skeletonOf(text: string): { symbols: number[]; gaps: number[]; pending: number } {
  const key = normalizeKey(text);
  const sk = new Skeleton();
  sk.append(key, 0, key.length, 0);
  return { symbols: [...sk.symbols.subarray(0, sk.length)], gaps: [...sk.gaps.subarray(0, sk.length)], pending: sk.pending };
}

describe('skeleton', () => {
  it('is shared by spellings that differ in vowel letters, doubled letters, same-sound letters or the article', () => {
    const same = (a: string, b: string): void => expect(skeletonOf(a).symbols, `${a} / ${b}`).toEqual(skeletonOf(b).symbols);
    same('باشينيان', 'باشنيان');
    same('زاخاروفا', 'زخاروفا');
    same('غيراسيموف', 'جيراسيموف');
    same('قره باغ', 'قرة باخ');
    same('الكرملين', 'كرملين');
    same('Pashinyan', 'pashinian');
    same('مححمد', 'محمد');
    // A word that starts with alef, or has lam second, has no article.
    same('اسطنبول', 'سطنبول');
    expect(skeletonOf('بلغاريا').symbols).toHaveLength(4);
    expect(skeletonOf('اسطنبول').symbols).toHaveLength(5);
    expect(skeletonOf('باشينيان').symbols).not.toEqual(skeletonOf('ماشينيان').symbols);
    // ال inside a word is two letters of the name.
    expect(skeletonOf('مالكي').symbols).toHaveLength(3);
    expect(skeletonOf('بو الكرملين').symbols).toEqual(skeletonOf('بو كرملين').symbols);
  });

  it('counts the letters each gap holds, and those after the last symbol', () => {
    // ن after a vowel letter is the same symbol again: a doubled letter.
    expect(skeletonOf('باشينيان')).toMatchObject({ gaps: [0, 1, 1], pending: 3 });
    expect(skeletonOf('باشنيان')).toMatchObject({ gaps: [0, 1, 0], pending: 3 });
    expect(skeletonOf('زاخاروفا')).toMatchObject({ gaps: [0, 1, 1, 1], pending: 1 });
    // The article counts as two letters; a doubled letter as one.
    expect(skeletonOf('الكرملين')).toMatchObject({ gaps: [2, 0, 0, 0, 1], pending: 0 });
    expect(skeletonOf('مححمد')).toMatchObject({ gaps: [0, 0, 1, 0], pending: 0 });
  });

  it('stops at 64 symbols', () => {
    const sk = new Skeleton();
    const long = 'بت'.repeat(50);
    sk.append(long, 0, long.length, 0);
    expect(sk.length).toBe(64);
  });

  it('appends word after word as one text, and starts again after reset', () => {
    const key = normalizeKey('نيكول باشينيان');
    const whole = new Skeleton();
    whole.append(key, 0, key.length, 0);
    const parts = new Skeleton();
    parts.append(key, 0, 5, 0);
    parts.append(key, 5, key.length, 0);
    expect([...parts.symbols.subarray(0, parts.length)]).toEqual([...whole.symbols.subarray(0, whole.length)]);
    expect([...parts.gaps.subarray(0, parts.length)]).toEqual([...whole.gaps.subarray(0, whole.length)]);
    parts.reset();
    expect([parts.length, parts.pending]).toEqual([0, 0]);
  });
});

describe('gap distance', () => {
  it('sums the differences of every gap and of the trailing letters', () => {
    const a = Uint8Array.from([9, 0, 1, 1, 2]);
    expect(gapDistance(a, 1, 0, Int32Array.from([0, 1, 0, 2]), 0, 4)).toBe(1);
    expect(gapDistance(a, 1, 0, Int32Array.from([0, 1, 1, 2]), 0, 4)).toBe(0);
    expect(gapDistance(a, 1, 2, Int32Array.from([1, 0, 1, 0]), 1, 4)).toBe(1 + 1 + 1 + 0 + 2);
    expect(gapDistance(a, 1, 0, Int32Array.from([5, 5, 5, 5]), 0, 2)).toBe(5 + 4);
  });
});

describe('fixed prefix', () => {
  it('ends just past the letter of the second consonant', () => {
    expect(FIXED_CONSONANTS).toBe(2);
    expect(fixedPrefixEnd(normalizeKey('باشينيان'))).toBe(3);
    expect(fixedPrefixEnd(normalizeKey('الكرملين'))).toBe(4);
    expect(fixedPrefixEnd(normalizeKey('ببشير'))).toBe(3);
    expect(fixedPrefixEnd('ابو')).toBe(3);
    expect(fixedPrefixEnd('')).toBe(0);
  });
});

describe('hashes', () => {
  const symbols = fc.array(fc.integer({ min: 1, max: 0x10020 }), { minLength: 0, maxLength: 20 });

  it('prefix hashes are the hashes of each prefix, also when computed on from a point', () => {
    fc.assert(
      fc.property(symbols, fc.nat(), (list, cut) => {
        const sk = Int32Array.from(list);
        const out = newSkeletonBuffer();
        prefixHashes(sk, sk.length, out);
        for (let i = 0; i <= sk.length; i++) expect(out[i]).toBe(skeletonHash(sk, i));
        const from = list.length === 0 ? 0 : cut % list.length;
        const again = newSkeletonBuffer();
        prefixHashes(sk, from, again);
        prefixHashes(sk, sk.length, again, from);
        expect([...again.subarray(0, sk.length + 1)]).toEqual([...out.subarray(0, sk.length + 1)]);
      }),
    );
  });

  it('the deletion hash at j is the hash of the skeleton without symbol j, from the fixed consonants on', () => {
    fc.assert(
      fc.property(symbols, (list) => {
        const sk = Int32Array.from(list);
        const prefix = newSkeletonBuffer();
        prefixHashes(sk, sk.length, prefix);
        const out = newSkeletonBuffer().fill(7);
        deletionHashes(sk, sk.length, prefix, out);
        for (let j = 0; j < sk.length; j++) {
          const without = Int32Array.from([...list.slice(0, j), ...list.slice(j + 1)]);
          if (j >= FIXED_CONSONANTS) expect(out[j]).toBe(skeletonHash(without, without.length));
          else expect(out[j]).toBe(7);
        }
      }),
    );
  });

  it('tells different skeletons and orders apart', () => {
    const h = (list: number[]): number => skeletonHash(Int32Array.from(list), list.length);
    const all = [[], [1], [2], [1, 2], [2, 1], [1, 1], [1, 2, 3], [3, 2, 1], [0x10003, 5]].map(h);
    expect(new Set(all).size).toBe(all.length);
  });
});

describe('fuzzy window', () => {
  it('holds for each size of window its skeleton hash, length, trailing letters and last letter', () => {
    const text = normalizeKey('نيكول باشينيا يريفانو');
    const ends = [5, 13, 21];
    const window = new FuzzyWindow();
    ends.forEach((e, k) => (window.ends[k] = e));
    window.start(text, 0);
    expect(window.from).toBe(0);
    window.grow(text, 3);
    for (let k = 1; k <= 3; k++) {
      const part = new Skeleton();
      part.append(text, 0, ends[k - 1] ?? 0, 0);
      expect(window.length(k), `${k}`).toBe(part.length);
      expect(window.hash(k), `${k}`).toBe(skeletonHash(part.symbols, part.length));
      expect(window.trailing[k - 1], `${k}`).toBe(part.pending);
      expect(window.lastLetter[k - 1], `${k}`).toBe(text.charCodeAt((ends[k - 1] ?? 0) - 1));
    }
  });

  it('starts again at another place, after a clitic, with nothing of the last window left', () => {
    const text = normalizeKey('وباشينيان');
    const window = new FuzzyWindow();
    window.ends[0] = text.length;
    window.start(normalizeKey('نيكول باشينيان'), 0);
    window.start(text, 1);
    const alone = new Skeleton();
    alone.append('باشينيان', 0, 8, 0);
    expect(window.from).toBe(1);
    expect(window.length(1)).toBe(alone.length);
    expect(window.hash(1)).toBe(skeletonHash(alone.symbols, alone.length));
  });
});
