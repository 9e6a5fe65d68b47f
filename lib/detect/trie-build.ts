// Builds the compact trie and key pool (trie.ts) where knowledge is compiled:
// keys sorted, then branching nodes made breadth-first over ranges of keys
// that share a prefix; a range of one key becomes a tail in the pool.

import { FLEXIBLE_EDGE, FLEXIBLE_IN, HAS_VALUE, SEPARATOR, SPACE_EDGE, TAIL, type KeyPool, type TrieArrays } from './trie';
import { buildWordPrefixes } from './word-prefixes';

const SPACE = 0x20;

/** The pool: every key as symbols, a separator after each, and which letters are flexible. */
function buildPool(keys: readonly string[], flexibleAt: (key: string, i: number) => boolean): KeyPool {
  const codes = new Set<number>();
  let total = 0;
  for (const key of keys) {
    total += key.length + 1;
    for (let i = 0; i < key.length; i++) codes.add(key.charCodeAt(i));
  }
  const alphabet = Uint16Array.from([SEPARATOR, ...[...codes].sort((a, b) => a - b)]);
  const symbol = new Map<number, number>();
  alphabet.forEach((code, s) => s > 0 && symbol.set(code, s));
  const pool = alphabet.length > 0x100 ? new Uint16Array(total) : new Uint8Array(total);
  const flexible = new Uint8Array((total >>> 3) + 1);
  const keyStart = new Int32Array(keys.length + 1);
  let at = 0;
  keys.forEach((key, k) => {
    keyStart[k] = at;
    for (let i = 0; i < key.length; i++, at++) {
      pool[at] = symbol.get(key.charCodeAt(i)) ?? SEPARATOR;
      if (flexibleAt(key, i)) flexible[at >>> 3] = (flexible[at >>> 3] ?? 0) | (1 << (at & 7));
    }
    pool[at++] = SEPARATOR;
  });
  keyStart[keys.length] = at;
  return { pool, keyStart, alphabet, flexible };
}

interface Range {
  /** Sorted key numbers [lo, hi) sharing their first depth letters. */
  lo: number;
  hi: number;
  depth: number;
}

/** keys must be distinct; key i gets value i. */
export function buildTrie(keys: readonly string[], flexibleAt: (key: string, i: number) => boolean): { trie: TrieArrays; keys: KeyPool } {
  const pool = buildPool(keys, flexibleAt);
  const order = keys
    .map((_, i) => i)
    .sort((a, b) => {
      const x = keys[a] ?? '';
      const y = keys[b] ?? '';
      return x < y ? -1 : x > y ? 1 : 0;
    });
  const keyAt = (r: number): string => keys[order[r] ?? 0] ?? '';

  const first: number[] = [];
  const letter: number[] = [0];
  const flags: number[] = [0];
  const tail: number[] = [-1];
  const valueNodes: number[] = [];
  const values: number[] = [];
  const queue: Range[] = [{ lo: 0, hi: keys.length, depth: 0 }];
  for (let node = 0; node < queue.length; node++) {
    const { lo, hi, depth } = queue[node] as Range;
    first.push(queue.length);
    // A tail node has no children of its own.
    if (((flags[node] ?? 0) & TAIL) !== 0) continue;
    let r = lo;
    // Sorted, so a key ending here comes first in its range.
    if (r < hi && keyAt(r).length === depth) {
      flags[node] = (flags[node] ?? 0) | HAS_VALUE;
      valueNodes.push(node);
      values.push(order[r] ?? 0);
      r++;
    }
    while (r < hi) {
      const code = keyAt(r).charCodeAt(depth);
      let end = r + 1;
      while (end < hi && keyAt(end).charCodeAt(depth) === code) end++;
      let edgeFlexible = false;
      for (let k = r; k < end; k++) edgeFlexible ||= flexibleAt(keyAt(k), depth);
      const child = queue.length;
      queue.push({ lo: r, hi: end, depth: depth + 1 });
      letter.push(code);
      let childFlags = edgeFlexible ? FLEXIBLE_IN : 0;
      if (end - r === 1) {
        // One key from here on: its remaining letters stay in the pool.
        childFlags |= TAIL;
        tail[child] = (pool.keyStart[order[r] ?? 0] ?? 0) + depth + 1;
      } else {
        tail[child] = -1;
      }
      flags.push(childFlags);
      if (edgeFlexible) flags[node] = (flags[node] ?? 0) | FLEXIBLE_EDGE;
      if (code === SPACE) flags[node] = (flags[node] ?? 0) | SPACE_EDGE;
      r = end;
    }
  }
  first.push(queue.length);
  return {
    trie: {
      first: Int32Array.from(first),
      letter: Uint16Array.from(letter),
      flags: Uint8Array.from(flags),
      tail: Int32Array.from(tail),
      valueNodes: Int32Array.from(valueNodes),
      values: Int32Array.from(values),
      wordPrefixes: buildWordPrefixes(keys),
    },
    keys: pool,
  };
}
