// A compiled matcher crosses extension messaging and may come from an older
// build or a damaged store: a tab must refuse parts that do not fit together
// with a clear message, not walk off its arrays.
import { describe, expect, it } from 'vitest';

import { compileMatcher, loadMatcher, type CompiledMatcher } from '../../../lib/detect';
import { pack, unpack, type PackedArray } from '../../../lib/detect/packed';
import { buildTables } from '../../../lib/detect/tables';
import { FIXTURE_NAMES } from './fixture-names';

const compiled = compileMatcher(FIXTURE_NAMES);
const count = new Int32Array(Uint8Array.from(atob(compiled.data).slice(0, 4), (c) => c.charCodeAt(0)).buffer)[0] ?? 0;
const ANY = [Int32Array, Uint16Array, Uint8Array] as const;
const arrays = (): PackedArray[] =>
  unpack(
    compiled.data,
    Array.from({ length: count }, () => ANY),
  );

/** The compiled matcher with array i (in the order compileMatcher packs them) replaced. */
function withArray(i: number, change: (a: PackedArray) => PackedArray, alsoAt = -1): CompiledMatcher {
  const a: PackedArray[] = arrays().map((x) => x.slice());
  for (const at of [i, alsoAt]) if (at >= 0) a[at] = change(a[at] as PackedArray);
  return { ...compiled, data: pack(a) };
}

const shorter = (a: PackedArray): PackedArray => a.slice(0, -1);
const longer = (a: PackedArray): PackedArray => {
  const out = new (a.constructor as new (n: number) => PackedArray)(a.length + 1);
  out.set(a);
  out[a.length] = a[a.length - 1] ?? 0;
  return out;
};

// Where compileMatcher puts each array, found by its content, so the test follows the layout.
const tables = buildTables(FIXTURE_NAMES);
function positionOf(array: PackedArray): number {
  const all = arrays();
  const at = all.findIndex((a) => a.constructor === array.constructor && a.length === array.length && a.every((v, i) => v === array[i]));
  const again = all.findIndex(
    (a, i) => i > at && a.constructor === array.constructor && a.length === array.length && a.every((v, j) => v === array[j]),
  );
  if (at < 0 || again >= 0) throw new Error('array not found once in the compiled data');
  return at;
}
const TRIE_FIRST = positionOf(tables.trie.first);
const TRIE_FLAGS = positionOf(tables.trie.flags);
const TRIE_TAIL = positionOf(tables.trie.tail);
const KEY_POOL = positionOf(tables.keys.pool);
const KEY_START = positionOf(tables.keys.keyStart);
const TARGET_TOPIC = positionOf(tables.targets.topic);
const WORD_PREFIXES = positionOf(tables.trie.wordPrefixes);
const HASH_INDEXES = [tables.fuzzy.bySkeleton, tables.fuzzy.byLongNeighbour, tables.fuzzy.firstWords].map((h) => ({
  bucketStart: positionOf(h.bucketStart),
  hashes: positionOf(h.hashes),
  values: positionOf(h.values),
}));
const ID_START = positionOf(Int32Array.from(tables.ids.reduce((offsets, id) => [...offsets, (offsets.at(-1) ?? 0) + id.length], [0])));

describe('loadMatcher refuses parts that do not fit together', () => {
  it('loads the untouched parts, repacked', () => {
    const detector = loadMatcher({ ...compiled, data: pack(arrays()) });
    expect(detector.detect('في كورسك').map((m) => m.topic)).toEqual(['kursk']);
  });

  it('a trie whose arrays are not one entry per node', () => {
    for (const i of [TRIE_FIRST, TRIE_FLAGS, TRIE_TAIL]) {
      expect(() => loadMatcher(withArray(i, shorter)), `array ${i}`).toThrow(/damaged/);
      expect(() => loadMatcher(withArray(i, longer)), `array ${i}`).toThrow(/damaged/);
    }
  });

  it('a trie whose children run past its nodes', () => {
    const damaged = withArray(TRIE_FIRST, (a) => {
      const out = a.slice();
      out[out.length - 1] = (out[out.length - 1] ?? 0) + 1;
      return out;
    });
    expect(() => loadMatcher(damaged)).toThrow(/damaged/);
  });

  it('a key pool that does not end where its last key does', () => {
    expect(() => loadMatcher(withArray(KEY_POOL, shorter))).toThrow(/damaged/);
    expect(() => loadMatcher(withArray(KEY_POOL, longer))).toThrow(/damaged/);
  });

  it('another number of targets than of keys', () => {
    expect(() => loadMatcher(withArray(TARGET_TOPIC, shorter))).toThrow(/damaged/);
    expect(() => loadMatcher(withArray(KEY_START, longer))).toThrow(/damaged/);
  });

  it('topic ids that do not end where the offsets say', () => {
    expect(() => loadMatcher(withArray(ID_START, shorter))).toThrow(/damaged/);
    expect(() => loadMatcher({ ...compiled, ids: compiled.ids.slice(0, -1) })).toThrow(/damaged/);
  });

  it('a hash index whose buckets are not a power of two, or whose entries do not pair up or fill its buckets', () => {
    for (const h of HASH_INDEXES) {
      const buckets = (arrays()[h.bucketStart]?.length ?? 0) - 1;
      expect(buckets & (buckets - 1), 'a power of two').toBe(0);
      const entries = arrays()[h.hashes]?.length ?? 0;
      // One bucket fewer, the offsets still ending at the last entry.
      const oddBuckets = withArray(h.bucketStart, (a) => {
        const out = a.slice(0, -1);
        out[out.length - 1] = entries;
        return out;
      });
      expect(() => loadMatcher(oddBuckets), 'buckets').toThrow(/damaged/);
      expect(() => loadMatcher(withArray(h.values, shorter)), 'values').toThrow(/damaged/);
      expect(() => loadMatcher(withArray(h.hashes, longer)), 'hashes').toThrow(/damaged/);
      // As many hashes as values, but more than the buckets hold.
      expect(() => loadMatcher(withArray(h.hashes, longer, h.values)), 'entries').toThrow(/damaged/);
      // No bucket at all: zero is no power of two.
      expect(() => loadMatcher(withArray(h.bucketStart, () => Int32Array.from([0])))).toThrow(/damaged/);
    }
  });

  it('a filter of how keys begin whose length is no power of two', () => {
    expect(() => loadMatcher(withArray(WORD_PREFIXES, longer))).toThrow(/damaged/);
    expect(() => loadMatcher(withArray(WORD_PREFIXES, () => new Int32Array(0)))).toThrow(/damaged/);
  });

  it('says which part is broken for topic extras that are not JSON, when they are first read', () => {
    const detector = loadMatcher({ ...compiled, extras: '{"kursk":' });
    expect(detector.detect('في كورسك').map((m) => m.topic)).toEqual(['kursk']);
    expect(() => detector.topicExtras('kursk')).toThrow('Matcher topic extras are not JSON');
  });

  it('says which part is broken for guard words that are not JSON, when a surname first needs them', () => {
    const detector = loadMatcher({ ...compiled, guards: 'not json' });
    expect(detector.detect('في كورسك').map((m) => m.topic)).toEqual(['kursk']);
    expect(() => detector.detect('قال مدفيديف')).toThrow('Matcher guard words are not JSON');
  });

  it('refuses no matcher at all', () => {
    expect(() => loadMatcher(undefined as unknown as CompiledMatcher)).toThrow('Unknown matcher format undefined');
    expect(() => loadMatcher(null as unknown as CompiledMatcher)).toThrow('Unknown matcher format undefined');
  });
});
