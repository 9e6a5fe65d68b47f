// The flat tables the detector reads in a tab: the hash multimap of the fuzzy
// index, the per-page map from pieces of text to answers, the words of a text,
// and the surname guard.
import { describe, expect, it } from 'vitest';

import { buildHashIndex, HashIndex, hashIndexFits } from '../../../lib/detect/hash-index';
import { capitalOk, NameGuards, type GuardWords } from '../../../lib/detect/name-guards';
import { mixHash, rangeHash, RangeMap } from '../../../lib/detect/range-map';
import { Words } from '../../../lib/detect/words';

/** All values stored under key, in order, or null when the key is absent. */
function valuesOf(index: HashIndex, key: number): number[] | null {
  const e = index.find(key);
  if (e < 0) return null;
  const out: number[] = [];
  for (let v = e; v < index.endOf(e); v++) out.push(index.valueAt(v));
  return out;
}

describe('HashIndex', () => {
  it('finds every key with all its values, in order, and nothing for other keys', () => {
    const entries = new Map<number, number[]>();
    for (let k = 0; k < 300; k++)
      entries.set(
        Math.imul(k + 1, 0x9e3779b1),
        Array.from({ length: 1 + (k % 4) }, (_, j) => k * 10 + j),
      );
    const arrays = buildHashIndex(entries);
    expect(hashIndexFits(arrays)).toBe(true);
    const index = new HashIndex(arrays);
    for (const [key, values] of entries) expect(valuesOf(index, key)).toEqual(values);
    for (const key of [0, 1, -1, 12345, 0x7fffffff]) expect(valuesOf(index, key)).toBeNull();
  });

  it('keeps about two keys a bucket, in a power of two of buckets', () => {
    const few = buildHashIndex(new Map([[5, [1]]]));
    expect(few.bucketStart.length - 1).toBe(16);
    const entries = new Map<number, number[]>(Array.from({ length: 1000 }, (_, k) => [k * 7919, [k]]));
    const many = buildHashIndex(entries);
    expect(many.bucketStart.length - 1).toBe(512);
    expect(hashIndexFits(many)).toBe(true);
  });

  it('finds keys of one bucket among empty ones, and keys sharing a bucket apart', () => {
    // Three keys: most of the sixteen buckets are empty.
    const entries = new Map([
      [11, [1, 2]],
      [-7, [3]],
      [0x40000000, [4, 5, 6]],
    ]);
    const index = new HashIndex(buildHashIndex(entries));
    for (const [key, values] of entries) expect(valuesOf(index, key)).toEqual(values);
    // The last key's values end at the last entry.
    const arrays = buildHashIndex(new Map([[1, [9, 8]]]));
    expect(valuesOf(new HashIndex(arrays), 1)).toEqual([9, 8]);
  });

  it('an empty index finds nothing and still fits', () => {
    const arrays = buildHashIndex(new Map());
    expect(hashIndexFits(arrays)).toBe(true);
    expect(new HashIndex(arrays).find(0)).toBe(-1);
  });

  it('tells arrays that do not fit together', () => {
    const arrays = buildHashIndex(new Map([[3, [1, 2]]]));
    expect(hashIndexFits({ ...arrays, values: arrays.values.slice(1) })).toBe(false);
    expect(hashIndexFits({ ...arrays, bucketStart: arrays.bucketStart.slice(1) })).toBe(false);
    expect(hashIndexFits({ ...arrays, bucketStart: Int32Array.from([0]), hashes: new Int32Array(0), values: new Int32Array(0) })).toBe(
      false,
    );
    const odd = new Int32Array(16).fill(2); // fifteen buckets
    expect(hashIndexFits({ ...arrays, bucketStart: odd })).toBe(false);
  });
});

describe('RangeMap', () => {
  const at = (text: string, piece: string): [number, number] => {
    const from = text.indexOf(piece);
    return [from, from + piece.length];
  };

  it('finds a stored piece of text wherever the same text comes again', () => {
    const map = new RangeMap<string>();
    const page = 'قال باشنيان ثم قال باشنيان';
    const [from, to] = at(page, 'باشنيان');
    expect(map.get(rangeHash(page, from, to), page, from, to)).toBeUndefined();
    map.set(rangeHash(page, from, to), page, from, to, 'first');
    const again = page.lastIndexOf('باشنيان');
    expect(map.get(rangeHash(page, again, again + 7), page, again, again + 7)).toBe('first');
    const other = 'x باشنيان';
    expect(map.get(rangeHash(other, 2, 9), other, 2, 9)).toBe('first');
  });

  it('tells apart texts under one hash, by their letters and their length', () => {
    const map = new RangeMap<number>();
    const text = 'abc abd ab abcd';
    map.set(7, text, 0, 3, 1); // abc
    expect(map.get(7, text, 4, 7)).toBeUndefined(); // abd
    expect(map.get(7, text, 8, 10)).toBeUndefined(); // ab
    expect(map.get(7, text, 11, 15)).toBeUndefined(); // abcd starts with abc
    map.set(7, text, 4, 7, 2);
    map.set(7, text, 8, 10, 3);
    expect([map.get(7, text, 0, 3), map.get(7, text, 4, 7), map.get(7, text, 8, 10)]).toEqual([1, 2, 3]);
    expect(map.get(8, text, 0, 3)).toBeUndefined();
  });

  it('keeps answers for one text apart by tag', () => {
    const map = new RangeMap<string>();
    const text = 'word';
    const h = rangeHash(text, 0, 4);
    map.set(h, text, 0, 4, 'untagged');
    map.set(h, text, 0, 4, 'topic 3', 3);
    expect(map.get(h, text, 0, 4)).toBe('untagged');
    expect(map.get(h, text, 0, 4, 3)).toBe('topic 3');
    expect(map.get(h, text, 0, 4, 4)).toBeUndefined();
  });

  it('grows past its first size and keeps every entry, colliding slots included', () => {
    const map = new RangeMap<number>();
    const words = Array.from({ length: 500 }, (_, i) => `w${i}`);
    const text = words.join(' ');
    const spans: [number, number][] = [];
    let from = 0;
    for (const w of words) {
      spans.push([from, from + w.length]);
      from += w.length + 1;
    }
    // Every third entry under one hash: long probe runs.
    const hashOf = (i: number, [a, b]: [number, number]): number => (i % 3 === 0 ? 42 : rangeHash(text, a, b));
    spans.forEach((s, i) => map.set(hashOf(i, s), text, s[0], s[1], i));
    spans.forEach((s, i) => expect(map.get(hashOf(i, s), text, s[0], s[1])).toBe(i));
    expect(map.get(42, 'w1000', 0, 5)).toBeUndefined();
  });

  it('hashes a range as its text, and tells different texts and orders apart', () => {
    const text = 'كورسك وكورسك';
    expect(rangeHash(text, 7, 12)).toBe(rangeHash('كورسك', 0, 5));
    expect(rangeHash(text, 0, 5, 3)).not.toBe(rangeHash(text, 0, 5));
    const words = ['روسيا', 'روسي', 'سيار', 'Russia', 'russia', 'a', 'b', 'ab', 'ba', ''];
    expect(new Set(words.map((w) => rangeHash(w, 0, w.length))).size).toBe(words.length);
    const [a, b] = [rangeHash('a', 0, 1), rangeHash('b', 0, 1)];
    expect(mixHash(a, b)).not.toBe(mixHash(b, a));
    expect(mixHash(mixHash(a, b), a)).not.toBe(mixHash(mixHash(a, a), b));
  });
});

describe('Words', () => {
  const words = new Words('قال  باشنيان، و Pashinyan-2 x');
  const list = (w: Words): string[] => Array.from({ length: w.count }, (_, i) => w.text.slice(w.start(i), w.end(i)));

  it('splits on anything but letters and digits', () => {
    expect(list(words)).toEqual(['قال', 'باشنيان', 'و', 'Pashinyan', '2', 'x']);
    expect(list(new Words(''))).toEqual([]);
    expect(list(new Words(' ، '))).toEqual([]);
    expect(list(new Words('a b c d e'))).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(list(new Words('ab'))).toEqual(['ab']);
  });

  it('finds the word holding a position, or -1 between words', () => {
    const text = words.text;
    for (let i = 0; i < words.count; i++) {
      for (let p = words.start(i); p < words.end(i); p++) expect(words.indexAt(p), `${p}`).toBe(i);
    }
    expect(words.indexAt(3)).toBe(-1);
    expect(words.indexAt(4)).toBe(-1);
    expect(words.indexAt(text.length)).toBe(-1);
    expect(words.indexAt(-1)).toBe(-1);
    expect(new Words('').indexAt(0)).toBe(-1);
  });

  it('tells runs of words one space apart', () => {
    // قال and باشنيان are two spaces apart, باشنيان and و a comma apart.
    expect(words.adjacentRun(0, 2)).toBe(false);
    expect(words.adjacentRun(1, 2)).toBe(false);
    expect(words.adjacentRun(2, 2)).toBe(true);
    expect(words.adjacentRun(3, 2)).toBe(false); // a hyphen
    expect(words.adjacentRun(4, 2)).toBe(true);
    expect(words.adjacentRun(4, 1)).toBe(true);
    expect(words.adjacentRun(5, 1)).toBe(true);
    expect(words.adjacentRun(5, 2)).toBe(false); // past the last word
    expect(words.adjacentRun(-1, 2)).toBe(false);
    const three = new Words('a b c');
    expect(three.adjacentRun(0, 3)).toBe(true);
    expect(new Words('a b  c').adjacentRun(0, 3)).toBe(false);
    expect(new Words('a b-c').adjacentRun(0, 3)).toBe(false);
  });

  it('says which span covers each word', () => {
    const w = new Words('aa bb cc dd ee');
    expect([...w.coverage([])]).toEqual([-1, -1, -1, -1, -1]);
    expect([...w.coverage([{ from: 3, to: 8 }])]).toEqual([-1, 0, 0, -1, -1]);
    // A span starting between words or ending inside one.
    expect([
      ...w.coverage([
        { from: 2, to: 4 },
        { from: 10, to: 13 },
      ]),
    ]).toEqual([-1, 0, -1, 1, 1]);
    // A span ending exactly where a word starts does not cover it.
    expect([...w.coverage([{ from: 0, to: 3 }])]).toEqual([0, -1, -1, -1, -1]);
    expect([...w.coverage([{ from: 12, to: 14 }])]).toEqual([-1, -1, -1, -1, 0]);
  });
});

describe('surname guard', () => {
  const given = ['دانييل', 'ماريا', 'Daniil'];
  // Topic 3's own names put دميتري before its surname.
  const words: GuardWords = { given: [...given, 'دميتري'], own: { '3': ['دميتري'] } };

  it('refuses a surname right after a first name that is not the topic’s own', () => {
    let reads = 0;
    const guards = new NameGuards(() => {
      reads++;
      return words;
    });
    const ok = (text: string, topic = 3): boolean => {
      const at = text.lastIndexOf(' ') + 1;
      return guards.surnameOk(text, at, at, topic, true);
    };
    // Not a surname, or the surname after a clitic: no question asked, no words read.
    expect(guards.surnameOk('دانييل مدفيديف', 7, 7, 3, false)).toBe(true);
    expect(guards.surnameOk('دانييل ومدفيديف', 8, 7, 3, true)).toBe(true);
    expect(ok('مدفيديف')).toBe(true);
    expect(reads).toBe(0);
    expect(ok('دانييل مدفيديف')).toBe(false);
    expect(ok('دميتري مدفيديف')).toBe(true);
    expect(ok('دميتري مدفيديف', 4)).toBe(false); // another topic’s first name
    expect(ok('قال مدفيديف')).toBe(true);
    expect(ok('Daniil Medvedev')).toBe(false);
    // Read once, on the first surname.
    expect(reads).toBe(1);
  });

  it('reads a first name through a conjunction, but not a short word', () => {
    const guards = new NameGuards(() => words);
    const ok = (text: string): boolean => {
      const at = text.lastIndexOf(' ') + 1;
      return guards.surnameOk(text, at, at, 3, true);
    };
    expect(ok('ودانييل مدفيديف')).toBe(false);
    expect(ok('فدانييل مدفيديف')).toBe(false);
    expect(ok('ودميتري مدفيديف')).toBe(true);
    expect(ok('بدانييل مدفيديف')).toBe(true); // not a conjunction
    const short = new NameGuards(() => ({ given: ['لي'], own: {} }));
    // «ولي» is a word of its own (a guardian), not و + لي.
    expect(short.surnameOk('ولي مدفيديف', 4, 4, 3, true)).toBe(true);
    expect(short.surnameOk('لي مدفيديف', 3, 3, 3, true)).toBe(false);
  });

  it('looks only at the word one space before', () => {
    const guards = new NameGuards(() => words);
    expect(guards.surnameOk('دانييل  مدفيديف', 8, 8, 3, true)).toBe(true); // two spaces
    expect(guards.surnameOk('دانييل،مدفيديف', 7, 7, 3, true)).toBe(true);
    expect(guards.surnameOk('x دانييل مدفيديف', 9, 9, 3, true)).toBe(false);
    expect(guards.surnameOk(' مدفيديف', 1, 1, 3, true)).toBe(true);
    expect(guards.surnameOk('، مدفيديف', 2, 2, 3, true)).toBe(true);
  });
});

describe('capitals guard', () => {
  it('asks for a capital only where the alias has one', () => {
    expect(capitalOk('turkey', 0, false)).toBe(true);
    expect(capitalOk('turkey', 0, true)).toBe(false);
    expect(capitalOk('a Turkey', 2, true)).toBe(true);
    expect(capitalOk('TURKEY', 0, true)).toBe(true);
    expect(capitalOk('تركيا', 0, true)).toBe(false);
    expect(capitalOk('x', 5, true)).toBe(false);
    expect(capitalOk('𝐀bc', 0, true)).toBe(false); // a letter with no lower case
    expect(capitalOk('𐐀', 0, true)).toBe(true); // a capital past the BMP (Deseret)
  });
});
