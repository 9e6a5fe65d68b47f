// Builds the fuzzy index (fuzzy-index.ts) where knowledge is compiled: every
// alias long enough to be matched fuzzily, with its skeleton gaps, and the
// hash tables that find it from a window's skeleton.

import { buildBloom } from './bloom';
import { letterCount } from './fuzzy-cost';
import {
  anyInitialKey,
  firstChangeable,
  firstWordCount,
  firstWordKey,
  firstWordValue,
  initialOf,
  lengthBit,
  LONG_ALIAS_LETTERS,
  MIN_ALIAS_LETTERS,
  oneWordKey,
  runKey,
  runMeta,
  skeletonKey,
  type FuzzyArrays,
} from './fuzzy-index';
import { aliasRecord, tagOf } from './fuzzy-records';
import { MAX_WINDOW_WORDS } from './fuzzy-window';
import { buildHashIndex, type HashIndexArrays } from './hash-index';
import { letterClass } from './letter-classes';
import { deletionHashes, fixedPrefixEnd, newSkeletonBuffer, prefixHashes, Skeleton, skeletonHash } from './skeleton';

/**
 * Bits a key of the run filter, asked for every run of words from a word that
 * may begin an alias of several words: 16 let one run in 70 through that no
 * record has, and take 16 KB at 5,000 topics; 4 let through one in 6.
 */
const RUN_FILTER_BITS = 16;

/** Adds an alias under hash; no alias meets the same hash twice (a skeleton has no two equal symbols side by side, so its deletions differ). */
function addTo(map: Map<number, number[]>, hash: number, index: number): void {
  const list = map.get(hash);
  if (!list) map.set(hash, [index]);
  else list.push(index);
}

/** Adds a record under hash, unless the same record is there already. */
function addRecord(map: Map<number, number[]>, hash: number, record: number): void {
  const list = map.get(hash);
  if (!list) map.set(hash, [record]);
  else if (!list.includes(record)) list.push(record);
}

/** Adds a run record (its meta and record) to a list of pairs, unless the same pair is there already. */
function addRun(list: number[], meta: number, record: number): void {
  for (let i = 0; i < list.length; i += 2) if (list[i] === meta && list[i + 1] === record) return;
  list.push(meta, record);
}

/**
 * The run records of each firstWords entry, in the entry order of its built
 * hash index: runStart (in pairs) and the pairs, one after another, each
 * entry's sorted by their last letter's tag (runMeta), so that a run reads
 * only those with its own (FuzzyIndex.runsFiled).
 */
function runBlocks(firstWords: HashIndexArrays, runs: ReadonlyMap<string, number[]>): { runStart: Int32Array; runRecords: Int32Array } {
  const runStart = new Int32Array(firstWords.hashes.length + 1);
  const pairs: number[] = [];
  firstWords.hashes.forEach((firstKey, e) => {
    const list = runs.get(`${firstKey} ${firstWordCount(firstWords.values[e] ?? 0)}`) ?? [];
    const order = Array.from({ length: list.length / 2 }, (_, i) => i);
    order.sort((a, b) => ((list[2 * a] ?? 0) & 0xff) - ((list[2 * b] ?? 0) & 0xff) || a - b);
    for (const i of order) pairs.push(list[2 * i] ?? 0, list[2 * i + 1] ?? 0);
    runStart[e + 1] = pairs.length / 2;
  });
  return { runStart, runRecords: Int32Array.from(pairs) };
}

/** keys[i] is the normalised key of listed alias i, topicOf(i) its topic (EXCLUDED or 0 to topics - 1). */
export function buildFuzzyIndex(keys: readonly string[], topicOf: (listed: number) => number, topics: number): FuzzyArrays {
  const bySkeleton = new Map<number, number[]>();
  const byLongNeighbour = new Map<number, number[]>();
  const firstWords = new Map<number, number[]>();
  /** Per first word (firstWordKey) and word count: its aliases' run records, as pairs. */
  const runs = new Map<string, number[]>();
  const oneWords = new Map<number, number[]>();
  const runKeys = new Set<number>();
  const sk = new Skeleton();
  const prefix = newSkeletonBuffer();
  const deletions = newSkeletonBuffer();
  const form: number[] = [];
  const tokens: number[] = [];
  const letters: number[] = [];
  const fixedEnd: number[] = [];
  const trailing: number[] = [];
  const firstHash: number[] = [];
  const gapStart: number[] = [0];
  const gaps: number[] = [];
  const ofTopic = Array.from({ length: topics }, (): number[] => []);
  keys.forEach((key, listed) => {
    const words = key.split(' ');
    const count = letterCount(key);
    if (count < MIN_ALIAS_LETTERS || words.length > MAX_WINDOW_WORDS) return;
    const index = form.length;
    const firstEnd = words.length > 1 ? (words[0]?.length ?? 0) : 0;
    sk.reset();
    sk.append(key, 0, firstEnd, 0);
    const firstLength = sk.length;
    const first = skeletonHash(sk.symbols, sk.length);
    sk.append(key, firstEnd, key.length, 0);
    form.push(listed);
    tokens.push(words.length);
    letters.push(count);
    fixedEnd.push(fixedPrefixEnd(key));
    trailing.push(sk.pending);
    firstHash.push(first);
    for (let i = 0; i < sk.length; i++) gaps.push(sk.gaps[i] ?? 0);
    gapStart.push(gaps.length);
    const hash = skeletonHash(sk.symbols, sk.length);
    const lastLetter = key.charCodeAt(key.length - 1);
    const initial = tagOf(initialOf(key.charCodeAt(0)));
    const long = count >= LONG_ALIAS_LETTERS;
    // The symbols at the first place a change may touch, and the next (fuzzy-records.ts).
    const place = firstChangeable(firstLength);
    const a = place < sk.length ? tagOf(sk.symbols[place] ?? 0) : 0;
    const b = place + 1 < sk.length ? tagOf(sk.symbols[place + 1] ?? 0) : 0;
    addTo(bySkeleton, skeletonKey(hash, words.length, lastLetter), index);
    const record = aliasRecord(count, initial, a, b, long);
    if (words.length > 1) {
      const firstKey = firstWordKey(key, 0, firstEnd, first);
      const values = firstWords.get(firstKey) ?? [];
      const same = values.findIndex((v) => firstWordCount(v) === words.length);
      const value = firstWordValue(words.length, lengthBit(words[0]?.length ?? 0));
      if (same < 0) values.push(value);
      else values[same] = (values[same] ?? 0) | value;
      firstWords.set(firstKey, values);
      const block = `${firstKey} ${words.length}`;
      let list = runs.get(block);
      if (!list) runs.set(block, (list = []));
      addRun(list, runMeta(lastLetter, sk.length), record);
      runKeys.add(runKey(firstKey, words.length, tagOf(letterClass(lastLetter)), initial));
      if (initial === 0) runKeys.add(anyInitialKey(firstKey));
      ofTopic[topicOf(listed)]?.push(index);
    } else if (sk.length >= 2) {
      addRecord(oneWords, oneWordKey(sk.symbols[0] ?? 0, sk.symbols[1] ?? 0, lastLetter), record);
    }
    if (long) {
      addTo(byLongNeighbour, skeletonKey(hash, words.length, lastLetter), index);
      prefixHashes(sk.symbols, sk.length, prefix);
      deletionHashes(sk.symbols, sk.length, prefix, deletions);
      for (let j = firstChangeable(firstLength); j < sk.length; j++) {
        addTo(byLongNeighbour, skeletonKey(deletions[j] ?? 0, words.length, lastLetter), index);
      }
    }
  });
  let at = 0;
  const firstWordsIndex = buildHashIndex(firstWords);
  return {
    form: Int32Array.from(form),
    tokens: Uint8Array.from(tokens),
    letters: Uint16Array.from(letters),
    fixedEnd: Uint16Array.from(fixedEnd),
    trailing: Uint8Array.from(trailing),
    firstHash: Int32Array.from(firstHash),
    gapStart: Int32Array.from(gapStart),
    gaps: Uint8Array.from(gaps),
    bySkeleton: buildHashIndex(bySkeleton),
    byLongNeighbour: buildHashIndex(byLongNeighbour),
    firstWords: firstWordsIndex,
    ...runBlocks(firstWordsIndex, runs),
    runFilter: buildBloom([...runKeys], RUN_FILTER_BITS),
    oneWords: buildHashIndex(oneWords),
    topicStart: Int32Array.from([0, ...ofTopic.map((list) => (at += list.length))]),
    topicAliases: Int32Array.from(ofTopic.flat()),
  };
}
