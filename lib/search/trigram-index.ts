// A cheap first pass for search: the entries sharing the most letter trigrams
// with the query. fuse.js then scores only those, so a keystroke costs about
// the same on thousands of articles as on two.
//
// Entries are added and removed one at a time (a saved article changes the
// index without rebuilding it). Posting lists are typed arrays of entry ids,
// ascending because ids only grow; a removed entry is skipped until enough
// are gone to compact the lists.

interface Posting {
  ids: Int32Array;
  n: number;
}

/** Past this many entries touched, a query's commonest trigrams only count entries already found. */
const TOUCH_BUDGET = 4096;

/**
 * A letter as 9 bits: ASCII and the Arabic block exactly, anything else folded
 * into 128 shared values (a collision only lets a few more entries through to
 * fuse.js, which scores them properly).
 */
function letter(code: number): number {
  if (code < 0x80) return code;
  if (code >= 0x600 && code < 0x700) return 0x80 + code - 0x600;
  return 0x180 + (code & 0x7f);
}

/** Letter i of the key with a space at each end. */
function paddedAt(key: string, i: number): number {
  return i === 0 || i === key.length + 1 ? 0x20 : letter(key.charCodeAt(i - 1));
}

/** The trigram starting at letter i of the padded key, as one small integer; a key has key.length trigrams. */
function trigramAt(key: string, i: number): number {
  return (paddedAt(key, i) << 18) | (paddedAt(key, i + 1) << 9) | paddedAt(key, i + 2);
}

/** The key's distinct trigrams, ascending. */
function gramCodes(key: string): Int32Array {
  const codes = new Int32Array(key.length);
  for (let i = 0; i < key.length; i++) codes[i] = trigramAt(key, i);
  codes.sort();
  let m = 0;
  for (let i = 0; i < codes.length; i++) if (i === 0 || codes[i] !== codes[i - 1]) codes[m++] = codes[i]!;
  return codes.subarray(0, m);
}

export class TrigramIndex {
  private readonly postings = new Map<number, Posting>();
  private counts = new Uint16Array(64);
  private alive = new Uint8Array(64);
  private size = 0;
  private dead = 0;

  constructor(keys: readonly string[] = []) {
    for (const key of keys) this.add(key);
  }

  /** Adds an entry; returns its id (ids count up from 0 and are never reused). */
  add(key: string): number {
    const id = this.size++;
    if (id >= this.alive.length) {
      const alive = new Uint8Array(this.alive.length * 2);
      alive.set(this.alive);
      this.alive = alive;
      this.counts = new Uint16Array(alive.length);
    }
    this.alive[id] = 1;
    for (let i = 0; i < key.length; i++) {
      const code = trigramAt(key, i);
      let list = this.postings.get(code);
      if (!list) this.postings.set(code, (list = { ids: new Int32Array(4), n: 0 }));
      // A trigram the key has twice: listed once (its last entry is this key already).
      else if (list.ids[list.n - 1] === id) continue;
      if (list.n === list.ids.length) {
        const ids = new Int32Array(list.ids.length * 2);
        ids.set(list.ids);
        list.ids = ids;
      }
      list.ids[list.n++] = id;
    }
    return id;
  }

  remove(id: number): void {
    if (id < 0 || id >= this.size || !this.alive[id]) return;
    this.alive[id] = 0;
    if (++this.dead > 1024 && this.dead * 2 > this.size) this.compact();
  }

  /** Up to limit entry ids, most shared trigrams first, ties in the order they were added. */
  candidates(query: string, limit: number): number[] {
    const lists: Posting[] = [];
    for (const code of gramCodes(query)) {
      const list = this.postings.get(code);
      if (list) lists.push(list);
    }
    lists.sort((a, b) => a.n - b.n);
    const { counts, alive } = this;
    const touched: number[] = [];
    let best = 0;
    for (const list of lists) {
      if (touched.length === 0 || touched.length + list.n <= TOUCH_BUDGET) {
        for (let i = 0; i < list.n; i++) {
          const id = list.ids[i]!;
          if (!alive[id]) continue;
          if (counts[id] === 0) touched.push(id);
          best = Math.max(best, ++counts[id]!);
        }
      } else if (touched.length * 16 < list.n) {
        // A very common trigram (" ال", "the"): only raise the entries the rarer ones found.
        for (const id of touched) if (contains(list, id)) best = Math.max(best, ++counts[id]!);
      } else {
        for (let i = 0; i < list.n; i++) {
          const id = list.ids[i]!;
          if (counts[id]! > 0) best = Math.max(best, ++counts[id]!);
        }
      }
    }
    const buckets: number[][] = Array.from({ length: best + 1 }, () => []);
    for (const id of touched) buckets[counts[id]!]!.push(id);
    for (const id of touched) counts[id] = 0;
    const out: number[] = [];
    for (let c = best; c > 0 && out.length < limit; c--) {
      // In id order within a count (the order entries were added).
      for (const id of Int32Array.from(buckets[c]!).sort()) {
        out.push(id);
        if (out.length === limit) break;
      }
    }
    return out;
  }

  private compact(): void {
    for (const [code, list] of this.postings) {
      let n = 0;
      for (let i = 0; i < list.n; i++) if (this.alive[list.ids[i]!]) list.ids[n++] = list.ids[i]!;
      if (n === 0) this.postings.delete(code);
      else list.n = n;
    }
    this.dead = 0;
  }
}

/** Whether the ascending posting list holds id (binary search). */
function contains(list: Posting, id: number): boolean {
  let lo = 0;
  let hi = list.n - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const at = list.ids[mid]!;
    if (at === id) return true;
    if (at < id) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}
