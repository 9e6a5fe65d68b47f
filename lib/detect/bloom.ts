// A blocked Bloom filter of 32-bit keys in one Int32Array: each key sets two
// bits of one 32-bit word, so asking costs one read. It never says no to a
// key it holds, and says yes to about one key in twenty it does not hold at
// eight bits a key. The fuzzy step asks it before the reads that would find
// most of its questions unanswered (hash-index.ts, fuzzy-index.ts).

/** Filter bits per key. */
const BITS_PER_KEY = 8;

/** A mix of the key that neither the hash index's buckets nor the callers' hashes follow. */
const mix = (key: number): number => Math.imul(key ^ (key >>> 15), 0x2c1b3c6d) ^ (key >>> 12);
/** The two bits of a mixed key: from its top ten bits (the word index takes the low bits). */
const bitsOf = (m: number): number => (1 << (m >>> 27)) | (1 << ((m >>> 22) & 31));

/** A filter holding every key (duplicates count once in its contents, not in its size). */
export function buildBloom(keys: readonly number[]): Int32Array {
  let words = 1;
  while (words * 32 < keys.length * BITS_PER_KEY) words *= 2;
  const filter = new Int32Array(words);
  for (const key of keys) {
    const m = mix(key);
    filter[m & (words - 1)]! |= bitsOf(m);
  }
  return filter;
}

/** False only when the key is surely not in the filter. */
export function bloomHas(filter: Int32Array, key: number): boolean {
  const m = mix(key);
  const bits = bitsOf(m);
  return ((filter[m & (filter.length - 1)] ?? 0) & bits) === bits;
}

/** The filter's length is one a filter can have (a power of two words): checked once in a tab. */
export function bloomFits(filter: Int32Array): boolean {
  return filter.length > 0 && (filter.length & (filter.length - 1)) === 0;
}
