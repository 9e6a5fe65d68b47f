// Consonant skeletons and their hashes: the fuzzy pre-filter. Two spellings of
// one name that differ only in vowel letters, doubled letters or same-sound
// consonants share a skeleton; one other consonant change is one deletion away
// on either side (symmetric deletion neighbourhoods), which hashes find
// without building strings.

import { skeletonSymbol } from './letter-classes';

const MAX_SKELETON = 64;
const BASE = 0x01000193;
const POW = new Int32Array(MAX_SKELETON + 1);
POW[0] = 1;
for (let i = 1; i <= MAX_SKELETON; i++) POW[i] = Math.imul(POW[i - 1] ?? 1, BASE);

/** Writes the skeleton of text[from, to) into out; returns its length (capped). */
export function skeleton(text: string, from: number, to: number, out: Int32Array): number {
  let n = 0;
  for (let i = from; i < to && n < MAX_SKELETON; i++) {
    const sym = skeletonSymbol(text.charCodeAt(i));
    if (sym === 0 || (n > 0 && out[n - 1] === sym)) continue;
    out[n++] = sym;
  }
  return n;
}

export function newSkeletonBuffer(): Int32Array {
  return new Int32Array(MAX_SKELETON);
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

/** Hashes of sk[0, n) with one symbol left out, for each position. */
export function deletionHashes(sk: Int32Array, n: number, out: number[]): void {
  out.length = 0;
  // prefix[i] = hash of sk[0, i); suffix hash built right to left.
  const prefix = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) prefix[i + 1] = mix(prefix[i] ?? 0, sk[i] ?? 0);
  let suffix = 0;
  for (let k = n - 1; k >= 0; k--) {
    const len = n - 1 - k;
    out.push((Math.imul(prefix[k] ?? 0, POW[len] ?? 1) + suffix) | 0);
    suffix = (Math.imul(sk[k] ?? 0, POW[len] ?? 1) + suffix) | 0;
  }
}
