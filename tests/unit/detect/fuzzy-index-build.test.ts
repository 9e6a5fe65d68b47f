// What the fuzzy index holds for each alias, read from its tables directly:
// which aliases are eligible, under which keys each is filed, and what its
// record says. Most of these tables only spare work (a looser table finds
// the same names, slower), so detector output alone cannot tell a table
// that files too much or too little in the wrong place; these tests can.
import { describe, expect, it } from 'vitest';

import { bloomHas } from '../../../lib/detect/bloom';
import { letterCount } from '../../../lib/detect/fuzzy-cost';
import {
  anyInitialKey,
  firstChangeable,
  firstWordCount,
  firstWordKey,
  initialOf,
  lengthBit,
  LONG_ALIAS_LETTERS,
  MIN_ALIAS_LETTERS,
  oneWordKey,
  runKey,
  runMeta,
  skeletonKey,
  type FuzzyArrays,
} from '../../../lib/detect/fuzzy-index';
import { buildFuzzyIndex } from '../../../lib/detect/fuzzy-index-build';
import { aliasRecord, tagOf } from '../../../lib/detect/fuzzy-records';
import { MAX_WINDOW_WORDS } from '../../../lib/detect/fuzzy-window';
import { HashIndex, type HashIndexArrays } from '../../../lib/detect/hash-index';
import { letterClass } from '../../../lib/detect/letter-classes';
import { deletionHashes, newSkeletonBuffer, prefixHashes, Skeleton, skeletonHash } from '../../../lib/detect/skeleton';

/** Every (hash, values) of a table, in entry order. */
function entries(arrays: HashIndexArrays): Map<number, number[]> {
  const out = new Map<number, number[]>();
  arrays.hashes.forEach((hash, e) => {
    const list = out.get(hash) ?? [];
    list.push(arrays.values[e] ?? 0);
    out.set(hash, list);
  });
  return out;
}

/** The values a table holds under key, through its own lookup. */
function lookup(arrays: HashIndexArrays, key: number): number[] {
  const index = new HashIndex(arrays);
  const first = index.find(key);
  if (first < 0) return [];
  const out: number[] = [];
  for (let e = first, end = index.endOf(first); e < end; e++) out.push(index.valueAt(e));
  return out;
}

/** The run records (meta, record pairs) of a first word (firstWordKey) and word count, through the firstWords lookup. */
function runBlock(built: FuzzyArrays, firstKey: number, words: number): [number, number][] {
  const index = new HashIndex(built.firstWords);
  const first = index.find(firstKey);
  if (first < 0) return [];
  const out: [number, number][] = [];
  for (let e = first, end = index.endOf(first); e < end; e++) {
    if (firstWordCount(index.valueAt(e)) !== words) continue;
    for (let r = built.runStart[e] ?? 0; r < (built.runStart[e + 1] ?? 0); r++)
      out.push([built.runRecords[2 * r] ?? 0, built.runRecords[2 * r + 1] ?? 0]);
  }
  return out;
}

/** The records of a first word's run block whose last letter is this one's up to letterClass (as its tag). */
const runRecordsOf = (built: FuzzyArrays, firstKey: number, words: number, lastLetter: number): number[] =>
  runBlock(built, firstKey, words)
    .filter(([meta]) => (meta & 0xff) === (runMeta(lastLetter, 0) & 0xff))
    .map(([, record]) => record);

/** Every value anywhere in a table. */
const allValues = (arrays: HashIndexArrays): Set<number> => new Set(arrays.values);

/** A key's skeleton, its first word's skeleton length, and the hashes a test needs. */
function skeletonOf(key: string) {
  const words = key.split(' ');
  const firstEnd = words.length > 1 ? words[0]!.length : 0;
  const sk = new Skeleton();
  sk.append(key, 0, firstEnd, 0);
  const firstLength = sk.length;
  const firstHash = skeletonHash(sk.symbols, sk.length);
  sk.append(key, firstEnd, key.length, 0);
  return { sk, words, firstEnd, firstLength, firstHash, hash: skeletonHash(sk.symbols, sk.length) };
}

/** The record an alias should have, from its letters and skeleton as fuzzy-records.ts describes. */
function expectedRecord(key: string): number {
  const { sk, firstLength } = skeletonOf(key);
  const p = firstChangeable(firstLength);
  const a = p < sk.length ? tagOf(sk.symbols[p] ?? 0) : 0;
  const b = p + 1 < sk.length ? tagOf(sk.symbols[p + 1] ?? 0) : 0;
  const count = letterCount(key);
  return aliasRecord(count, tagOf(initialOf(key.charCodeAt(0))), a, b, count >= LONG_ALIAS_LETTERS);
}

const KEYS: readonly string[] = [
  'kursk', // 5 letters: too short
  'baskin', // 6 letters: the shortest eligible
  'karabakh', // 8: eligible, not long
  'azerbaijan', // 10: long
  'kim jong un', // three words
  'kim jong il', // the same first word and count
  'kim jang un', // kim jong un's record exactly: filed once
  'kim sol', // the same first word, two words
  'kimo ryu han', // a first word of another length with kim's skeleton
  'nor the west quarter', // four words: too many
  'pashinyanz', // 10 letters, one word
  'aleksandrov', // starts with an alef-less a (Latin): an initial of its own
  'banaan', // a skeleton of two symbols: the fewest a one-word record needs
  'iiiaab', // a skeleton of one symbol: no one-word record
];

// Built in each test, not when the file loads, so that a mutation tool sees each test build it.
/** Alias i's topic in these tests: three topics in turn. */
const TOPICS = 3;
const topicOfKey = (i: number): number => i % TOPICS;
const build = (): FuzzyArrays => buildFuzzyIndex(KEYS, topicOfKey, TOPICS);
const eligible = (built: FuzzyArrays): string[] => [...built.form].map((listed) => KEYS[listed]!);

describe('the fuzzy index built from aliases', () => {
  it('lists exactly the aliases of at least MIN_ALIAS_LETTERS letters and at most MAX_WINDOW_WORDS words, in order', () => {
    const built = build();
    const eligibleKeys = eligible(built);
    const expected = KEYS.flatMap((key, i) =>
      letterCount(key) >= MIN_ALIAS_LETTERS && key.split(' ').length <= MAX_WINDOW_WORDS ? [i] : [],
    );
    expect([...built.form]).toEqual(expected);
    expect(eligibleKeys).not.toContain('kursk');
    expect(eligibleKeys).not.toContain('nor the west quarter');
    expect(eligibleKeys).toContain('baskin');
  });

  it('keeps each eligible alias its word count, letters, first word hash, gaps and trailing letters', () => {
    const built = build();
    const eligibleKeys = eligible(built);
    const eligibleOf = (key: string): number => eligibleKeys.indexOf(key);
    eligibleKeys.forEach((key, i) => {
      const { sk, words, firstHash } = skeletonOf(key);
      expect(built.tokens[i], key).toBe(words.length);
      expect(built.letters[i], key).toBe(letterCount(key));
      expect(built.firstHash[i], key).toBe(firstHash);
      expect(built.trailing[i], key).toBe(sk.pending);
      const gaps = [...built.gaps.subarray(built.gapStart[i], built.gapStart[i + 1])];
      expect(gaps, key).toEqual([...sk.gaps.subarray(0, sk.length)]);
    });
    expect(built.gapStart[0]).toBe(0);
    expect(built.gapStart.length).toBe(eligibleKeys.length + 1);
    expect(built.gapStart.at(-1)).toBe(built.gaps.length);
    // A one-word alias has no first word of its own: the hash of an empty skeleton.
    expect(built.firstHash[eligibleOf('azerbaijan')]).toBe(skeletonHash(new Int32Array(1), 0));
    expect(built.firstHash[eligibleOf('kim jong un')]).not.toBe(built.firstHash[eligibleOf('azerbaijan')]);
  });

  it('files every eligible alias under its own skeleton, word count and last letter, once', () => {
    const built = build();
    const eligibleKeys = eligible(built);
    eligibleKeys.forEach((key, i) => {
      const { words, hash } = skeletonOf(key);
      const found = lookup(built.bySkeleton, skeletonKey(hash, words.length, key.charCodeAt(key.length - 1)));
      expect(
        found.filter((v) => v === i),
        key,
      ).toHaveLength(1);
    });
  });

  it('files long aliases, and only those, under their skeleton and each one-deletion neighbour from the first changeable place', () => {
    const built = build();
    const eligibleKeys = eligible(built);
    const neighbours = allValues(built.byLongNeighbour);
    eligibleKeys.forEach((key, i) => {
      const long = letterCount(key) >= LONG_ALIAS_LETTERS;
      expect(neighbours.has(i), key).toBe(long);
      if (!long) return;
      const { sk, words, firstLength, hash } = skeletonOf(key);
      const last = key.charCodeAt(key.length - 1);
      const prefix = newSkeletonBuffer();
      const deletions = newSkeletonBuffer();
      prefixHashes(sk.symbols, sk.length, prefix);
      deletionHashes(sk.symbols, sk.length, prefix, deletions);
      const expected = new Set([skeletonKey(hash, words.length, last)]);
      for (let j = firstChangeable(firstLength); j < sk.length; j++) expected.add(skeletonKey(deletions[j] ?? 0, words.length, last));
      const filedUnder = new Set([...entries(built.byLongNeighbour)].filter(([, values]) => values.includes(i)).map(([h]) => h));
      expect(filedUnder, key).toEqual(expected);
    });
  });

  it("sorts each first word's run records by their last letter's tag, which a run reads only its own of", () => {
    const built = build();
    const tags = (e: number): number[] => {
      const out: number[] = [];
      for (let r = built.runStart[e] ?? 0; r < (built.runStart[e + 1] ?? 0); r++) out.push((built.runRecords[2 * r] ?? 0) & 0xff);
      return out;
    };
    let several = 0;
    for (let e = 0; e < built.firstWords.hashes.length; e++) {
      const own = tags(e);
      if (new Set(own).size > 1) several++;
      expect(own).toEqual([...own].sort((a, b) => a - b));
    }
    // kim's three-word aliases end in n and l: a block of two tags.
    expect(several).toBeGreaterThan(0);
  });

  it('holds no alias twice under one key of any table', () => {
    const built = build();
    for (const table of [built.bySkeleton, built.byLongNeighbour, built.oneWords]) {
      for (const [, values] of entries(table)) expect(new Set(values).size).toBe(values.length);
    }
    for (let e = 0; e < built.firstWords.hashes.length; e++) {
      const pairs = [];
      for (let r = built.runStart[e] ?? 0; r < (built.runStart[e + 1] ?? 0); r++)
        pairs.push(`${built.runRecords[2 * r]} ${built.runRecords[2 * r + 1]}`);
      expect(new Set(pairs).size).toBe(pairs.length);
    }
  });

  it("files several-word aliases' records with their first word and word count, beside their last letter and skeleton length", () => {
    const built = build();
    const eligibleKeys = eligible(built);
    eligibleKeys.forEach((key) => {
      const { sk, words, firstEnd, firstHash } = skeletonOf(key);
      if (words.length < 2) return;
      const firstKey = firstWordKey(key, 0, firstEnd, firstHash);
      const pairs = runBlock(built, firstKey, words.length);
      expect(pairs, key).toContainEqual([runMeta(key.charCodeAt(key.length - 1), sk.length), expectedRecord(key)]);
    });
    // kim jong un and kim jong il end differently. kimo ryu han shares kim's first-word key and last letter.
    const kim = firstWordKey('kim', 0, 3, skeletonOf('kim jong un').firstHash);
    expect(new Set(runRecordsOf(built, kim, 3, 'n'.charCodeAt(0)))).toEqual(
      new Set([expectedRecord('kim jong un'), expectedRecord('kimo ryu han')]),
    );
    expect(runRecordsOf(built, kim, 3, 'l'.charCodeAt(0))).toEqual([expectedRecord('kim jong il')]);
    expect(runRecordsOf(built, kim, 2, 'l'.charCodeAt(0))).toEqual([expectedRecord('kim sol')]);
    expect(runBlock(built, kim, 2)).toHaveLength(1);
  });

  it("holds every several-word alias's first word, word count, last letter and initial in the run filter, and refuses most others", () => {
    const built = build();
    const firsts = new Set<number>();
    const filed = new Set<number>();
    eligible(built).forEach((key) => {
      const { words, firstEnd, firstHash } = skeletonOf(key);
      if (words.length < 2) return;
      const first = firstWordKey(key, 0, firstEnd, firstHash);
      const own = runKey(first, words.length, tagOf(letterClass(key.charCodeAt(key.length - 1))), tagOf(initialOf(key.charCodeAt(0))));
      firsts.add(first);
      filed.add(own);
      expect(bloomHas(built.runFilter, own), key).toBe(true);
    });
    // kim jong un, kim jang un and kimo ryu han share one; kim jong il and kim sol have their own.
    expect(filed.size).toBe(3);
    // Keys of no alias: the same first words with other word counts, last letters or initials.
    let asked = 0;
    let refused = 0;
    for (const first of firsts) {
      for (let words = 2; words <= MAX_WINDOW_WORDS + 2; words++) {
        for (const letter of 'bdfgjkmqxz') {
          for (const initial of 'kbz') {
            const key = runKey(first, words, tagOf(letterClass(letter.charCodeAt(0))), tagOf(initialOf(initial.charCodeAt(0))));
            if (filed.has(key)) continue;
            asked++;
            if (!bloomHas(built.runFilter, key)) refused++;
          }
        }
      }
    }
    expect(refused).toBeGreaterThan(asked * 0.9);
    // No alias here starts with an alef: none is asked for with any initial.
    expect(bloomHas(built.runFilter, anyInitialKey([...firsts][0] ?? 0))).toBe(false);
  });

  it('marks a first word that begins an alias starting with an alef, whose runs are asked with any initial', () => {
    const keys = ['اسماعيل هنية', 'بنيامين نتنياهو'];
    const built = buildFuzzyIndex(keys, () => 0, 1);
    const [alef, other] = keys.map((key) => {
      const { firstEnd, firstHash } = skeletonOf(key);
      return firstWordKey(key, 0, firstEnd, firstHash);
    });
    expect(bloomHas(built.runFilter, anyInitialKey(alef ?? 0))).toBe(true);
    expect(bloomHas(built.runFilter, runKey(alef ?? 0, 2, tagOf(letterClass('ة'.charCodeAt(0))), 0))).toBe(true);
    expect(bloomHas(built.runFilter, anyInitialKey(other ?? 0))).toBe(false);
    expect(
      bloomHas(built.runFilter, runKey(other ?? 0, 2, tagOf(letterClass('و'.charCodeAt(0))), tagOf(initialOf('ب'.charCodeAt(0))))),
    ).toBe(true);
  });

  it("files one-word aliases' records under their first two symbols and last letter, and no several-word alias there", () => {
    const built = build();
    const eligibleKeys = eligible(built);
    const oneWordRecords = [...allValues(built.oneWords)];
    eligibleKeys.forEach((key) => {
      const { sk, words } = skeletonOf(key);
      const record = expectedRecord(key);
      if (words.length > 1 || sk.length < 2) {
        expect(oneWordRecords, key).not.toContain(record);
        return;
      }
      const records = lookup(built.oneWords, oneWordKey(sk.symbols[0] ?? 0, sk.symbols[1] ?? 0, key.charCodeAt(key.length - 1)));
      expect(records, key).toContain(record);
    });
    const oneWord = eligibleKeys.filter((k) => !k.includes(' ') && skeletonOf(k).sk.length >= 2);
    expect(oneWord).toContain('banaan');
    expect(oneWord).not.toContain('iiiaab');
    expect(built.oneWords.values.length).toBe(oneWord.length);
    // kim jang un's record is kim jong un's, under the same key: held once.
    expect(expectedRecord('kim jang un')).toBe(expectedRecord('kim jong un'));
    expect(built.runRecords.length / 2).toBe(eligibleKeys.filter((k) => k.includes(' ')).length - 1);
    expect(built.runStart).toHaveLength(built.firstWords.hashes.length + 1);
  });

  it('gives each alias the consonants at its first changeable place, 0 past its skeleton, and marks the long ones', () => {
    // kim sol: the first word holds two symbols, so p = 2 is s and p + 1 is l.
    const { sk } = skeletonOf('kim sol');
    expect(sk.length).toBe(4);
    const record = expectedRecord('kim sol');
    expect((record >>> 15) & 0xff).toBe(tagOf(sk.symbols[2] ?? 0));
    expect((record >>> 23) & 0xff).toBe(tagOf(sk.symbols[3] ?? 0));
    expect(record & (1 << 31)).toBe(0);
    expect(expectedRecord('azerbaijan') & (1 << 31)).not.toBe(0);
    // A skeleton that ends at p + 1 reads 0 for the symbol past it.
    // Built after a longer alias, whose symbols are still in the builder's buffer past this skeleton's end.
    const short = buildFuzzyIndex(['zarqawi trdlmnb', 'bakkam sa'], () => 0, 1);
    const { sk: shortSk } = skeletonOf('bakkam sa');
    const p = firstChangeable(3);
    expect(shortSk.length).toBe(p + 1);
    const only = runRecordsOf(short, firstWordKey('bakkam sa', 0, 6, skeletonOf('bakkam sa').firstHash), 2, 'a'.charCodeAt(0))[0];
    expect(((only ?? 0) >>> 23) & 0xff).toBe(0);
    expect(((only ?? 0) >>> 15) & 0xff).toBe(tagOf(shortSk.symbols[p] ?? 0));
  });

  it('keeps one firstWords value per word count, joining the first-word lengths of the aliases it begins', () => {
    const built = build();
    const kim = skeletonOf('kim jong un');
    const kimo = skeletonOf('kimo ryu han');
    // kimo has kim's skeleton: one key for both first words.
    expect(kimo.firstHash).toBe(kim.firstHash);
    expect(firstWordKey('kimo ryu han', 0, 4, kimo.firstHash)).toBe(firstWordKey('kim jong un', 0, 3, kim.firstHash));
    const values = lookup(built.firstWords, firstWordKey('kim jong un', 0, 3, kim.firstHash));
    const byCount = new Map(values.map((v) => [firstWordCount(v), v]));
    expect(values).toHaveLength(2);
    expect((byCount.get(3) ?? 0) & 0xffff).toBe(lengthBit(3) | lengthBit(4));
    expect((byCount.get(2) ?? 0) & 0xffff).toBe(lengthBit(3));
  });

  it("lists each topic's eligible aliases of several words, and only those", () => {
    const built = build();
    const eligibleKeys = eligible(built);
    expect(built.topicStart).toHaveLength(TOPICS + 1);
    for (let t = 0; t < TOPICS; t++) {
      const listed = [...built.topicAliases.subarray(built.topicStart[t], built.topicStart[t + 1])].map((i) => eligibleKeys[i]);
      const expected = eligibleKeys.filter((key, i) => key.includes(' ') && topicOfKey(built.form[i] ?? 0) === t);
      expect(listed).toEqual(expected);
    }
    expect(built.topicAliases.length).toBe(eligibleKeys.filter((key) => key.includes(' ')).length);
  });

  it('is empty for no aliases, or none long enough', () => {
    for (const keys of [[], ['kursk', 'baku']]) {
      const empty = buildFuzzyIndex(keys, () => 0, 1);
      expect(empty.form.length).toBe(0);
      expect(empty.gapStart).toEqual(Int32Array.of(0));
      expect(empty.bySkeleton.values.length + empty.runRecords.length + empty.oneWords.values.length).toBe(0);
    }
  });
});
