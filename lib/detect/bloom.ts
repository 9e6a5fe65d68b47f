// A blocked Bloom filter of 32-bit keys in one Int32Array: each key sets two
// bits of one 32-bit word, so asking costs one read. It never says no to a
// key it holds, and says yes to about one key in ten it does not hold. The
// fuzzy step asks it before the reads that would find most of its questions
// unanswered (hash-index.ts, fuzzy-index.ts).

/**
 * At least this many filter bits per key (the word count is rounded up to a
 * power of two). Eight bits a key made no measurable difference in speed
 * and 11% more matcher data for every tab at 5,000 topics; four, 5%.
 */
const BITS_PER_KEY = 4;

/** A mix of the key that neither the hash index's buckets nor the callers' hashes follow. */
const mix = (key: number): number => Math.imul(key ^ (key >>> 15), 0x2c1b3c6d) ^ (key >>> 12);
/** The two bits of a mixed key: from its top ten bits (the word index takes the low bits). */
const bitsOf = (m: number): number => (1 << (m >>> 27)) | (1 << ((m >>> 22) & 31));

/** A filter holding every key (duplicates count once in its contents, not in its size), at least bitsPerKey bits a key. */
export function buildBloom(keys: readonly number[], bitsPerKey = BITS_PER_KEY): Int32Array {
  let words = 1;
  while (words * 32 < keys.length * bitsPerKey) words *= 2;
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
