// The edges of the letter counts fuzzy matching admits. A name of n letters
// may be written with as many letters more or fewer as its cost allows (each
// costs half an edit; one edit for 6–8 letters, one and a half for 9–11, two
// for 12 or more; at most one edit in a word), and the filters in
// front of the cost (of runs of words, of one-word windows, of first words)
// are keyed by those counts: a spelling exactly at either edge must still be
// found, one letter past it must not. Only detector output is read, so these
// hold whatever the filters look like inside.
//
// A longer name sits beside the one under test, as in any real knowledge, so
// that these tests reach the filters rather than the early exit for windows
// longer than the longest alias allows; the last block tests that exit. A
// one-word window of four letters is never read (a six-letter name written
// with two vowels fewer is not found), though its cost would allow it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { createDetector } from '../../../lib/detect';

const VOWELS = 'aeiou';
/** The name beside the one under test: longer than any here, and like none of them. */
const LONGER = 'Qwxyzplatz Grossenvorderhausenbergen';
const CONSONANTS = 'bdfhjlmnprstz';

/** Letters of a name, spaces not counted. */
const letters = (name: string): number => name.replaceAll(' ', '').length;

/**
 * The name with `d` vowels added inside its words (never before the first
 * letter or after the last: those a name keeps), each costing half an edit,
 * at most `perWord` in a word; undefined when its words cannot take that many.
 */
function lengthened(name: string, d: number, vowel = 'i', perWord = PER_WORD): string | undefined {
  let left = d;
  const out = name.split(' ').map((w) => {
    let word = w;
    // After the first letter, then before the last, then after the first again.
    for (let j = 0; j < perWord && left > 0; j++, left--) {
      const at = j % 2 === 0 ? 1 : word.length - 1;
      word = word.slice(0, at) + vowel + word.slice(at);
    }
    return word;
  });
  return left === 0 ? out.join(' ') : undefined;
}

/**
 * The name with `d` of its inner vowels dropped, at most `perWord` in a word,
 * no word under three letters (shorter words must be exact); undefined when
 * it has too few.
 */
function shortened(name: string, d: number, perWord = PER_WORD): string | undefined {
  let left = d;
  const out = name.split(' ').map((w) => {
    let word = w;
    let dropped = 0;
    for (let i = word.length - 2; i >= 1 && left > 0 && dropped < perWord && word.length > 3; i--) {
      if (!VOWELS.includes(word[i]!)) continue;
      word = word.slice(0, i) + word.slice(i + 1);
      dropped++;
      left--;
    }
    return word;
  });
  return left === 0 ? out.join(' ') : undefined;
}

/** Letters a word may gain or lose: one edit's worth of vowels. */
const PER_WORD = 2;
/** Past the edge: one letter more than a word may take. */
const PAST = PER_WORD + 1;

const capitalised = (name: string): string =>
  name
    .split(' ')
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join(' ');

/** What the detector finds of a name written as `spelling` in a sentence, as [text, topic, match]. */
function found(name: string, spelling: string): string[][] {
  const detector = createDetector({
    version: 1,
    topics: [
      { id: 'made-up', kind: 'place', name: { ar: 'مكان مختلق', en: name }, aliases: [], exclude: [], marked: true },
      { id: 'longer', kind: 'place', name: { ar: 'مكان آخر', en: LONGER }, aliases: [], exclude: [], marked: true },
    ],
  });
  return detector.detect(`Reports say ${capitalised(spelling)} was quiet today.`).map((m) => [m.text, m.topic, m.match]);
}

const asFound = (spelling: string) => [[capitalised(spelling), 'made-up', 'fuzzy']];

/** The largest letter difference a name can be written with: its cost, and at most one edit a word. */
function edge(name: string): number {
  const n = letters(name);
  const total = n < 6 ? 0 : n < 9 ? 2 : n < 12 ? 3 : 4;
  return Math.min(total, PER_WORD * name.split(' ').length);
}

describe('fuzzy matching at the edges of the letter counts it admits', () => {
  // Names made up for the purpose, one per cost band (6–8, 9–11, 12+ letters) and word count.
  const names = [
    'vorem tak', // 2 words, 8 letters: one edit
    'belor kamin', // 2 words, 10 letters: one and a half
    'kalimo vesta', // 2 words, 11 letters
    'toravel manduk', // 2 words, 13 letters: two edits
    'hal moren dasuk', // 3 words, 13 letters
    'dor melani tasuk', // 3 words, 14 letters
    'telomar', // 1 word, 7 letters: one edit
    'dorimesk', // 1 word, 8 letters
    'velimandor', // 1 word, 10 letters: a word takes one edit at most
  ];

  it.each(names)('%s: exactly as many letters more or fewer as it allows is found', (name) => {
    const d = edge(name);
    const longer = lengthened(name, d);
    const shorter = shortened(name, d);
    expect(longer, 'the test name takes the vowels').toBeDefined();
    expect(shorter, 'the test name has the vowels to drop').toBeDefined();
    expect(letters(longer!)).toBe(letters(name) + d);
    expect(letters(shorter!)).toBe(letters(name) - d);
    expect(found(name, longer!)).toEqual(asFound(longer!));
    expect(found(name, shorter!)).toEqual(asFound(shorter!));
    // One letter inside the edge is found too, and the name itself exactly.
    const inside = lengthened(name, d - 1, 'e')!;
    expect(found(name, inside)).toEqual(asFound(inside));
    expect(found(name, name)).toEqual([[capitalised(name), 'made-up', 'exact']]);
  });

  it.each(names)('%s: one letter more or fewer than it allows is not found', (name) => {
    const d = edge(name) + 1;
    const longer = lengthened(name, d, 'i', PAST);
    const shorter = shortened(name, d, PAST);
    expect(longer, 'the test name takes the vowels').toBeDefined();
    expect(found(name, longer!)).toEqual([]);
    if (shorter) expect(found(name, shorter)).toEqual([]);
  });

  it('the shortest names read fuzzily have six letters: with two letters more they are found, five-letter ones never', () => {
    for (const name of ['dasmir', 'tam bor']) {
      const longer = lengthened(name, 2)!;
      expect(found(name, longer)).toEqual(asFound(longer));
      expect(found(name, lengthened(name, 3, 'i', PAST)!)).toEqual([]);
    }
    for (const name of ['dasmr', 'tam br', 'kolam']) expect(found(name, lengthened(name, 1)!)).toEqual([]);
  });

  it('for any made-up name of one to three words, the most letters added is found and one more, or fewer, is not', () => {
    const word = (min: number, max: number) =>
      fc
        .array(fc.tuple(fc.constantFrom(...CONSONANTS), fc.constantFrom(...VOWELS)), { minLength: 2, maxLength: 4 })
        .chain((syllables) => fc.constantFrom(...CONSONANTS).map((end) => (syllables.map(([c, v]) => c + v).join('') + end).slice(0, max)))
        .filter((w) => w.length >= min);
    const name = fc
      .integer({ min: 1, max: 3 })
      .chain((n) => fc.uniqueArray(word(3, 8), { minLength: n, maxLength: n }))
      .map((ws) => ws.join(' '))
      .filter((n) => letters(n) >= 6);
    fc.assert(
      fc.property(name, fc.constantFrom(...VOWELS), (n, vowel) => {
        // Only names the fuzzy step reads at all: one letter added is found (a
        // name made of a word said twice, say, is refused by other checks).
        fc.pre(found(n, lengthened(n, 1, vowel)!).length === 1);
        const d = edge(n);
        const longer = lengthened(n, d, vowel);
        if (longer) expect(found(n, longer)).toEqual(asFound(longer));
        // (The fewest letters are left to the names above: fuse.js, asked last,
        // refuses some short names with every vowel dropped, whatever their cost.)
        const past = lengthened(n, d + 1, vowel, PAST);
        if (past) expect(found(n, past)).toEqual([]);
        const under = shortened(n, d + 1, PAST);
        if (under) expect(found(n, under)).toEqual([]);
      }),
      { numRuns: 300, seed: 0x51a9 },
    );
  });
});

describe('the longest name a pack holds', () => {
  /** What the detector finds of `spelling` when `name` is the only name it knows. */
  function alone(name: string, spelling: string): string[][] {
    const detector = createDetector({
      version: 1,
      topics: [{ id: 'made-up', kind: 'place', name: { ar: 'مكان مختلق', en: name }, aliases: [], exclude: [], marked: true }],
    });
    return detector.detect(`Reports say ${capitalised(spelling)} was quiet today.`).map((m) => [m.text, m.topic, m.match]);
  }

  // No longer name beside it: nothing but its own cost bounds how it may be written.
  it.each(['belor kamin', 'toravel manduk', 'hal moren dasuk', 'dor melani tasuk', 'telomar'])(
    '%s is found with as many letters more or fewer as its cost allows',
    (name) => {
      const more = lengthened(name, edge(name));
      expect(more).toBeDefined();
      expect(alone(name, more!)).toEqual(asFound(more!));
      const fewer = shortened(name, edge(name));
      if (fewer) expect(alone(name, fewer)).toEqual(asFound(fewer));
    },
  );
});
