// An immutable multimap from 32-bit hashes to small integers, in flat typed
// arrays: entries sorted by bucket, so a lookup reads one bucket offset and
// scans the few entries after it. The fuzzy pre-filter looks up several
// hashes per word of a page; a Map of arrays would cost more per lookup,
// several times the memory, and could not be sent to a tab as it is.

import { bloomFits, bloomHas, buildBloom } from './bloom';

export interface HashIndexArrays {
  /**
   * A Bloom filter of the keys (bloom.ts), read before the buckets: most
   * lookups miss, and on a large index one read of the filter answers them
   * where the buckets and entries would take two further apart.
   */
  filter: Int32Array;
  /** Entries of bucket b: [bucketStart[b], bucketStart[b + 1]); bucket count is a power of two. */
  bucketStart: Int32Array;
  /** Per entry: its hash and its value; one hash's values are consecutive. */
  hashes: Int32Array;
  values: Int32Array;
}

const spread = (key: number): number => Math.imul(key ^ (key >>> 16), 0x45d9f3b) ^ (key >>> 13);

export function buildHashIndex(entries: ReadonlyMap<number, readonly number[]>): HashIndexArrays {
  let buckets = 16;
  // About two hashes a bucket.
  while (buckets * 2 < entries.size) buckets *= 2;
  const mask = buckets - 1;
  const sorted = [...entries].sort(([a], [b]) => (spread(a) & mask) - (spread(b) & mask));
  let total = 0;
  for (const [, values] of sorted) total += values.length;
  const bucketStart = new Int32Array(buckets + 1);
  const hashes = new Int32Array(total);
  const values = new Int32Array(total);
  let at = 0;
  for (const [hash, list] of sorted) {
    for (const v of list) {
      hashes[at] = hash;
      values[at++] = v;
    }
    bucketStart[(spread(hash) & mask) + 1] = at;
  }
  // Empty buckets start where the previous one ended.
  for (let b = 1; b <= buckets; b++) bucketStart[b] = Math.max(bucketStart[b] ?? 0, bucketStart[b - 1] ?? 0);
  return { filter: buildBloom([...entries.keys()]), bucketStart, hashes, values };
}

export class HashIndex {
  private readonly mask: number;
  private readonly filter: Int32Array;
  private readonly bucketStart: Int32Array;
  private readonly hashes: Int32Array;
  private readonly values: Int32Array;

  constructor(arrays: HashIndexArrays) {
    ({ filter: this.filter, bucketStart: this.bucketStart, hashes: this.hashes, values: this.values } = arrays);
    this.mask = this.bucketStart.length - 2;
  }

  /** Where key's values start in valueAt's numbering, or -1. */
  find(key: number): number {
    if (!bloomHas(this.filter, key)) return -1;
    const b = spread(key) & this.mask;
    const end = this.bucketStart[b + 1] ?? 0;
    for (let e = this.bucketStart[b] ?? 0; e < end; e++) if (this.hashes[e] === key) return e;
    return -1;
  }

  /** False only when the key is surely not held: one read of the filter, none of the entries. */
  mayHold(key: number): boolean {
    return bloomHas(this.filter, key);
  }

  /** The entry after the last value of the key found at e. */
  endOf(e: number): number {
    const key = this.hashes[e];
    let end = e + 1;
    while (end < this.hashes.length && this.hashes[end] === key) end++;
    return end;
  }

  valueAt(e: number): number {
    return this.values[e] ?? 0;
  }
}

/** The arrays' sizes fit together (the bucket count a power of two, offsets in range): checked once in a tab. */
export function hashIndexFits(a: HashIndexArrays): boolean {
  const buckets = a.bucketStart.length - 1;
  return (
    bloomFits(a.filter) &&
    buckets > 0 &&
    (buckets & (buckets - 1)) === 0 &&
    a.hashes.length === a.values.length &&
    a.bucketStart[buckets] === a.hashes.length
  );
}
