// The window fuzzy matching looks at: up to three words from a name start,
// with its consonant skeleton and, for each size, where it ends, how long its
// skeleton is, its trailing gap and its hashes. Built once per start and
// reused for every size (a shorter window's skeleton is a prefix of a longer
// one's) and every start (no allocation per word).

import { newSkeletonBuffer, prefixHashes, Skeleton } from './skeleton';

const ALEF = 0x627;

/** The first letter of text[from, to) after any alefs (which a fuzzy match may add or drop before a name), or 0. */
export function firstLetter(text: string, from: number, to: number): number {
  let i = from;
  while (i < to && text.charCodeAt(i) === ALEF) i++;
  return i < to ? text.charCodeAt(i) : 0;
}

/** Windows of up to this many words are compared with multi-word aliases. */
export const MAX_WINDOW_WORDS = 3;

export class FuzzyWindow {
  readonly skeleton = new Skeleton();
  /** Per size k (index k - 1): where its last word ends. */
  readonly ends = new Int32Array(MAX_WINDOW_WORDS);
  /** Per size: skeleton length and letters trailing after its last symbol. */
  readonly lengths = new Int32Array(MAX_WINDOW_WORDS);
  readonly trailing = new Int32Array(MAX_WINDOW_WORDS);
  /** Per size: its last letter. */
  readonly lastLetter = new Int32Array(MAX_WINDOW_WORDS);
  /** prefix[i] = hash of the skeleton's first i symbols. */
  readonly prefix = newSkeletonBuffer();
  from = 0;
  /** The window's first letter after any alefs (0 when its first word is all alef). */
  firstLetter = 0;

  /** Skeleton length of the window of k words. */
  length(k: number): number {
    return this.lengths[k - 1] ?? 0;
  }

  /** Skeleton hash of the window of k words. */
  hash(k: number): number {
    return this.prefix[this.length(k)] ?? 0;
  }

  /** Starts a window at from (its words ending at this.ends); builds its first word. */
  start(text: string, from: number): void {
    const sk = this.skeleton;
    this.from = from;
    this.firstLetter = firstLetter(text, from, this.ends[0] ?? from);
    sk.reset();
    sk.append(text, from, this.ends[0] ?? from, from);
    this.record(text, 0);
    prefixHashes(sk.symbols, sk.length, this.prefix);
  }

  /** Adds the following words, up to maxK in all. */
  grow(text: string, maxK: number): void {
    const sk = this.skeleton;
    const builtLength = sk.length;
    for (let k = 1; k < maxK; k++) {
      sk.append(text, this.ends[k - 1] ?? this.from, this.ends[k] ?? this.from, this.from);
      this.record(text, k);
    }
    prefixHashes(sk.symbols, sk.length, this.prefix, builtLength);
  }

  private record(text: string, index: number): void {
    this.lengths[index] = this.skeleton.length;
    this.trailing[index] = this.skeleton.pending;
    this.lastLetter[index] = text.charCodeAt((this.ends[index] ?? this.from) - 1);
  }
}
