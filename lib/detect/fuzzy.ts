// Fuzzy matching for spellings nobody listed (باشنيان, زخاروفا, Pashinian).
// Gated so it stays rare and right: only words no exact match took, windows of
// one to three of them, only aliases of at least six letters (FuzzyIndex), and
// the same guards as exact matches (capitals in Latin script, other people's
// first names before a surname).

import { MAX_NAME_STARTS, nameStarts, startElided, startPosition } from './clitics';
import type { RawMention } from './exact';
import { MIN_ALIAS_LETTERS, type FuzzyIndex } from './fuzzy-index';
import { FuzzyWindow } from './fuzzy-window';
import { capitalOk, type NameGuards } from './name-guards';
import { RangeSet } from './range-set';
import { EXCLUDED, NEEDS_CAPITAL, SURNAME, type Targets } from './targets';
import type { Words } from './words';

interface Accepted {
  topic: number;
  /** The listed alias it was read as. */
  form: number;
  from: number;
  cost: number;
  /** How many words the window holds. */
  words: number;
}

const LATIN = /^[a-z]/;

/**
 * Listed alias i is key i of the trie, so its target is target i (see
 * buildTables).
 */
export class FuzzyMatcher {
  private readonly window = new FuzzyWindow();
  private readonly starts = new Int32Array(MAX_NAME_STARTS);
  /**
   * Set by bestFor when its first word could matter: an alias accepted it
   * alone, or it is the first word of some several-word alias.
   */
  private alive = false;

  constructor(
    private readonly index: FuzzyIndex,
    private readonly targets: Targets,
    private readonly guards: NameGuards,
  ) {}

  /** Fuzzy mentions among the words no exact mention covers; longer windows first. */
  find(original: string, toOriginal: Int32Array, words: Words, exact: readonly RawMention[]): RawMention[] {
    const out: RawMention[] = [];
    if (this.index.empty) return out;
    const coveredBy = words.coverage(exact);
    // Words that can start no fuzzy match, whatever follows them: news repeats
    // its words, and each is looked at once.
    const dead = new RangeSet();
    for (let w = 0; w < words.count;) {
      // The longest run of free words from w, one space apart, up to maxWords.
      let k = 0;
      while (k < this.index.maxWords && w + k < words.count && coveredBy[w + k] === -1 && (k === 0 || words.adjacentRun(w + k - 1, 2))) k++;
      let hit: Accepted | null = null;
      if (k > 0 && !dead.has(words.text, words.start(w), words.end(w))) {
        this.alive = false;
        hit = this.bestFor(original, toOriginal, words, w, k, 1, null);
        if (!this.alive) dead.add(words.text, words.start(w), words.end(w));
      }
      if (hit) {
        out.push({
          topic: hit.topic,
          from: hit.from,
          to: words.end(w + hit.words - 1),
          fuzzy: true,
          form: hit.form,
          wordStart: words.start(w),
        });
      }
      w += hit ? hit.words : 1;
    }
    return out;
  }

  /**
   * An exact mention right after one or two words no match took may be the
   * end of a longer alias of the same topic spelt another way (ناغورنو-قرة باغ
   * found as قرة باغ): the mention then grows to the whole name, as fuzzy.
   */
  extend(original: string, toOriginal: Int32Array, words: Words, exact: readonly RawMention[]): RawMention[] {
    if (this.index.empty) return [...exact];
    const coveredBy = words.coverage(exact);
    return exact.map((m) => {
      if (m.topic === EXCLUDED) return m;
      const first = words.indexAt(m.from);
      const last = words.indexAt(m.to - 1);
      if (first < 0 || last < 0 || words.start(first) !== m.from) return m;
      for (let extra = 2; extra >= 1; extra--) {
        const w = first - extra;
        const k = last - w + 1;
        if (w < 0 || k > this.index.maxWords || !words.adjacentRun(w, k)) continue;
        if (coveredBy[w] !== -1 || (extra === 2 && coveredBy[w + 1] !== -1)) continue;
        const hit = this.bestFor(original, toOriginal, words, w, k, k, m.topic);
        if (hit) return { ...m, from: hit.from, fuzzy: true, form: hit.form, wordStart: words.start(w) };
      }
      return m;
    });
  }

  /**
   * The best accepted alias for a window of minK..maxK words from word w (of
   * one topic, if given): more words first, then lower cost; or null.
   */
  private bestFor(
    original: string,
    toOriginal: Int32Array,
    words: Words,
    w: number,
    maxK: number,
    minK: number,
    onlyTopic: number | null,
  ): Accepted | null {
    const text = words.text;
    const window = this.window;
    const wordStart = words.start(w);
    for (let k = 0; k < maxK; k++) window.ends[k] = words.end(w + k);
    let best: Accepted | null = null;
    const n = nameStarts(text, wordStart, words.end(w), this.starts);
    for (let s = 0; s < n; s++) {
      const encoded = this.starts[s] ?? 0;
      if (startElided(encoded)) continue;
      const from = startPosition(encoded);
      window.start(text, from);
      // Several words only when the first is the first word of some alias of as many words.
      const sizes = this.index.firstWordSizes(window.hash(1), (window.ends[0] ?? from) - from);
      let usable = 1;
      if (sizes !== 0) {
        this.alive = true;
        window.grow(text, maxK);
        usable = maxK;
      }
      for (let k = Math.min(maxK, usable); k >= minK && (!best || k >= best.words); k--) {
        if (k > 1 && (sizes & (1 << k)) === 0) continue;
        const letters = (window.ends[k - 1] ?? from) - from - (k - 1);
        if (letters < MIN_ALIAS_LETTERS - 1 || letters > this.index.maxLetters + 2) continue;
        const candidates = this.index.candidates(window, k, letters, onlyTopic);
        if (candidates.length === 0) continue;
        const found = this.index.verify(text, window, k, candidates, letters);
        if (found) this.alive = true;
        if (!found || (best && best.words === k && best.cost <= found.cost)) continue;
        const target = this.index.formOf(found.eligible);
        const topic = this.targets.topic(target);
        if (!this.capitalised(original, toOriginal, words, from, w, k, this.targets.has(target, NEEDS_CAPITAL))) continue;
        if (!this.guards.surnameOk(text, from, wordStart, topic, this.targets.has(target, SURNAME))) continue;
        best = { topic, form: target, from, cost: found.cost, words: k };
      }
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
