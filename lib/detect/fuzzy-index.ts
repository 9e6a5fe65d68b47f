// The aliases fuzzy matching may find, indexed by consonant skeleton: a
// window's candidates are the aliases with its skeleton or, for long aliases,
// one consonant off (symmetric deletion neighbourhoods, by hash). Candidates
// are then costed the transliteration way, and fuse.js must score the
// accepted ones close too. Every table is a typed array (built by
// fuzzy-index-build.ts), so a tab receives the index ready.

import Fuse from 'fuse.js';

import { bloomHas } from './bloom';
import { MAX_TOKEN_COST, MAX_TOTAL_COST, maxCost, MIN_FUZZY_TOKEN, preparedCost, type AliasRef } from './fuzzy-cost';
import { recordFits, recordIsLong, recordMayFit, tagOf } from './fuzzy-records';
import { firstLetter, MAX_WINDOW_WORDS, type FuzzyWindow } from './fuzzy-window';
import { HashIndex, type HashIndexArrays } from './hash-index';
import { letterClass } from './letter-classes';
import { rangeHash } from './range-map';
import { deletionHashes, FIXED_CONSONANTS, gapDistance, newSkeletonBuffer } from './skeleton';
import type { KeyPool } from './trie';

/** Aliases shorter than this (letters, spaces not counted) are matched exactly or not at all. */
export const MIN_ALIAS_LETTERS = 6;
/** From this length an alias may differ by one consonant: skeletons one deletion apart. */
export const LONG_ALIAS_LETTERS = 9;
/** fuse.js score (0 = identical) above which an accepted candidate is still refused. */
const MAX_FUSE_SCORE = 0.4;
/** fuse.js scores longer windows in pieces of this many characters. */
const FUSE_PATTERN_LIMIT = 32;

/** Per eligible alias (one long enough to be matched fuzzily), and the tables that find it. */
export interface FuzzyArrays {
  /** The listed alias it is (its key's index in the key pool). */
  form: Int32Array;
  tokens: Uint8Array;
  letters: Uint16Array;
  /** Key index before which no full edit is allowed (see fixedPrefixEnd). */
  fixedEnd: Uint16Array;
  /** Letters after its skeleton's last symbol, and its gaps in gaps[gapStart[i], gapStart[i + 1]). */
  trailing: Uint8Array;
  gapStart: Int32Array;
  gaps: Uint8Array;
  /** Skeleton hash of the first word of a several-word alias, which must not change. */
  firstHash: Int32Array;
  /** Skeleton hash (with word count) -> eligible aliases with that skeleton. */
  bySkeleton: HashIndexArrays;
  /** Long aliases: the hashes of their skeleton and of each one-deletion neighbour -> aliases. */
  byLongNeighbour: HashIndexArrays;
  /**
   * The first words of multi-word aliases: firstWordKey -> one value per
   * word count of the aliases they begin, firstWordValue(words, the lengths
   * of those first words as lengthBits), so one lookup answers every count.
   */
  firstWords: HashIndexArrays;
  /**
   * Several-word aliases by the firstWords entry of their first word and
   * word count: entry e's are the pairs runRecords[2 * runStart[e],
   * 2 * runStart[e + 1]), each runMeta (last letter, skeleton length) and
   * record (fuzzy-records.ts). firstWordSizes finds them with the first
   * word, once per distinct word, so a run of words is refused before any
   * skeleton lookup, without a lookup of its own.
   */
  runStart: Int32Array;
  runRecords: Int32Array;
  /**
   * A Bloom filter (bloom.ts) of the run records' runKeys: their first word,
   * word count, last letter's tag and initial's tag; and anyInitialKey of a
   * first word that begins an alias starting with an alef (any initial).
   * Asked per run of words before any firstWords entry is read: most runs
   * from a word that begins some alias of several words end in a letter, or
   * start with one, that none of them does.
   */
  runFilter: Int32Array;
  /** The same for one-word aliases of two symbols or more, by oneWordKey. */
  oneWords: HashIndexArrays;
  /**
   * Per topic t, its eligible aliases of several words:
   * topicAliases[topicStart[t], topicStart[t + 1]). A window read for one
   * topic (FuzzyMatcher.extend) is asked of them first (topicMayBegin), not
   * of the tables every topic's aliases share.
   */
  topicStart: Int32Array;
  topicAliases: Int32Array;
}

/** The first skeleton position a consonant change may touch: not the first two, not the first word's. */
export function firstChangeable(firstWordLength: number): number {
  return Math.max(FIXED_CONSONANTS, firstWordLength);
}

const ALEF = 0x627;

/** Bits of a firstWords value for word lengths, the lowest; its word count is above them. */
const LENGTH_BITS = 16;

/** One bit per word length; lengths from LENGTH_BITS - 1 on share the last bit. */
export function lengthBit(length: number): number {
  return 1 << Math.min(length, LENGTH_BITS - 1);
}

/** A firstWords value: a word count (at most 3) above its aliases' first words' length bits. */
export function firstWordValue(words: number, lengths: number): number {
  return (words << LENGTH_BITS) | lengths;
}

/** The word count of a firstWords value. */
export function firstWordCount(value: number): number {
  return value >>> LENGTH_BITS;
}

/**
 * The lengths an alias's first word may have to be read as a window's first
 * word of this length, as lengthBits. From the cost (fuzzy-cost.ts): a word
 * of fewer than three letters must be exact; every letter added or dropped
 * costs at least half an edit, and no alias allows more than
 * MAX_TOTAL_COST; nor may the window's word be more than MAX_TOKEN_COST
 * letters shorter, since a row of the cost table past its length would then
 * cost more than a word may.
 */
function compatibleLengthsOf(length: number): number {
  if (length < MIN_FUZZY_TOKEN) return lengthBit(length);
  let bits = 0;
  for (let n = Math.max(MIN_FUZZY_TOKEN, length - MAX_TOTAL_COST); n <= length + MAX_TOKEN_COST; n++) bits |= lengthBit(n);
  return bits;
}

/** compatibleLengthsOf for every length up to the last that has a bit of its own; asked for every name start of a page. */
const COMPATIBLE = Int32Array.from({ length: LENGTH_BITS + MAX_TOTAL_COST + 1 }, (_, n) => compatibleLengthsOf(n));

function compatibleLengths(length: number): number {
  return length < COMPATIBLE.length ? (COMPATIBLE[length] ?? 0) : compatibleLengthsOf(length);
}

/**
 * The key firstWords holds a first word of this many letters under: a word
 * shorter than MIN_FUZZY_TOKEN is read only as itself (fuzzy-cost.ts), so it
 * is keyed by its letters, not by its skeleton, which every short word of a
 * page with the same consonants would share.
 */
export function firstWordKey(text: string, from: number, to: number, skeletonHash: number): number {
  return to - from < MIN_FUZZY_TOKEN ? rangeHash(text, from, to) : skeletonHash;
}

/**
 * What a window of several words must share with an alias beside its first
 * word and word count to be read as it (FuzzyIndex.gather): its last letter
 * up to letterClass, as a tag, and (runsFit) its skeleton's length, the same
 * or, for a long alias, one off.
 */
export function runMeta(lastLetter: number, skeletonLength: number): number {
  return tagOf(letterClass(lastLetter)) | (skeletonLength << 8);
}

/** The key runFilter holds a run record under: its first word (firstWordKey), word count, last letter's tag (runMeta) and initial's tag (aliasRecord). */
export function runKey(firstKey: number, words: number, lastTag: number, initial: number): number {
  return Math.imul(firstKey ^ Math.imul(words | (lastTag << 2) | (initial << 10), 0x9e3779b1), 0x85ebca6b);
}

/** The key runFilter holds a first word under when some alias of several words it begins starts with an alef. */
export function anyInitialKey(firstKey: number): number {
  return runKey(firstKey, 0, 0, 0);
}

/**
 * An alias's first letter as the filters hold it: the letter up to
 * letterClass, which a window's first letter after any alefs must be; or 0
 * (any) for an alias that starts with an alef, which may be dropped.
 */
export function initialOf(letter: number): number {
  return letter === ALEF ? 0 : letterClass(letter);
}

/**
 * The key of bySkeleton and byLongNeighbour: a skeleton hash with the word
 * count and the last letter up to letterClass, which a window must share with
 * an alias (FuzzyIndex.gather), so a lookup meets only aliases that have them.
 */
export function skeletonKey(hash: number, words: number, lastLetter: number): number {
  return Math.imul(withWords(hash, words) ^ letterClass(lastLetter), 0x85ebca6b) ^ words;
}

/**
 * The key of oneWords: the first two symbols of a skeleton (no change
 * reaches them, skeleton.ts) and the last letter up to letterClass, which a
 * one-word window must share with an alias.
 */
export function oneWordKey(first: number, second: number, lastLetter: number): number {
  return Math.imul(Math.imul(first, 0x9e3779b1) ^ second, 0x85ebca6b) ^ Math.imul(letterClass(lastLetter), 0x27d4eb2f);
}

/** A skeleton hash keyed by word count too, so a lookup meets only aliases of as many words. */
export function withWords(hash: number, words: number): number {
  return Math.imul(hash ^ words, 0x2c1b3c6d) ^ words;
}

/** The first run record in [from, to) whose last letter's tag is at least tag: a block is sorted by them (runBlocks). */
function firstOfTag(records: Int32Array, from: number, to: number, tag: number): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (((records[2 * mid] ?? 0) & 0xff) < tag) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export interface Costed {
  /** Eligible alias index. */
  eligible: number;
  cost: number;
}

export class FuzzyIndex {
  private readonly a: FuzzyArrays;
  private readonly bySkeleton: HashIndex;
  private readonly byLongNeighbour: HashIndex;
  private readonly firstWords: HashIndex;
  private readonly oneWords: HashIndex;
  readonly maxLetters: number;
  readonly maxWords: number;

  private readonly deletions = newSkeletonBuffer();
  /**
   * Set by firstWordSizes: per word count k from 2, where its aliases' run
   * records start and end (runRecords pairs), at 2 * (k - 2).
   */
  readonly blocks = new Int32Array(2 * (MAX_WINDOW_WORDS - 1));
  /** Per word count, the run records runsFiled read for the window (those of its last letter's tag), and that tag. */
  private readonly runFrom = new Int32Array(MAX_WINDOW_WORDS + 1);
  private readonly runTo = new Int32Array(MAX_WINDOW_WORDS + 1);
  private readonly runTag = new Int32Array(MAX_WINDOW_WORDS + 1);
  /** Lookups dedupe with a per-query stamp instead of a Set. */
  private readonly stamp: Int32Array;
  private query = 0;
  /** Candidates as eligible index * 2 + 1 when the skeleton is the same, + 0 when one consonant off. */
  private readonly found: number[] = [];
  /** Reused for every costing: the candidate's letters, decoded from the pool. */
  private readonly ref: AliasRef = { pool: new Uint16Array(64), from: 0, to: 0, letters: 0, fixedEnd: 0 };

  constructor(
    arrays: FuzzyArrays,
    private readonly keys: KeyPool,
    /** The topic of each listed alias. */
    private readonly topicOf: (form: number) => number,
    /** False lets every record through and asks fuse.js every time (tests: the filters must only spare work). */
    private readonly filters = true,
  ) {
    this.a = arrays;
    this.bySkeleton = new HashIndex(arrays.bySkeleton);
    this.byLongNeighbour = new HashIndex(arrays.byLongNeighbour);
    this.firstWords = new HashIndex(arrays.firstWords);
    this.oneWords = new HashIndex(arrays.oneWords);
    let maxLetters = 0;
    let maxWords = 0;
    for (let i = 0; i < arrays.form.length; i++) {
      maxLetters = Math.max(maxLetters, arrays.letters[i] ?? 0);
      maxWords = Math.max(maxWords, arrays.tokens[i] ?? 0);
    }
    this.maxLetters = maxLetters;
    this.maxWords = maxWords;
    this.stamp = new Int32Array(arrays.form.length);
  }

  get empty(): boolean {
    return this.a.form.length === 0;
  }

  /** The listed alias an eligible one is. */
  formOf(eligible: number): number {
    return this.a.form[eligible] ?? 0;
  }

  /**
   * Bit k set when some alias of k words (k > 1) starts with a word of this
   * firstWordKey and of a length a window's first word of this length can
   * be read as: each letter added or dropped costs half an edit, and a word
   * may differ by one edit's worth. Leaves where their run records are in
   * blocks, for runsFiled.
   */
  firstWordSizes(firstKey: number, length: number): number {
    const lengths = compatibleLengths(length);
    let sizes = 0;
    const first = this.firstWords.find(firstKey);
    if (first < 0) return 0;
    for (let e = first, end = this.firstWords.endOf(first); e < end; e++) {
      const value = this.firstWords.valueAt(e);
      if ((value & lengths) === 0) continue;
      const words = firstWordCount(value);
      sizes |= 1 << words;
      this.blocks[2 * (words - 2)] = this.a.runStart[e] ?? 0;
      this.blocks[2 * (words - 2) + 1] = this.a.runStart[e + 1] ?? 0;
    }
    return sizes;
  }

  /**
   * False when no alias of several words begins with a word of this
   * firstWordKey: asked once per distinct word, it reads only the firstWords
   * filter (firstWordSizes reads the entries, when a run of words asks).
   */
  mayBeginRuns(firstKey: number): boolean {
    return this.firstWords.mayHold(firstKey);
  }

  /** False when no alias of several words that begins with a word of this firstWordKey starts with an alef. */
  anyInitial(firstKey: number): boolean {
    return bloomHas(this.a.runFilter, anyInitialKey(firstKey));
  }

  /**
   * False when no alias of `words` words begins with a word of this
   * firstWordKey, ends in a letter of lastLetter's class and starts with a
   * letter whose class has the tag initial (or, when anyInitial, with an
   * alef): no run record of it that runsFiled would read (runFilter). Reads
   * a word or two of a small filter.
   */
  runMayEnd(firstKey: number, words: number, lastLetter: number, initial: number, anyInitial: boolean): boolean {
    if (!this.filters) return true;
    const tag = tagOf(letterClass(lastLetter));
    const filter = this.a.runFilter;
    return bloomHas(filter, runKey(firstKey, words, tag, initial)) || (anyInitial && bloomHas(filter, runKey(firstKey, words, tag, 0)));
  }

  /**
   * Of sizes (bit k for k words), those whose window of k words from `from`
   * (its words ending at ends), up to maxK words, has a run record of its
   * first word and word count (blocks[at + 2 * (k - 2)] on, as
   * firstWordSizes leaves them) with its last letter, which its letters and
   * first letter fit (recordMayFit); kept for runsFit. Asked before the
   * window's skeleton is built.
   */
  runsFiled(text: string, from: number, ends: Int32Array, blocks: ArrayLike<number>, at: number, sizes: number, maxK: number): number {
    if (!this.filters) return sizes & ((2 << maxK) - 1);
    const records = this.a.runRecords;
    let out = 0;
    let initial = -1;
    for (let k = 2; k <= maxK; k++) {
      if ((sizes & (1 << k)) === 0) continue;
      const to = ends[k - 1] ?? from;
      const last = text.charCodeAt(to - 1);
      if (initial < 0) initial = tagOf(letterClass(firstLetter(text, from, ends[0] ?? from)));
      const tag = tagOf(letterClass(last));
      const letters = to - from - (k - 1);
      // The block is sorted by last letters' tags (runBlocks): only those with the run's are read.
      const start = firstOfTag(records, blocks[at + 2 * (k - 2)] ?? 0, blocks[at + 2 * (k - 2) + 1] ?? 0, tag);
      const end = blocks[at + 2 * (k - 2) + 1] ?? 0;
      let some = false;
      let r = start;
      for (; r < end && ((records[2 * r] ?? 0) & 0xff) === tag; r++) some ||= recordMayFit(records[2 * r + 1] ?? 0, letters, initial);
      if (!some) continue;
      this.runFrom[k] = start;
      this.runTo[k] = r;
      this.runTag[k] = tag;
      out |= 1 << k;
    }
    return out;
  }

  /**
   * Of filed (runsFiled's answer for this window, its skeleton now built up
   * to maxK words), the sizes some record fits.
   */
  runsFit(window: FuzzyWindow, filed: number, maxK: number): number {
    if (!this.filters) return filed;
    let out = 0;
    const from = window.from;
    const initial = tagOf(letterClass(window.firstLetter));
    const place = firstChangeable(window.length(1));
    const symbols = window.skeleton.symbols;
    for (let k = 2; k <= maxK; k++) {
      if ((filed & (1 << k)) === 0) continue;
      const n = window.length(k);
      const x = place < n ? tagOf(symbols[place] ?? 0) : 0;
      const y = place + 1 < n ? tagOf(symbols[place + 1] ?? 0) : 0;
      const letters = (window.ends[k - 1] ?? from) - from - (k - 1);
      if (this.someRunFits(k, n, letters, initial, x, y)) out |= 1 << k;
    }
    return out;
  }

  /** Whether some run record runsFiled kept for k words fits the window: its last letter, record and skeleton length. */
  private someRunFits(k: number, n: number, letters: number, initial: number, x: number, y: number): boolean {
    const records = this.a.runRecords;
    const tag = this.runTag[k] ?? 0;
    for (let r = this.runFrom[k] ?? 0, end = this.runTo[k] ?? 0; r < end; r++) {
      const meta = records[2 * r] ?? 0;
      const record = records[2 * r + 1] ?? 0;
      if ((meta & 0xff) !== tag || !recordFits(record, letters, initial, x, y)) continue;
      // The same skeleton, or one consonant off for a long alias (one deletion on either side).
      const own = meta >>> 8;
      if (own === n || (recordIsLong(record) && Math.abs(own - n) <= 1)) return true;
    }
    return false;
  }

  /** Whether some record of the key found at first fits the window. */
  private someFits(index: HashIndex, first: number, letters: number, initial: number, x: number, y: number): boolean {
    for (let e = first, end = index.endOf(first); e < end; e++) if (recordFits(index.valueAt(e), letters, initial, x, y)) return true;
    return false;
  }

  /** Whether the record of some one-word alias with the window's first two symbols and last letter fits its first word, of this many letters. */
  private oneWordMay(window: FuzzyWindow, letters: number): boolean {
    if (!this.filters) return true;
    const symbols = window.skeleton.symbols;
    const first = this.oneWords.find(oneWordKey(symbols[0] ?? 0, symbols[1] ?? 0, window.lastLetter[0] ?? 0));
    if (first < 0) return false;
    const n = window.length(1);
    const place = firstChangeable(0);
    const x = place < n ? tagOf(symbols[place] ?? 0) : 0;
    const y = place + 1 < n ? tagOf(symbols[place + 1] ?? 0) : 0;
    return this.someFits(this.oneWords, first, letters, tagOf(letterClass(window.firstLetter)), x, y);
  }

  /**
   * Aliases with the skeleton of the window's k words or, for long aliases,
   * one consonant off, as many words, close enough in length (and of one
   * topic, if given). Returns a reused array (see this.found).
   */
  candidates(window: FuzzyWindow, k: number, letters: number, onlyTopic: number | null): number[] {
    this.found.length = 0;
    const n = window.length(k);
    if (n < 2) return this.found;
    const last = window.lastLetter[k - 1] ?? 0;
    if (k === 1 && !this.oneWordMay(window, letters)) return this.found;
    this.query++;
    const hash = skeletonKey(window.hash(k), k, last);
    const firstHash = window.hash(1);
    const firstLetter = window.firstLetter;
    this.gather(this.bySkeleton, hash, letters, k, firstHash, firstLetter, onlyTopic, 1);
    this.gather(this.byLongNeighbour, hash, letters, k, firstHash, firstLetter, onlyTopic, 0);
    // One consonant more in the window, or one changed: delete one from the window too.
    deletionHashes(window.skeleton.symbols, n, window.prefix, this.deletions);
    for (let j = firstChangeable(k > 1 ? window.length(1) : 0); j < n; j++) {
      this.gather(this.byLongNeighbour, skeletonKey(this.deletions[j] ?? 0, k, last), letters, k, firstHash, firstLetter, onlyTopic, 0);
    }
    return this.found;
  }

  private gather(
    index: HashIndex,
    hash: number,
    letters: number,
    k: number,
    firstHash: number,
    firstLetter: number,
    onlyTopic: number | null,
    same: number,
  ): void {
    const first = index.find(hash);
    if (first < 0) return;
    const a = this.a;
    const end = index.endOf(first);
    for (let v = first; v < end; v++) {
      const i = index.valueAt(v);
      if (this.stamp[i] === this.query) continue;
      this.stamp[i] = this.query;
      // As many words; every added or dropped letter costs at least half an
      // edit. One word one consonant off takes a full edit besides (every
      // other change keeps a word's skeleton but the article's, which the
      // first two symbols, in both skeletons here, would show), and that adds
      // or drops one letter at most: one half-edit more than the letters.
      const own = a.letters[i] ?? 0;
      const apart = Math.abs(own - letters) + (k === 1 && same === 0 && this.filters ? 1 : 0);
      if (a.tokens[i] !== k || apart > maxCost(own)) continue;
      if (onlyTopic !== null && this.topicOf(a.form[i] ?? 0) !== onlyTopic) continue;
      // The first word of a several-word name keeps its skeleton.
      if (k > 1 && a.firstHash[i] !== firstHash) continue;
      // A name's first letter never changes but for an alef added or dropped before it (fuzzy-cost.ts); its last is in the key.
      const initial = initialOf(this.firstLetterOf(i));
      if (initial !== 0 && initial !== letterClass(firstLetter)) continue;
      this.found.push(i * 2 + same);
    }
  }

  /**
   * Whether the topic has an eligible alias of `words` words (more than one)
   * whose first word has this skeleton hash: gather takes no other for a
   * window of one topic, so a window that fails here has no candidates.
   */
  topicMayBegin(topic: number, words: number, firstHash: number): boolean {
    if (!this.filters) return true;
    const a = this.a;
    for (let e = a.topicStart[topic] ?? 0, end = a.topicStart[topic + 1] ?? 0; e < end; e++) {
      const i = a.topicAliases[e] ?? 0;
      if (a.tokens[i] === words && a.firstHash[i] === firstHash) return true;
    }
    return false;
  }

  /** The first letter of eligible alias i. */
  private firstLetterOf(i: number): number {
    const { pool, keyStart, alphabet } = this.keys;
    return alphabet[pool[keyStart[this.a.form[i] ?? 0] ?? 0] ?? 0] ?? 0;
  }

  /** The normalised key of eligible alias i, as a string (only for the few accepted). */
  private keyOf(i: number): string {
    return keyText(this.keys, this.a.form[i] ?? 0);
  }

  /** Puts eligible alias i's letters in this.ref. */
  private decode(i: number): AliasRef {
    const { pool, keyStart, alphabet } = this.keys;
    const form = this.a.form[i] ?? 0;
    const from = keyStart[form] ?? 0;
    const length = (keyStart[form + 1] ?? 0) - 1 - from;
    const ref = this.ref;
    if (ref.pool.length < length) ref.pool = new Uint16Array(length * 2);
    for (let c = 0; c < length; c++) ref.pool[c] = alphabet[pool[from + c] ?? 0] ?? 0;
    ref.to = length;
    ref.letters = this.a.letters[i] ?? 0;
    ref.fixedEnd = this.a.fixedEnd[i] ?? 0;
    return ref;
  }

  /**
   * The best candidate for text[window.from, end) (the window's k words): the
   * transliteration cost accepts or refuses each (after the gap bound, for
   * same-skeleton ones); fuse.js then scores the accepted few and must find
   * them close too. Lowest cost wins, then the alias closest in length; a
   * window as close to two different names is neither.
   */
  verify(text: string, window: FuzzyWindow, k: number, candidates: readonly number[], letters: number): Costed | null {
    const a = this.a;
    const from = window.from;
    const end = window.ends[k - 1] ?? from;
    const costed: Costed[] = [];
    for (const c of candidates) {
      const i = c >> 1;
      const own = a.letters[i] ?? 0;
      const limit = maxCost(own);
      const g0 = a.gapStart[i] ?? 0;
      if (
        (c & 1) === 1 &&
        gapDistance(a.gaps, g0, a.trailing[i] ?? 0, window.skeleton.gaps, window.trailing[k - 1] ?? 0, window.length(k)) > limit
      ) {
        continue;
      }
      const cost = preparedCost(this.decode(i), text, from, end);
      if (cost !== Infinity) costed.push({ eligible: i, cost });
    }
    if (costed.length === 0) return null;
    const distance = (c: Costed): number => Math.abs((a.letters[c.eligible] ?? 0) - letters);
    const topic = (c: Costed): number => this.topicOf(a.form[c.eligible] ?? 0);
    // The first of the best in this order; null when as close to two names.
    const pick = (items: readonly Costed[]): Costed | null => {
      let best: Costed | null = null;
      let tied = false;
      for (const item of items) {
        if (!best || item.cost < best.cost || (item.cost === best.cost && distance(item) < distance(best))) {
          best = item;
          tied = false;
        } else if (item.cost === best.cost && distance(item) === distance(best)) {
          tied ||= topic(item) !== topic(best);
        }
      }
      return tied ? null : best;
    };
    // fuse.js (ignoring location) scores the fewest edits that find the
    // window in an alias, over the window's length, and every edit the cost
    // counts costs at least one half-edit: when every cost is within
    // MAX_FUSE_SCORE of the window's length, fuse.js keeps every candidate,
    // and its order only tells apart equally good ones of one topic.
    const length = end - from;
    if (this.filters && length <= FUSE_PATTERN_LIMIT && costed.every((c) => c.cost <= MAX_FUSE_SCORE * length)) {
      const best = pick(costed);
      if (!best || !costed.some((c) => c !== best && c.cost === best.cost && distance(c) === distance(best))) return best;
    }
    const fuse = new Fuse(costed, {
      keys: [{ name: 'key', getFn: (c: Costed) => this.keyOf(c.eligible) }],
      includeScore: true,
      ignoreLocation: true,
      isCaseSensitive: true,
      threshold: MAX_FUSE_SCORE,
    });
    return pick(fuse.search(text.slice(from, end)).map((r) => r.item));
  }
}

/** Key i of the pool as text. */
export function keyText({ pool, keyStart, alphabet }: KeyPool, i: number): string {
  let out = '';
  for (let p = keyStart[i] ?? 0, end = (keyStart[i + 1] ?? 0) - 1; p < end; p++) out += String.fromCharCode(alphabet[pool[p] ?? 0] ?? 0);
  return out;
}
