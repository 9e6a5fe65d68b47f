// An immutable multimap from 32-bit hashes to small integers, in flat typed
// arrays with open addressing: the fuzzy pre-filter looks up several hashes
// per word of a page, and a Map of arrays costs several times more per lookup.

export class HashIndex {
  private readonly mask: number;
  private readonly keys: Int32Array;
  private readonly used: Uint8Array;
  /** For slot s: its values are pool[first[s], first[s] + count[s]). */
  private readonly first: Int32Array;
  private readonly count: Int32Array;
  private readonly pool: Int32Array;

  constructor(entries: ReadonlyMap<number, readonly number[]>) {
    let size = 16;
    while (size < entries.size * 2) size *= 2;
    this.mask = size - 1;
    this.keys = new Int32Array(size);
    this.used = new Uint8Array(size);
    this.first = new Int32Array(size);
    this.count = new Int32Array(size);
    let total = 0;
    for (const values of entries.values()) total += values.length;
    this.pool = new Int32Array(total);
    let at = 0;
    for (const [key, values] of entries) {
      let slot = HashIndex.spread(key) & this.mask;
      while (this.used[slot]) slot = (slot + 1) & this.mask;
      this.used[slot] = 1;
      this.keys[slot] = key;
      this.first[slot] = at;
      this.count[slot] = values.length;
      this.pool.set(values, at);
      at += values.length;
    }
  }

  private static spread(key: number): number {
    return Math.imul(key ^ (key >>> 16), 0x45d9f3b) ^ (key >>> 13);
  }

  /** The slot holding key, or -1. */
  find(key: number): number {
    let slot = HashIndex.spread(key) & this.mask;
    while (this.used[slot]) {
      if (this.keys[slot] === key) return slot;
      slot = (slot + 1) & this.mask;
    }
    return -1;
  }

  /** Where a found slot's values start in valueAt's numbering. */
  firstOf(slot: number): number {
    return this.first[slot] ?? 0;
  }

  countOf(slot: number): number {
    return this.count[slot] ?? 0;
  }

  valueAt(i: number): number {
    return this.pool[i] ?? 0;
  }
}
