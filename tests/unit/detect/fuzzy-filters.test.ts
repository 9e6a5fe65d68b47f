// The fuzzy step's filters (Bloom filters in front of the hash indexes, the
// records of runs of words and of one-word windows) only spare work: with
// every filter made to let everything through, the detector must find
// exactly the same.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { mulberry32, syntheticTopics } from '../../../bench/synthetic-names';
import { nameStarts, startElided, startPosition } from '../../../lib/detect/clitics';
import { aliasRef, letterCount, preparedCost } from '../../../lib/detect/fuzzy-cost';
import { firstChangeable, firstWordKey, FuzzyIndex, initialOf, keyText } from '../../../lib/detect/fuzzy-index';
import { tagOf } from '../../../lib/detect/fuzzy-records';
import { firstLetter, FuzzyWindow } from '../../../lib/detect/fuzzy-window';
import type { HashIndexArrays } from '../../../lib/detect/hash-index';
import { letterClass } from '../../../lib/detect/letter-classes';
import { detectorFrom } from '../../../lib/detect/matcher';
import { Skeleton } from '../../../lib/detect/skeleton';
import { buildTables, type MatcherTables } from '../../../lib/detect/tables';
import { Words } from '../../../lib/detect/words';
import type { NamesIndex } from '../../../lib/knowledge/types';
import { normalize, normalizeKey } from '../../../lib/text/normalize';
import { loadNames } from './load-names';

const base = loadNames();
const names: NamesIndex = { version: 1, topics: [...base.topics, ...syntheticTopics(base, 2000, 17)] };
const tables = buildTables(names);

/** A filter every key gets through: one word with every bit set. */
const OPEN = Int32Array.of(-1);
const open = (h: HashIndexArrays): HashIndexArrays => ({ ...h, filter: OPEN });

function detector(t: MatcherTables, filters = true) {
  return detectorFrom({ ...t, topicId: (i) => t.ids[i] ?? '', guards: () => t.guards, extras: () => t.extras, filters });
}

const openFuzzy = {
  ...tables.fuzzy,
  bySkeleton: open(tables.fuzzy.bySkeleton),
  byLongNeighbour: open(tables.fuzzy.byLongNeighbour),
  firstWords: open(tables.fuzzy.firstWords),
  oneWords: open(tables.fuzzy.oneWords),
  runFilter: OPEN,
};
const filtered = detector(tables);
const unfiltered = detector({ ...tables, fuzzy: openFuzzy }, false);

const topicOf = (form: number): number => tables.targets.topic[form] ?? -1;
const index = new FuzzyIndex(tables.fuzzy, tables.keys, topicOf);
const openIndex = new FuzzyIndex(openFuzzy, tables.keys, topicOf, false);

/**
 * For every window of one to three words from every name start of the text,
 * as the fuzzy step forms them: the candidates the cost accepts among those
 * the filtered index gives (none for a run of words mayBeginRuns, runMayEnd,
 * runsFiled or runsFit refuses), and
 * among the unfiltered index's. And for windows of several words, the
 * unfiltered index's accepted candidates (topicOpen) and those of them whose
 * topic topicMayBegin lets through for the window (topicKept), as a window
 * read for that topic alone (extend) would be asked.
 */
const firstWordKeyOf = (text: string, from: number, to: number, window: FuzzyWindow): number =>
  firstWordKey(text, from, to, window.hash(1));

function candidateSets(text: string): { filtered: string[]; open: string[]; topicOpen: string[]; topicKept: string[] } {
  const words = new Words(text);
  const window = new FuzzyWindow();
  const starts = new Int32Array(16);
  const out = { filtered: [] as string[], open: [] as string[], topicOpen: [] as string[], topicKept: [] as string[] };
  for (let w = 0; w < words.count; w++) {
    let maxK = 1;
    while (maxK < 3 && w + maxK < words.count && words.adjacentRun(w, maxK + 1)) maxK++;
    for (let k = 0; k < maxK; k++) window.ends[k] = words.end(w + k);
    const n = nameStarts(text, words.start(w), words.end(w), starts);
    for (let s = 0; s < n; s++) {
      if (startElided(starts[s] ?? 0)) continue;
      const from = startPosition(starts[s] ?? 0);
      window.start(text, from);
      window.grow(text, maxK);
      const firstEnd = window.ends[0] ?? from;
      const firstKey = firstWordKeyOf(text, from, firstEnd, window);
      const sizes = index.firstWordSizes(firstKey, firstEnd - from);
      const runs = index.runsFit(window, index.runsFiled(text, from, window.ends, index.blocks, 0, sizes, maxK), maxK);
      const openSizes = openIndex.firstWordSizes(firstKey, firstEnd - from);
      for (let k = 1; k <= maxK; k++) {
        const letters = (window.ends[k - 1] ?? from) - from - (k - 1);
        const end = window.ends[k - 1] ?? from;
        // Only candidates the cost accepts matter: the filters may also refuse some it would refuse.
        const accepted = (c: number): boolean =>
          preparedCost(aliasRef(keyText(tables.keys, index.formOf(c >> 1))), text, from, end) !== Infinity;
        const tagged = (list: number[]): string[] => list.filter(accepted).map((c) => `${from}:${k}:${c}`);
        if (k === 1 || (openSizes & (1 << k)) !== 0) out.open.push(...tagged(openIndex.candidates(window, k, letters, null)));
        if (k > 1) {
          for (const c of openIndex.candidates(window, k, letters, null).filter(accepted)) {
            const topic = topicOf(index.formOf(c >> 1));
            out.topicOpen.push(`${from}:${k}:${c}`);
            if (index.topicMayBegin(topic, k, window.hash(1))) out.topicKept.push(`${from}:${k}:${c}`);
          }
        }
        const initial = tagOf(letterClass(window.firstLetter));
        const runAsked =
          index.mayBeginRuns(firstKey) &&
          index.runMayEnd(firstKey, k, text.charCodeAt(end - 1), initial, index.anyInitial(firstKey)) &&
          (runs & (1 << k)) !== 0;
        if (k === 1 || runAsked) out.filtered.push(...tagged(index.candidates(window, k, letters, null)));
      }
    }
  }
  out.filtered.sort();
  out.open.sort();
  return out;
}

const aliases = names.topics.flatMap((t) => [t.name.ar, t.name.en, ...t.aliases]).map(normalizeKey);
// Names of several words, half the time: runs of words have a filter of their own.
const drawn = [...aliases, ...aliases.filter((a) => a.includes(' '))];
const FILLER = ['في', 'من', 'قال', 'الرئيس', 'وزير', 'the', 'said', 'on', 'مع', 'إن', 'بعد', 'الخارجية', 'talks', 'حول'];
const ARABIC = 'ابتثجحخدذرزسشصضطظعغفقكلمنهويةء';
const LATIN = 'abcdefghijklmnopqrstuvwxyz';

/** One word of an alias, perhaps misspelt the way transliterations differ, or not. */
function mutate(word: string, pick: number, at: number, letter: number): string {
  const i = Math.floor(at * (word.length + 1));
  const letters = /[a-z]/.test(word) ? LATIN : ARABIC;
  const c = letters[Math.floor(letter * letters.length)] ?? 'ا';
  switch (pick) {
    case 0:
      return word.slice(0, i) + c + word.slice(i); // a letter added
    case 1:
      return word.slice(0, i) + word.slice(i + 1); // one dropped
    case 2:
      return word.slice(0, i) + c + word.slice(i + 1); // one changed
    case 3:
      return word.slice(0, i) + 'ا' + word.slice(i); // a vowel letter added
    default:
      return word;
  }
}

/** Skeleton length of key[0, to): built as the index builds an alias's. */
function skeletonLength(key: string, to: number): number {
  const sk = new Skeleton();
  const firstEnd = key.includes(' ') ? key.indexOf(' ') : 0;
  sk.append(key, 0, Math.min(firstEnd, to), 0);
  if (to > firstEnd) sk.append(key, firstEnd, to, 0);
  return sk.length;
}

/** The first skeleton place of an alias a change may touch (firstChangeable). */
function firstPlace(key: string): number {
  return firstChangeable(key.includes(' ') ? skeletonLength(key, key.indexOf(' ')) : 0);
}

/** Where in the key the letter that gives skeleton symbol i is, or -1. */
function symbolPosition(key: string, i: number): number {
  if (i < 0) return -1;
  for (let c = 0; c < key.length; c++) if (skeletonLength(key, c + 1) === i + 1) return c;
  return -1;
}

const piece = fc.oneof(
  fc.constantFrom(...FILLER),
  fc
    .record({
      alias: fc.integer({ min: 0, max: drawn.length - 1 }),
      clitic: fc.constantFrom('', '', 'و', 'ب', 'ال', 'لل'),
      edits: fc.array(fc.tuple(fc.integer({ min: 0, max: 5 }), fc.double({ min: 0, max: 0.999 }), fc.double({ min: 0, max: 0.999 })), {
        minLength: 3,
        maxLength: 3,
      }),
    })
    .map(({ alias, clitic, edits }) => {
      const words = (drawn[alias] ?? '').split(' ');
      const text = words.map((w, i) => mutate(w, ...(edits[i] ?? [5, 0, 0]))).join(' ');
      return /[a-z]/.test(text) ? text.replace(/\b[a-z]/g, (c) => c.toUpperCase()) : clitic + text;
    }),
);

describe('first letters', () => {
  it('are read after any alefs, which a fuzzy match may add or drop', () => {
    expect(firstLetter('اابوتين', 0, 7)).toBe('ب'.charCodeAt(0));
    expect(firstLetter('ووتين', 0, 5)).toBe('و'.charCodeAt(0));
    expect(firstLetter('اا', 0, 2)).toBe(0);
    expect(firstLetter('x ا', 2, 3)).toBe(0);
  });

  it("of a window the cost accepts are its alias's, up to letterClass, unless the alias starts with an alef", () => {
    let accepted = 0;
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: aliases.length - 1 }),
        fc.constantFrom('', 'ا', 'و', 'ي'),
        fc.integer({ min: 0, max: 5 }),
        fc.double({ min: 0, max: 0.999 }),
        fc.double({ min: 0, max: 0.999 }),
        (a, lead, pick, at, letter) => {
          const alias = aliases[a] ?? '';
          const window = lead + mutate(alias, pick, at, letter);
          if (preparedCost(aliasRef(alias), window) === Infinity) return;
          accepted++;
          const initial = initialOf(alias.charCodeAt(0));
          const first = firstLetter(window, 0, window.indexOf(' ') < 0 ? window.length : window.indexOf(' '));
          expect(initial === 0 || letterClass(first) === initial).toBe(true);
        },
      ),
      { numRuns: 3000, seed: 4 },
    );
    expect(accepted).toBeGreaterThan(300);
  });

  it('of an alias starting with an alef stand for any; others for their sound', () => {
    expect(initialOf('ا'.charCodeAt(0))).toBe(0);
    expect(initialOf('غ'.charCodeAt(0))).toBe(initialOf('ج'.charCodeAt(0)));
    expect(initialOf('و'.charCodeAt(0))).not.toBe(initialOf('ي'.charCodeAt(0)));
  });
});

describe('one word one consonant off', () => {
  // An article added or dropped changes a skeleton at no full edit, but
  // changes its first two symbols too, which one-word candidates share with
  // the window (oneWordKey): only those are asked here.
  it('with the same first two consonants costs a half-edit more than the letters it adds or drops: every change but a full edit keeps the skeleton', () => {
    const skeleton = (word: string): number[] => {
      const sk = new Skeleton();
      sk.append(word, 0, word.length, 0);
      return [...sk.symbols.subarray(0, sk.length)];
    };
    const fraction = fc.noBias(fc.integer({ min: 0, max: 999 })).map((n) => n / 1000);
    // Long ones: only they may take a full edit.
    const oneWord = aliases.filter((alias) => !alias.includes(' ') && letterCount(alias) >= 9);
    let apart = 0;
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: oneWord.length - 1 }),
        fc.constantFrom('', 'ا', 'ال'),
        // Places and letters spread evenly (fc.double draws mostly next to 0, where the cost refuses most).
        fc.array(fc.tuple(fc.integer({ min: 0, max: 5 }), fraction, fraction), { minLength: 1, maxLength: 2 }),
        (a, lead, edits) => {
          const alias = oneWord[a] ?? '';
          const window = lead + edits.reduce((word, edit) => mutate(word, ...edit), alias);
          const cost = preparedCost(aliasRef(alias), window);
          const [ours, theirs] = [skeleton(window), skeleton(alias)];
          if (cost === Infinity || ours.join() === theirs.join() || ours.slice(0, 2).join() !== theirs.slice(0, 2).join()) return;
          apart++;
          expect(cost, `${alias} as ${window}`).toBeGreaterThanOrEqual(Math.abs(letterCount(alias) - letterCount(window)) + 1);
        },
      ),
      { numRuns: 20000, seed: 21 },
    );
    // Windows one consonant off that the cost accepts were met.
    expect(apart).toBeGreaterThan(800);
  });
});

describe('fuzzy filters', () => {
  it('find exactly what the detector finds with every filter open', () => {
    let fuzzy = 0;
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 30 }), (pieces) => {
        const text = pieces.join(' ');
        const found = unfiltered.detect(text);
        fuzzy += found.filter((m) => m.match === 'fuzzy').length;
        expect(filtered.detect(text)).toEqual(found);
      }),
      { numRuns: 400, seed: 5 },
    );
    // The texts did hold misspelt names: the filters were tried where they matter.
    expect(fuzzy).toBeGreaterThan(100);
  });

  it('never refuse a window a candidate of which the cost accepts', () => {
    let candidates = 0;
    let several = 0;
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 20 }), (pieces) => {
        const sets = candidateSets(normalize(pieces.join(' ')).text);
        candidates += sets.open.length;
        several += sets.topicOpen.length;
        expect(sets.filtered).toEqual(sets.open);
        expect(sets.topicKept).toEqual(sets.topicOpen);
      }),
      { numRuns: 600, seed: 9 },
    );
    expect(candidates).toBeGreaterThan(100);
    // Windows of several words a topic's own aliases must let through were met.
    expect(several).toBeGreaterThan(30);
  });

  it('never refuse a window one consonant off right at the first places a change may touch', () => {
    // The records hold the symbols at the first changeable place and the
    // next: an alias changed there, or a consonant added or dropped there,
    // is the filters' edge.
    let candidates = 0;
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: drawn.length - 1 }),
        fc.integer({ min: 0, max: 2 }),
        fc.integer({ min: 0, max: 1 }),
        fc.integer({ min: 0, max: 2 }),
        fc.double({ min: 0, max: 0.999 }),
        fc.constantFrom(...FILLER),
        (a, shift, next, pick, letter, filler) => {
          const alias = drawn[a] ?? '';
          const at = symbolPosition(alias, firstPlace(alias) + next + shift - 1);
          if (at < 0) return;
          const letters = /[a-z]/.test(alias) ? LATIN : ARABIC;
          const c = letters[Math.floor(letter * letters.length)] ?? 'ب';
          const changed = [
            alias.slice(0, at) + c + alias.slice(at),
            alias.slice(0, at) + alias.slice(at + 1),
            alias.slice(0, at) + c + alias.slice(at + 1),
          ][pick];
          const text = `${filler} ${/[a-z]/.test(alias) ? (changed ?? '').replace(/\b[a-z]/g, (x) => x.toUpperCase()) : changed} ${filler}`;
          const sets = candidateSets(normalize(text).text);
          candidates += sets.open.length;
          expect(sets.filtered).toEqual(sets.open);
        },
      ),
      { numRuns: 1500, seed: 13 },
    );
    expect(candidates).toBeGreaterThan(300);
  });

  it('find exactly the same on the articles with synthetic names around them', () => {
    const random = mulberry32(3);
    const words = aliases.filter(() => random() < 0.02);
    const text = words.map((w, i) => mutate(w, Math.floor(random() * 6), random(), random()) + (i % 3 === 0 ? ' في' : '')).join(' ');
    expect(filtered.detect(text)).toEqual(unfiltered.detect(text));
  });
});
