// The matcher as tabs receive it. Built once where knowledge changes (compile,
// pack import, turning a pack on or off) and handed to every tab ready to
// load, so that a tab does not rebuild it from the names at start-up.
//
// Contract shared by the knowledge store (which builds and sends it) and the
// content script (which loads it): `compileMatcher` runs in the background or
// at build time; `loadMatcher` runs in each tab and must stay cheap: it makes
// typed-array views on the decoded data and builds nothing. Every field is a
// string so it crosses extension messaging in every browser.

import type { NamesIndex } from '../knowledge/types';
import { bloomFits } from './bloom';
import type { FuzzyArrays } from './fuzzy-index';
import { hashIndexFits, type HashIndexArrays } from './hash-index';
import { detectorFrom } from './matcher';
import type { GuardWords } from './name-guards';
import { pack, unpack, type PackedArray } from './packed';
import { buildTables } from './tables';
import type { TargetArrays } from './targets';
import type { KeyPool, TrieArrays } from './trie';
import type { Detector, DetectorOptions, TopicExtras } from './types';

export const MATCHER_FORMAT = 9;

/** A matcher ready to send to a tab. Opaque outside lib/detect. */
export interface CompiledMatcher {
  format: typeof MATCHER_FORMAT;
  /** The typed arrays (trie, targets, alias keys, fuzzy index, topic id offsets), little-endian, base64. */
  data: string;
  /** Topic ids in topic order, one after another (offsets in data). */
  ids: string;
  /** JSON GuardWords: the surname guard's words, read on the first surname a page holds. */
  guards: string;
  /**
   * JSON: per topic id, its fields beyond those the matcher compiles (id,
   * kind, name, aliases, exclude, marked, nested), passed through untouched
   * and read when asked (Detector.topicExtras).
   */
  extras: string;
}

/** The arrays in data, in order, and their kinds. */
const LAYOUT = [
  Int32Array, // 0 trie.first
  Uint16Array, // 1 trie.letter
  Uint8Array, // 2 trie.flags
  Int32Array, // 3 trie.tail
  Int32Array, // 4 trie.valueNodes
  Int32Array, // 5 trie.values
  [Uint8Array, Uint16Array], // 6 keys.pool
  Int32Array, // 7 keys.keyStart
  Uint16Array, // 8 keys.alphabet
  Uint8Array, // 9 keys.flexible
  Int32Array, // 10 targets.topic
  Uint8Array, // 11 targets.flags
  Int32Array, // 12 targets.form
  Int32Array, // 13 fuzzy.form
  Uint8Array, // 14 fuzzy.tokens
  Uint16Array, // 15 fuzzy.letters
  Uint16Array, // 16 fuzzy.fixedEnd
  Uint8Array, // 17 fuzzy.trailing
  Int32Array, // 18 fuzzy.gapStart
  Uint8Array, // 19 fuzzy.gaps
  Int32Array, // 20 fuzzy.firstHash
  ...[0, 1, 2, 3].flatMap(() => [Int32Array, Int32Array, Int32Array, Int32Array]), // 21-36 four hash indexes
  Int32Array, // 37 topic id offsets
  Int32Array, // 38 trie.wordPrefixes
  Int32Array, // 39 fuzzy.topicStart
  Int32Array, // 40 fuzzy.topicAliases
  Int32Array, // 41 fuzzy.runStart
  Int32Array, // 42 fuzzy.runRecords
  Int32Array, // 43 fuzzy.runFilter
] as const;

const hashArrays = (h: HashIndexArrays): PackedArray[] => [h.filter, h.bucketStart, h.hashes, h.values];

export function compileMatcher(names: NamesIndex): CompiledMatcher {
  const t = buildTables(names);
  const idStart = new Int32Array(t.ids.length + 1);
  t.ids.forEach((id, i) => (idStart[i + 1] = (idStart[i] ?? 0) + id.length));
  const { trie, keys, targets, fuzzy: f } = t;
  const data = pack([
    trie.first,
    trie.letter,
    trie.flags,
    trie.tail,
    trie.valueNodes,
    trie.values,
    keys.pool,
    keys.keyStart,
    keys.alphabet,
    keys.flexible,
    targets.topic,
    targets.flags,
    targets.form,
    f.form,
    f.tokens,
    f.letters,
    f.fixedEnd,
    f.trailing,
    f.gapStart,
    f.gaps,
    f.firstHash,
    ...hashArrays(f.bySkeleton),
    ...hashArrays(f.byLongNeighbour),
    ...hashArrays(f.firstWords),
    ...hashArrays(f.oneWords),
    idStart,
    trie.wordPrefixes,
    f.topicStart,
    f.topicAliases,
    f.runStart,
    f.runRecords,
    f.runFilter,
  ]);
  return { format: MATCHER_FORMAT, data, ids: t.ids.join(''), guards: JSON.stringify(t.guards), extras: JSON.stringify(t.extras) };
}

const damaged = (): never => {
  throw new Error('Matcher data is damaged: its parts do not fit together');
};

function hashIndex(from: number, at: (i: number) => PackedArray): HashIndexArrays {
  const h = { filter: at(from), bucketStart: at(from + 1), hashes: at(from + 2), values: at(from + 3) } as HashIndexArrays;
  return hashIndexFits(h) ? h : damaged();
}

function parseJson(text: string, what: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new Error(`Matcher ${what} are not JSON`);
  }
}

export function loadMatcher(compiled: CompiledMatcher, options: DetectorOptions = {}): Detector {
  if (compiled?.format !== MATCHER_FORMAT) throw new Error(`Unknown matcher format ${String(compiled?.format)}`);
  // Keep only what detection reads later: not the compiled object, whose data string is large.
  const { ids, guards, extras } = compiled;
  const a = unpack(compiled.data, LAYOUT);
  const at = (i: number): PackedArray => a[i] as PackedArray;
  const trie = {
    first: at(0),
    letter: at(1),
    flags: at(2),
    tail: at(3),
    valueNodes: at(4),
    values: at(5),
    wordPrefixes: at(38),
  } as TrieArrays;
  const keys = { pool: at(6), keyStart: at(7), alphabet: at(8), flexible: at(9) } as KeyPool;
  const targets = { topic: at(10), flags: at(11), form: at(12) } as TargetArrays;
  const fuzzy = {
    form: at(13),
    tokens: at(14),
    letters: at(15),
    fixedEnd: at(16),
    trailing: at(17),
    gapStart: at(18),
    gaps: at(19),
    firstHash: at(20),
    bySkeleton: hashIndex(21, at),
    byLongNeighbour: hashIndex(25, at),
    firstWords: hashIndex(29, at),
    oneWords: hashIndex(33, at),
    topicStart: at(39),
    topicAliases: at(40),
    runStart: at(41),
    runRecords: at(42),
    runFilter: at(43),
  } as FuzzyArrays;
  const idStart = at(37);
  const nodes = trie.letter.length;
  if (
    trie.first.length !== nodes + 1 ||
    trie.flags.length !== nodes ||
    trie.tail.length !== nodes ||
    (trie.first[nodes] ?? 0) > nodes ||
    keys.keyStart[keys.keyStart.length - 1] !== keys.pool.length ||
    targets.topic.length !== keys.keyStart.length - 1 ||
    idStart[idStart.length - 1] !== ids.length ||
    fuzzy.topicStart.length !== idStart.length ||
    fuzzy.topicStart[fuzzy.topicStart.length - 1] !== fuzzy.topicAliases.length ||
    fuzzy.runStart.length !== fuzzy.firstWords.hashes.length + 1 ||
    (fuzzy.runStart[fuzzy.runStart.length - 1] ?? 0) * 2 !== fuzzy.runRecords.length ||
    !bloomFits(trie.wordPrefixes) ||
    !bloomFits(fuzzy.runFilter)
  ) {
    damaged();
  }
  // Filled in full: an array written at far indexes first turns into a slow dictionary.
  const idCache = Array.from<string | undefined>({ length: idStart.length - 1 });
  return detectorFrom(
    {
      trie,
      targets,
      keys,
      fuzzy,
      topicId: (i) => (idCache[i] ??= ids.slice(idStart[i], idStart[i + 1])),
      guards: () => parseJson(guards, 'guard words') as GuardWords,
      extras: () => parseJson(extras, 'topic extras') as Record<string, TopicExtras>,
    },
    options,
  );
}
