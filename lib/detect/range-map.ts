// A map from pieces of a text to answers, looked up by a range of the text
// and a hash the caller computes, so that a lookup allocates nothing: fuzzy
// matching asks about every word of a page, and news repeats its words. An
// open-addressing table over typed arrays: a Map keyed by 32-bit hashes would
// box half of them (V8 keeps 31-bit integers unboxed) and cost several times
// more per lookup.

/** FNV-1a over text[from, to). */
export function rangeHash(text: string, from: number, to: number, seed = 0x811c9dc5): number {
  let h = seed;
  for (let i = from; i < to; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h;
}

/** A hash of several hashes, in order (a run of words from its words' hashes). */
export function mixHash(h: number, next: number): number {
  return Math.imul(h ^ next, 0x2c1b3c6d) ^ (h >>> 15);
}

export class RangeMap<T> {
  /** Entry index + 1 per slot, 0 for empty; a power of two, at most half full. */
  private slots: Int32Array = new Int32Array(64);
  private hashes: Int32Array = new Int32Array(32);
  private tags: Int32Array = new Int32Array(32);
  private readonly keys: string[] = [];
  private readonly values: T[] = [];

  /**
   * The value stored for text[from, to) under this hash, or undefined; tag
   * tells apart answers that depend on more than the text (a topic).
   */
  get(hash: number, text: string, from: number, to: number, tag = 0): T | undefined {
    const mask = this.slots.length - 1;
    for (let s = hash & mask; ; s = (s + 1) & mask) {
      const e = (this.slots[s] ?? 0) - 1;
      if (e < 0) return undefined;
      if (this.hashes[e] !== hash || this.tags[e] !== tag) continue;
      const key = this.keys[e] ?? '';
      if (key.length === to - from && text.startsWith(key, from)) return this.values[e];
    }
  }

  /** Stores value for text[from, to) and tag, which must not be stored yet. */
  set(hash: number, text: string, from: number, to: number, value: T, tag = 0): void {
    const e = this.keys.length;
    if (e === this.hashes.length) {
      this.hashes = grown(this.hashes);
      this.tags = grown(this.tags);
    }
    this.keys.push(text.slice(from, to));
    this.values.push(value);
    this.hashes[e] = hash;
    this.tags[e] = tag;
    if ((e + 1) * 2 > this.slots.length) this.rehash(this.slots.length * 2);
    else this.place(e);
  }

  private place(e: number): void {
    const mask = this.slots.length - 1;
    let s = (this.hashes[e] ?? 0) & mask;
    while (this.slots[s] !== 0) s = (s + 1) & mask;
    this.slots[s] = e + 1;
  }

  private rehash(size: number): void {
    this.slots = new Int32Array(size);
    for (let e = 0; e < this.keys.length; e++) this.place(e);
  }
}

function grown(a: Int32Array): Int32Array {
  const out = new Int32Array(a.length * 2);
  out.set(a);
  return out;
}
