// The aliases fuzzy matching may find, indexed by consonant skeleton: a
// window's candidates are the aliases with its skeleton or, for long aliases,
// one consonant off (symmetric deletion neighbourhoods, by hash); cheap gates
// in front keep most windows from any lookup at all. Candidates are then
// costed the transliteration way, and fuse.js must score the accepted ones
// close too.

import Fuse from 'fuse.js';

import { prepareAlias, preparedCost, type PreparedAlias } from './fuzzy-cost';
import { FuzzyWindow, MAX_WINDOW_WORDS } from './fuzzy-window';
import { LeadGate, PairGate } from './gates';
import { HashIndex } from './hash-index';
import type { ListedAlias } from './lexicon';
import {
  deletionHashes,
  FIXED_CONSONANTS,
  gapDistance,
  leadingPair,
  newSkeletonBuffer,
  prefixHashes,
  Skeleton,
  skeletonHash,
} from './skeleton';

/** Aliases shorter than this (letters, spaces not counted) are matched exactly or not at all. */
export const MIN_ALIAS_LETTERS = 6;
/** From this length an alias may differ by one consonant: skeletons one deletion apart. */
const LONG_ALIAS_LETTERS = 9;
/** fuse.js score (0 = identical) above which an accepted candidate is still refused. */
const MAX_FUSE_SCORE = 0.4;

export interface Eligible {
  alias: ListedAlias;
  prepared: PreparedAlias;
  tokens: number;
  /** The gaps of its skeleton and its trailing letters (see Skeleton). */
  gaps: Int32Array;
  trailing: number;
  /** Skeleton hash of the first word of a several-word alias, which must not change. */
  firstHash: number;
}

export interface Costed {
  eligible: Eligible;
  cost: number;
}

/** The first skeleton position a consonant change may touch: not the first two, not the first word's. */
function firstChangeable(firstWordLength: number): number {
  return Math.max(FIXED_CONSONANTS, firstWordLength);
}

/** A skeleton hash keyed by word count too, so a lookup meets only aliases of as many words. */
function withWords(hash: number, words: number): number {
  return Math.imul(hash ^ words, 0x2c1b3c6d) ^ words;
}

function addTo(map: Map<number, number[]>, hash: number, index: number): void {
  const list = map.get(hash);
  if (!list) map.set(hash, [index]);
  else if (list[list.length - 1] !== index) list.push(index);
}

export class FuzzyIndex {
  private readonly eligible: Eligible[] = [];
  /** Skeleton hash -> eligible aliases with that skeleton. */
  private readonly bySkeleton: HashIndex;
  /** Long aliases: the hashes of their skeleton and of each one-deletion neighbour -> aliases. */
  private readonly byLongNeighbour: HashIndex;
  /** The first two consonants of every eligible alias, which no fuzzy match changes. */
  private readonly pairs = new PairGate();
  /** Whether any long alias's skeleton could be one consonant off a window's. */
  private readonly longGate = new LeadGate();
  /** Skeleton hashes of the first words of multi-word aliases. */
  private readonly firstWords: HashIndex;
  readonly maxLetters: number;
  readonly maxWords: number;

  private readonly deletions = newSkeletonBuffer();
  /** Lookups dedupe with a per-query stamp instead of a Set. */
  private readonly stamp: Int32Array;
  private query = 0;
  /** Candidates as eligible index * 2 + 1 when the skeleton is the same, + 0 when one consonant off. */
  private readonly found: number[] = [];

  constructor(listed: readonly ListedAlias[]) {
    const bySkeleton = new Map<number, number[]>();
    const byLongNeighbour = new Map<number, number[]>();
    const firstWords = new Map<number, number[]>();
    const sk = new Skeleton();
    const prefix = newSkeletonBuffer();
    for (const alias of listed) {
      const prepared = prepareAlias(alias.key);
      const tokens = prepared.tokenStarts.length;
      if (prepared.letters < MIN_ALIAS_LETTERS || tokens > MAX_WINDOW_WORDS) continue;
      const index = this.eligible.length;
      const firstEnd = tokens > 1 ? (prepared.tokenEnds[0] ?? 0) : 0;
      sk.reset();
      sk.append(alias.key, 0, firstEnd, 0);
      const firstLength = sk.length;
      const firstHash = skeletonHash(sk.symbols, sk.length);
      sk.append(alias.key, firstEnd, alias.key.length, 0);
      this.eligible.push({ alias, prepared, tokens, gaps: sk.gaps.slice(0, sk.length), trailing: sk.pending, firstHash });
      const hash = skeletonHash(sk.symbols, sk.length);
      addTo(bySkeleton, withWords(hash, tokens), index);
      this.pairs.add(leadingPair(alias.key, 0, alias.key.length));
      if (tokens > 1) addTo(firstWords, firstHash, index);
      if (prepared.letters >= LONG_ALIAS_LETTERS) {
        this.longGate.add(sk.symbols, sk.length);
        addTo(byLongNeighbour, withWords(hash, tokens), index);
        prefixHashes(sk.symbols, sk.length, prefix);
        deletionHashes(sk.symbols, sk.length, prefix, this.deletions);
        for (let j = firstChangeable(firstLength); j < sk.length; j++) {
          addTo(byLongNeighbour, withWords(this.deletions[j] ?? 0, tokens), index);
        }
      }
    }
    this.maxLetters = Math.max(0, ...this.eligible.map((e) => e.prepared.letters));
    this.maxWords = Math.max(0, ...this.eligible.map((e) => e.tokens));
    this.stamp = new Int32Array(this.eligible.length);
    this.bySkeleton = new HashIndex(bySkeleton);
    this.byLongNeighbour = new HashIndex(byLongNeighbour);
    this.firstWords = new HashIndex(firstWords);
  }

  get empty(): boolean {
    return this.eligible.length === 0;
  }

  /** Whether some alias starts with these two consonants (a leadingPair). */
  hasPair(pair: number): boolean {
    return this.pairs.has(pair);
  }

  /** Whether some several-word alias starts with a word of this skeleton hash. */
  hasFirstWord(hash: number): boolean {
    return this.firstWords.find(hash) >= 0;
  }

  /**
   * Aliases with the skeleton of the window's k words or, for long aliases,
   * one consonant off, as many words, close enough in length (and of one
   * topic, if given). Returns a reused array (see this.found).
   */
  candidates(window: FuzzyWindow, k: number, letters: number, onlyTopic: number | null): number[] {
    this.found.length = 0;
    const n = window.length(k);
    if (n < 2) return this.found;
    this.query++;
    const hash = withWords(window.hash(k), k);
    const firstHash = window.hash(1);
    this.gather(this.bySkeleton, hash, letters, k, firstHash, onlyTopic, 1);
    const symbols = window.skeleton.symbols;
    if (this.longGate.has(symbols, n)) {
      this.gather(this.byLongNeighbour, hash, letters, k, firstHash, onlyTopic, 0);
      // One consonant more in the window, or one changed: delete one from the window too.
      deletionHashes(symbols, n, window.prefix, this.deletions);
      for (let j = firstChangeable(k > 1 ? window.length(1) : 0); j < n; j++) {
        this.gather(this.byLongNeighbour, withWords(this.deletions[j] ?? 0, k), letters, k, firstHash, onlyTopic, 0);
      }
    }
    return this.found;
  }

  private gather(
    index: HashIndex,
    hash: number,
    letters: number,
    k: number,
    firstHash: number,
    onlyTopic: number | null,
    same: number,
  ): void {
    const slot = index.find(hash);
    if (slot < 0) return;
    const end = index.firstOf(slot) + index.countOf(slot);
    for (let v = index.firstOf(slot); v < end; v++) {
      const i = index.valueAt(v);
      if (this.stamp[i] === this.query) continue;
      this.stamp[i] = this.query;
      const e = this.eligible[i];
      // As many words; every added or dropped letter costs at least half an edit.
      if (!e || e.tokens !== k || Math.abs(e.prepared.letters - letters) > e.prepared.limit) continue;
      if (onlyTopic !== null && e.alias.target.topic !== onlyTopic) continue;
      // The first word of a several-word name keeps its skeleton.
      if (k > 1 && e.firstHash !== firstHash) continue;
      this.found.push(i * 2 + same);
    }
  }

  /**
   * The best candidate for text[window.from, end) (the window's k words): the
   * transliteration cost accepts or refuses each (after the gap bound, for
   * same-skeleton ones); fuse.js then scores the accepted few and must find
   * them close too. Lowest cost wins, then the alias closest in length; a
   * window as close to two different names is neither.
   */
  verify(text: string, window: FuzzyWindow, k: number, candidates: readonly number[], letters: number): Costed | null {
    const from = window.from;
    const end = window.ends[k - 1] ?? from;
    const costed: Costed[] = [];
    for (const c of candidates) {
      const eligible = this.eligible[c >> 1];
      if (!eligible) continue;
      const same = (c & 1) === 1;
      const gaps = window.skeleton.gaps;
      if (
        same &&
        gapDistance(eligible.gaps, eligible.trailing, gaps, window.trailing[k - 1] ?? 0, window.length(k)) > eligible.prepared.limit
      ) {
        continue;
      }
      const cost = preparedCost(eligible.prepared, text, from, end);
      if (cost !== Infinity) costed.push({ eligible, cost });
    }
    if (costed.length === 0) return null;
    const fuse = new Fuse(costed, {
      keys: [{ name: 'key', getFn: (c: Costed) => c.eligible.alias.key }],
      includeScore: true,
      ignoreLocation: true,
      isCaseSensitive: true,
      threshold: MAX_FUSE_SCORE,
    });
    const distance = (c: Costed): number => Math.abs(c.eligible.prepared.letters - letters);
    let best: Costed | null = null;
    let tied = false;
    for (const { item } of fuse.search(text.slice(from, end))) {
      if (!best || item.cost < best.cost || (item.cost === best.cost && distance(item) < distance(best))) {
        best = item;
        tied = false;
      } else if (item.cost === best.cost && distance(item) === distance(best)) {
        tied ||= item.eligible.alias.target.topic !== best.eligible.alias.target.topic;
      }
    }
    return tied ? null : best;
  }
}
