// Consonant skeletons and their hashes: the fuzzy pre-filter. Two spellings of
// one name that differ only in vowel letters, doubled letters or same-sound
// consonants share a skeleton, and the letters between its consonants (the
// gaps) bound how far apart they are. For long aliases, one other consonant
// change (after the first two consonants, which must stay) is one deletion
// away on either side (symmetric deletion neighbourhoods), found by hashes
// without building strings.

import { skeletonSymbol } from './letter-classes';

const MAX_SKELETON = 64;
const BASE = 0x01000193;
const POW = new Int32Array(MAX_SKELETON + 1);
POW[0] = 1;
for (let i = 1; i <= MAX_SKELETON; i++) POW[i] = Math.imul(POW[i - 1] ?? 1, BASE);

const SPACE = 0x20;
const ALEF = 0x627;
const LAM = 0x644;

/**
 * The first two consonants of a long alias may not change in a fuzzy match:
 * that keeps the pre-filter selective and refuses other names that merely
 * share an ending.
 */
export const FIXED_CONSONANTS = 2;

/** A buffer long enough for any skeleton, its deletion hashes or its prefix hashes. */
export function newSkeletonBuffer(): Int32Array {
  return new Int32Array(MAX_SKELETON + 1);
}

/** True when the Arabic article ال starts a word at i: it says nothing about the name. */
function articleAt(text: string, i: number, from: number): boolean {
  return text.charCodeAt(i) === ALEF && text.charCodeAt(i + 1) === LAM && (i === from || text.charCodeAt(i - 1) === SPACE);
}

/**
 * A consonant skeleton being built: symbols, no vowels, spaces or
 * word-initial articles, doubled symbols once; and how many letters each gap
 * between symbols holds. Two spellings with one skeleton differ only in those
 * gaps, and every half-edit changes a gap by at most one: the gaps give a
 * cheap lower bound on the cost (gapDistance).
 */
export class Skeleton {
  readonly symbols = new Int32Array(MAX_SKELETON + 1);
  /** gaps[i]: letters that left no symbol just before symbol i. */
  readonly gaps = new Int32Array(MAX_SKELETON + 1);
  length = 0;
  /** Letters that left no symbol since the last symbol. */
  pending = 0;

  reset(): void {
    this.length = 0;
    this.pending = 0;
  }

  /** Appends text[from, to); start is where the window starts (a word start). */
  append(text: string, from: number, to: number, start: number): void {
    let n = this.length;
    let pending = this.pending;
    for (let i = from; i < to && n < MAX_SKELETON; i++) {
      const code = text.charCodeAt(i);
      if (code === SPACE) continue;
      if (articleAt(text, i, start)) {
        i++;
        pending += 2;
        continue;
      }
      const sym = skeletonSymbol(code);
      if (sym === 0 || (n > 0 && this.symbols[n - 1] === sym)) {
        pending++;
        continue;
      }
      this.gaps[n] = pending;
      this.symbols[n++] = sym;
      pending = 0;
    }
    this.length = n;
    this.pending = pending;
  }
}

/**
 * A lower bound, in half-edits, on the cost between two spellings with the
 * same skeleton of length n (a's gaps from aFrom on): the sum of their gap differences, the trailing
 * letters included.
 */
export function gapDistance(a: Uint8Array, aFrom: number, aTrailing: number, b: Int32Array, bTrailing: number, n: number): number {
  let d = Math.abs(aTrailing - bTrailing);
  for (let i = 0; i < n; i++) d += Math.abs((a[aFrom + i] ?? 0) - (b[i] ?? 0));
  return d;
}

/** The index in s just past the character that gives its FIXED_CONSONANTS-th skeleton symbol. */
export function fixedPrefixEnd(s: string): number {
  let n = 0;
  let last = 0;
  for (let i = 0; i < s.length; i++) {
    if (articleAt(s, i, 0)) {
      i++;
      continue;
    }
    const sym = skeletonSymbol(s.charCodeAt(i));
    if (sym === 0 || sym === last) continue;
    last = sym;
    if (++n === FIXED_CONSONANTS) return i + 1;
  }
  return s.length;
}

function mix(h: number, sym: number): number {
  return (Math.imul(h, BASE) + sym) | 0;
}

/** Hash of sk[0, n). */
export function skeletonHash(sk: Int32Array, n: number): number {
  let h = 0;
  for (let i = 0; i < n; i++) h = mix(h, sk[i] ?? 0);
  return h;
}

/** out[i] = hash of sk[0, i), for i from `from` + 1 up to n (out[0..from] already set). */
export function prefixHashes(sk: Int32Array, n: number, out: Int32Array, from = 0): void {
  out[0] = 0;
  for (let i = from; i < n; i++) out[i + 1] = mix(out[i] ?? 0, sk[i] ?? 0);
}

/**
 * Writes into out[j] the hash of sk[0, n) with symbol j left out, for each
 * j from FIXED_CONSONANTS on (earlier symbols may not change); prefix must
 * hold prefixHashes(sk).
 */
export function deletionHashes(sk: Int32Array, n: number, prefix: Int32Array, out: Int32Array): void {
  let suffix = 0; // hash of sk[j + 1, n)
  for (let j = n - 1; j >= FIXED_CONSONANTS; j--) {
    const len = n - 1 - j;
    out[j] = (Math.imul(prefix[j] ?? 0, POW[len] ?? 1) + suffix) | 0;
    suffix = (Math.imul(sk[j] ?? 0, POW[len] ?? 1) + suffix) | 0;
  }
}
