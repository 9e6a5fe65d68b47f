// Fuzzy matching for spellings nobody listed (باشنيان, زخاروفا, Pashinian).
// Gated so it stays rare and right: only words no exact match took, only
// aliases of at least six letters, and only windows whose consonant skeleton
// the pre-filter finds; fuse.js then ranks those few candidates and the
// transliteration-aware cost accepts or refuses.

import Fuse from 'fuse.js';
import { nameStarts } from './clitics';
import type { RawMention } from './exact';
import { fuzzyCost } from './fuzzy-cost';
import { EXCLUDED, type Lexicon, type ListedAlias } from './lexicon';
import { capitalOk, surnameOk } from './name-guards';
import { deletionHashes, newSkeletonBuffer, skeleton, skeletonHash } from './skeleton';
import type { Words } from './words';

/** Aliases shorter than this (letters, spaces not counted) are matched exactly or not at all. */
const MIN_ALIAS_LETTERS = 6;
/** From this length an alias may differ by one consonant: skeletons one deletion apart. */
const LONG_ALIAS_LETTERS = 9;
/** Windows of up to this many words are compared with multi-word aliases. */
const MAX_WINDOW_WORDS = 3;
/** fuse.js score (0 = identical) above which a candidate is not even costed. */
const MAX_FUSE_SCORE = 0.4;

interface Eligible {
  alias: ListedAlias;
  letters: number;
  tokens: number;
}

interface Accepted {
  topic: number;
  from: number;
  cost: number;
}

const letterCount = (s: string): number => s.replace(/ /g, '').length;
const LATIN = /^[a-z]/;

function addTo(map: Map<number, number[]>, hash: number, index: number): void {
  const list = map.get(hash);
  if (!list) map.set(hash, [index]);
  else if (list[list.length - 1] !== index) list.push(index);
}

export class FuzzyMatcher {
  private readonly eligible: Eligible[] = [];
  /** Skeleton hash -> eligible aliases with that skeleton. */
  private readonly bySkeleton = new Map<number, number[]>();
  /** Long aliases only: skeleton and one-deletion hashes -> aliases. */
  private readonly byLongNeighbour = new Map<number, number[]>();
  private readonly byTopic = new Map<number, number[]>();
  private readonly maxLetters: number;
  private readonly maxWords: number;
  private readonly sk = newSkeletonBuffer();
  private readonly deletions: number[] = [];

  constructor(private readonly lexicon: Lexicon) {
    for (const alias of lexicon.listed) {
      const letters = letterCount(alias.key);
      const tokens = alias.key.split(' ').length;
      if (letters < MIN_ALIAS_LETTERS || tokens > MAX_WINDOW_WORDS) continue;
      const index = this.eligible.length;
      this.eligible.push({ alias, letters, tokens });
      const n = skeleton(alias.key, 0, alias.key.length, this.sk);
      const hash = skeletonHash(this.sk, n);
      addTo(this.bySkeleton, hash, index);
      if (letters >= LONG_ALIAS_LETTERS) {
        addTo(this.byLongNeighbour, hash, index);
        deletionHashes(this.sk, n, this.deletions);
        for (const d of this.deletions) addTo(this.byLongNeighbour, d, index);
      }
      const mine = this.byTopic.get(alias.target.topic) ?? [];
      mine.push(index);
      this.byTopic.set(alias.target.topic, mine);
    }
    this.maxLetters = Math.max(0, ...this.eligible.map((e) => e.letters));
    this.maxWords = Math.max(0, ...this.eligible.map((e) => e.tokens));
  }

  /** Fuzzy mentions among the words no exact mention covers; longer windows first. */
  find(original: string, toOriginal: Int32Array, words: Words, exact: readonly RawMention[]): RawMention[] {
    const out: RawMention[] = [];
    if (this.eligible.length === 0) return out;
    const coveredBy = words.coverage(exact);
    const free = (w: number, k: number): boolean => {
      for (let x = w; x < w + k; x++) if (coveredBy[x] !== -1) return false;
      return true;
    };
    for (let w = 0; w < words.count; ) {
      let taken = 1;
      for (let k = Math.min(this.maxWords, words.count - w); k >= 1; k--) {
        if (!free(w, k) || !words.adjacentRun(w, k)) continue;
        const hit = this.bestFor(original, toOriginal, words, w, k, null);
        if (hit) {
          out.push({ topic: hit.topic, from: hit.from, to: words.end(w + k - 1), fuzzy: true });
          taken = k;
          break;
        }
      }
      w += taken;
    }
    return out;
  }

  /**
   * An exact mention right after one or two words no match took may be the
   * end of a longer alias of the same topic spelt another way (ناغورنو-قرة باغ
   * found as قرة باغ): the mention then grows to the whole name, as fuzzy.
   */
  extend(original: string, toOriginal: Int32Array, words: Words, exact: readonly RawMention[]): RawMention[] {
    const coveredBy = words.coverage(exact);
    return exact.map((m) => {
      if (m.topic === EXCLUDED) return m;
      const first = words.indexAt(m.from);
      const last = words.indexAt(m.to - 1);
      if (first < 0 || last < 0 || words.start(first) !== m.from) return m;
      for (let extra = 2; extra >= 1; extra--) {
        const w = first - extra;
        const k = last - w + 1;
        if (w < 0 || k > this.maxWords || !words.adjacentRun(w, k)) continue;
        if (coveredBy[w] !== -1 || (extra === 2 && coveredBy[w + 1] !== -1)) continue;
        const hit = this.bestFor(original, toOriginal, words, w, k, m.topic);
        if (hit) return { ...m, from: hit.from, fuzzy: true };
      }
      return m;
    });
  }

  /** The best accepted alias for the k words from word w (of one topic, if given), or null. */
  private bestFor(
    original: string,
    toOriginal: Int32Array,
    words: Words,
    w: number,
    k: number,
    onlyTopic: number | null,
  ): Accepted | null {
    const text = words.text;
    const wordStart = words.start(w);
    const end = words.end(w + k - 1);
    let best: Accepted | null = null;
    for (const start of nameStarts(text, wordStart, words.end(w))) {
      if (start.elided) continue;
      const letters = end - start.at - (k - 1);
      if (letters < MIN_ALIAS_LETTERS - 1 || letters > this.maxLetters + 2) continue;
      const candidates = onlyTopic === null ? this.candidates(text, start.at, end, letters) : this.ofTopic(onlyTopic, k);
      if (candidates.length === 0) continue;
      const window = text.slice(start.at, end);
      const found = this.verify(window, candidates, letters);
      if (!found || (best && best.cost <= found.cost)) continue;
      const target = found.eligible.alias.target;
      if (!this.capitalised(original, toOriginal, words, start.at, w, k, target.needsCapital)) continue;
      if (!surnameOk(this.lexicon, text, start.at, wordStart, target)) continue;
      best = { topic: target.topic, from: start.at, cost: found.cost };
    }
    return best;
  }

  private candidates(text: string, from: number, to: number, letters: number): number[] {
    const n = skeleton(text, from, to, this.sk);
    if (n < 2) return [];
    const hash = skeletonHash(this.sk, n);
    const found = new Set<number>(this.bySkeleton.get(hash));
    for (const i of this.byLongNeighbour.get(hash) ?? []) found.add(i);
    if (letters >= LONG_ALIAS_LETTERS - 2) {
      deletionHashes(this.sk, n, this.deletions);
      for (const d of this.deletions) for (const i of this.byLongNeighbour.get(d) ?? []) found.add(i);
    }
    return [...found].filter((i) => Math.abs((this.eligible[i]?.letters ?? 0) - letters) <= 3);
  }

  private ofTopic(topic: number, k: number): number[] {
    return (this.byTopic.get(topic) ?? []).filter((i) => this.eligible[i]?.tokens === k);
  }

  /** fuse.js ranks the candidates; the transliteration cost accepts or refuses. */
  private verify(window: string, candidates: number[], letters: number): { eligible: Eligible; cost: number } | null {
    const list = candidates.map((i) => this.eligible[i]).filter((e): e is Eligible => e !== undefined);
    const fuse = new Fuse(list, {
      keys: [{ name: 'key', getFn: (e: Eligible) => e.alias.key }],
      includeScore: true,
      ignoreLocation: true,
      isCaseSensitive: true,
      threshold: MAX_FUSE_SCORE,
    });
    let best: { eligible: Eligible; cost: number } | null = null;
    for (const result of fuse.search(window)) {
      const cost = fuzzyCost(result.item.alias.key, window);
      if (cost === Infinity) continue;
      // Equal cost: the alias closer in length wins; fuse's order breaks the rest.
      const closer = best && Math.abs(result.item.letters - letters) < Math.abs(best.eligible.letters - letters);
      if (!best || cost < best.cost || (cost === best.cost && closer)) best = { eligible: result.item, cost };
    }
    return best;
  }

  /** Latin names are capitalised: every word of a fuzzy Latin window must be. */
  private capitalised(
    original: string,
    toOriginal: Int32Array,
    words: Words,
    from: number,
    w: number,
    k: number,
    needsCapital: boolean,
  ): boolean {
    if (!needsCapital && !LATIN.test(words.text.charAt(from))) return true;
    for (let x = 0; x < k; x++) {
      const at = x === 0 ? from : words.start(w + x);
      if (!capitalOk(original, toOriginal[at] ?? 0, true)) return false;
    }
    return true;
  }
}
