// Fuzzy matching for spellings nobody listed (باشنيان, زخاروفا, Pashinian).
// Gated so it stays rare and right: only words no exact match took, windows of
// one to three of them, only aliases of at least six letters (FuzzyIndex), and
// the same guards as exact matches (capitals in Latin script, other people's
// first names before a surname).

import { MAX_NAME_STARTS, nameStarts, startElided, startPosition } from './clitics';
import type { RawMention } from './exact';
import { maxCost } from './fuzzy-cost';
import { firstWordKey, MIN_ALIAS_LETTERS, type Costed, type FuzzyIndex } from './fuzzy-index';
import { tagOf } from './fuzzy-records';
import { FuzzyWindow, MAX_WINDOW_WORDS } from './fuzzy-window';
import { letterClass } from './letter-classes';
import { capitalOk, type NameGuards } from './name-guards';
import { mixHash, rangeHash, RangeMap } from './range-map';
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

/** A window the index accepts, before the guards that read the page around it. */
interface Reading {
  /** Which of the word's name starts (nameStarts) it reads from. */
  start: number;
  /** Where the name starts, from the start of the window's first word (after a clitic, if any). */
  offset: number;
  words: number;
  found: Costed;
}

const NO_READINGS: readonly Reading[] = [];

/** Numbers per name start in the begins pool: offset, first word key, initial. */
const BEGIN_STRIDE = 3;
/** Beside an initial's tag (8 bits) in the begins pool. */
const ANY_INITIAL = 0x100;

/** Numbers per name start in the firsts pool: offset, sizes, then FuzzyIndex.blocks. */
const FIRST_STRIDE = 2 + 2 * (MAX_WINDOW_WORDS - 1);

/** Two lists of readings of one word as one, in the order readings gives: by name start, then more words first. */
function merged(longer: readonly Reading[], alone: readonly Reading[]): readonly Reading[] {
  if (alone.length === 0) return longer;
  if (longer.length === 0) return alone;
  const out: Reading[] = [];
  let j = 0;
  for (const r of longer) {
    while (j < alone.length && (alone[j]?.start ?? 0) < r.start) out.push(alone[j++] as Reading);
    out.push(r);
  }
  while (j < alone.length) out.push(alone[j++] as Reading);
  return out;
}

/** What fuzzy matching knows of one distinct word of the text being read. */
interface WordInfo {
  /** What the index reads in the word alone. */
  alone: readonly Reading[];
  /**
   * Where in the matcher's pool, [beginsFrom, beginsTo), BEGIN_STRIDE numbers
   * per name start whose first word the firstWords filter holds
   * (mayBeginRuns): its offset in the word, its firstWordKey, and its first
   * letter's tag, with ANY_INITIAL when that first word may begin an alias
   * starting with an alef (FuzzyIndex.anyInitial). Most words have none.
   */
  beginsFrom: number;
  beginsTo: number;
  /**
   * The most words a window from it may hold (more than one when it begins
   * some alias of several words), or 0 until a run from it asks (spanOf).
   */
  span: number;
  /**
   * Where in the pool, [firstsFrom, firstsTo), FIRST_STRIDE numbers per name
   * start that may begin a window of several words: its offset in the word,
   * its sizes and where their run records are (firstWordSizes: blocks). Set
   * with span.
   */
  firstsFrom: number;
  firstsTo: number;
}

/** a–z: normalised text is lower-case. */
const isLatinLetter = (code: number): boolean => code >= 0x61 && code <= 0x7a;

/**
 * Listed alias i is key i of the trie, so its target is target i (see
 * buildTables).
 */
export class FuzzyMatcher {
  private readonly window = new FuzzyWindow();
  private readonly starts = new Int32Array(MAX_NAME_STARTS);
  /** Every word's begins and firsts of one find call, one after another; grown on demand. */
  private pool = new Int32Array(256);
  private pooled = 0;

  constructor(
    private readonly index: FuzzyIndex,
    private readonly targets: Targets,
    private readonly guards: NameGuards,
  ) {}

  /** Fuzzy mentions among the words no exact mention covers; longer windows first. */
  find(original: string, toOriginal: Int32Array, words: Words, exact: readonly RawMention[]): RawMention[] {
    const out: RawMention[] = [];
    if (this.index.empty) return out;
    const text = words.text;
    const coveredBy = words.coverage(exact);
    // News repeats its words. Each distinct word is looked at once: what the
    // index reads in it alone, and whether it may begin some alias of several
    // words (its begins). A run of words from such a word is asked once per
    // distinct run, and only as long as its first word's span, found when a
    // run from it first passes the run filter. Both are found by the words'
    // hashes.
    const seen = new RangeMap<WordInfo>();
    this.pooled = 0;
    const runs = new RangeMap<readonly Reading[]>();
    const hashes = new Int32Array(words.count);
    let hashed = 0;
    const hashOf = (x: number): number => {
      for (; hashed <= x; hashed++) hashes[hashed] = rangeHash(text, words.start(hashed), words.end(hashed));
      return hashes[x] ?? 0;
    };
    // Latin names are capitalised (see capitalised): a Latin window is read
    // only from a capitalised word, and only as far as its words stay so.
    // Most of an English page is spared the lookups below.
    const capital = (x: number): boolean => capitalOk(original, toOriginal[words.start(x)] ?? 0, true);
    for (let w = 0; w < words.count;) {
      // The longest run of free words from w, one space apart, up to maxWords.
      const latin = isLatinLetter(text.charCodeAt(words.start(w)));
      let k = 0;
      while (k < this.index.maxWords && w + k < words.count && coveredBy[w + k] === -1 && (k === 0 || words.adjacentRun(w + k - 1, 2))) {
        if (latin && !capital(w + k)) break;
        k++;
      }
      let hit: Accepted | null = null;
      const wordStart = words.start(w);
      if (k > 0) {
        const wordHash = hashOf(w);
        let info = seen.get(wordHash, text, wordStart, words.end(w));
        if (info === undefined) {
          // readings notes the word's begins in the pool, after what is there.
          const beginsFrom = this.pooled;
          const alone = this.readings(words, w, 1, 1, null);
          info = { alone, beginsFrom, beginsTo: this.pooled, span: 0, firstsFrom: 0, firstsTo: 0 };
          seen.set(wordHash, text, wordStart, words.end(w), info);
        }
        let readings = info.alone;
        // Text that repeats little meets most runs once: the run filters refuse most before any memo.
        if (k > 1 && info.beginsFrom < info.beginsTo) readings = this.runReadings(words, w, k, info, hashOf, runs) ?? readings;
        if (readings.length > 0) hit = this.choose(original, toOriginal, words, w, readings);
      }
      if (hit) {
        out.push({
          topic: hit.topic,
          from: hit.from,
          to: words.end(w + hit.words - 1),
          fuzzy: true,
          form: hit.form,
          wordStart,
        });
      }
      w += hit ? hit.words : 1;
    }
    return out;
  }

  /**
   * What the index reads in the run of (up to) k free words from word w, one
   * that begins some alias of several words (info.beginsFrom), with its
   * windows of one word; or null when the run filters refuse it. Asked once
   * per distinct run (runs).
   */
  private runReadings(
    words: Words,
    w: number,
    k: number,
    info: WordInfo,
    hashOf: (x: number) => number,
    runs: RangeMap<readonly Reading[]>,
  ): readonly Reading[] | null {
    const text = words.text;
    if (!this.runMayEnd(text, words, w, k, info) || this.spanOf(words, w, info) === 1) return null;
    const n = Math.min(k, info.span);
    if (!this.runMayHold(text, words, w, n, info.firstsFrom, info.firstsTo)) return null;
    const wordStart = words.start(w);
    const runEnd = words.end(w + n - 1);
    let runHash = hashOf(w);
    for (let x = 1; x < n; x++) runHash = mixHash(runHash, hashOf(w + x));
    let known = runs.get(runHash, text, wordStart, runEnd);
    if (known === undefined) {
      // Windows of one word are in info.alone already.
      known = merged(this.readings(words, w, n, 2, null), info.alone);
      runs.set(runHash, text, wordStart, runEnd, known);
    }
    return known;
  }

  /**
   * False when no alias of two to k words begins with word w's first word
   * (from any of its begins) and its first letter, and ends in the last
   * letter of the run of as many words (FuzzyIndex.runMayEnd): runMayHold
   * would be false. Reads no entry of the index.
   */
  private runMayEnd(text: string, words: Words, w: number, k: number, info: WordInfo): boolean {
    const pool = this.pool;
    for (let b = info.beginsFrom; b < info.beginsTo; b += BEGIN_STRIDE) {
      const firstKey = pool[b + 1] ?? 0;
      const initial = pool[b + 2] ?? 0;
      for (let x = 2; x <= k; x++) {
        if (this.index.runMayEnd(firstKey, x, text.charCodeAt(words.end(w + x - 1) - 1), initial & 0xff, initial >= ANY_INITIAL))
          return true;
      }
    }
    return false;
  }

  /**
   * Word w's span and firsts (WordInfo), found from its begins the first time
   * a run from it asks: the most words of any alias its first word (from any
   * of its name starts) may begin, and where their run records are.
   */
  private spanOf(words: Words, w: number, info: WordInfo): number {
    if (info.span !== 0) return info.span;
    const wordStart = words.start(w);
    const wordEnd = words.end(w);
    let span = 1;
    info.firstsFrom = this.pooled;
    for (let b = info.beginsFrom; b < info.beginsTo; b += BEGIN_STRIDE) {
      const offset = this.pool[b] ?? 0;
      const sizes = this.index.firstWordSizes(this.pool[b + 1] ?? 0, wordEnd - wordStart - offset);
      if (sizes === 0) continue;
      span = Math.max(span, 31 - Math.clz32(sizes));
      this.put(offset);
      this.put(sizes);
      for (const x of this.index.blocks) this.put(x);
    }
    info.firstsTo = this.pooled;
    info.span = span;
    return span;
  }

  /** False when no window of two to n words from word w can be read as any alias (FuzzyIndex.runsFiled, runsFit). */
  private runMayHold(text: string, words: Words, w: number, n: number, from: number, to: number): boolean {
    const window = this.window;
    const firsts = this.pool;
    for (let x = 0; x < n; x++) window.ends[x] = words.end(w + x);
    const wordStart = words.start(w);
    for (let f = from; f < to; f += FIRST_STRIDE) {
      const start = wordStart + (firsts[f] ?? 0);
      const filed = this.index.runsFiled(text, start, window.ends, firsts, f + 2, firsts[f + 1] ?? 0, n);
      if (filed === 0) continue;
      window.start(text, start);
      window.grow(text, n);
      if (this.index.runsFit(window, filed, n) !== 0) return true;
    }
    return false;
  }

  /** Appends a number to the pool, grown on demand. */
  private put(x: number): void {
    if (this.pooled === this.pool.length) {
      const grown = new Int32Array(this.pooled * 2);
      grown.set(this.pool);
      this.pool = grown;
    }
    this.pool[this.pooled++] = x;
  }

  /**
   * An exact mention right after one or two words no match took may be the
   * end of a longer alias of the same topic spelt another way (ناغورنو-قرة باغ
   * found as قرة باغ): the mention then grows to the whole name, as fuzzy.
   */
  extend(original: string, toOriginal: Int32Array, words: Words, exact: readonly RawMention[]): RawMention[] {
    if (this.index.empty) return [...exact];
    const coveredBy = words.coverage(exact);
    // Per run of words and topic, as in find.
    const runs = new RangeMap<readonly Reading[]>();
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
        const from = words.start(w);
        const to = words.end(last);
        const hash = rangeHash(words.text, from, to, m.topic);
        let readings = runs.get(hash, words.text, from, to, m.topic);
        if (readings === undefined) {
          readings = this.readings(words, w, k, k, m.topic);
          runs.set(hash, words.text, from, to, readings, m.topic);
        }
        const hit = readings.length > 0 ? this.choose(original, toOriginal, words, w, readings) : null;
        if (hit) return { ...m, from: hit.from, fuzzy: true, form: hit.form, wordStart: from };
      }
      return m;
    });
  }

  /**
   * What the index accepts in windows of minK..maxK words from word w (of one
   * topic, if given), for every place a name may start in w, in the order
   * choose weighs them. Depends on the words' text alone.
   */
  private readings(words: Words, w: number, maxK: number, minK: number, onlyTopic: number | null): readonly Reading[] {
    const text = words.text;
    const window = this.window;
    const wordStart = words.start(w);
    for (let k = 0; k < maxK; k++) window.ends[k] = words.end(w + k);
    let out: Reading[] | null = null;
    const n = nameStarts(text, wordStart, words.end(w), this.starts);
    for (let s = 0; s < n; s++) {
      const encoded = this.starts[s] ?? 0;
      if (startElided(encoded)) continue;
      const from = startPosition(encoded);
      window.start(text, from);
      // A window of one topic and several words (extend) asks that topic's own aliases first.
      if (onlyTopic !== null && minK === maxK && maxK > 1 && !this.index.topicMayBegin(onlyTopic, maxK, window.hash(1))) continue;
      // Several words only when the first is the first word of some alias of
      // as many words, and the run's last letter and letters fit one too.
      const firstEnd = window.ends[0] ?? from;
      const firstKey = firstWordKey(text, from, firstEnd, window.hash(1));
      // A word alone (find) only notes whether it may begin several words: its firstWords entries are read when a run from it asks (spanOf).
      if (maxK === 1 && this.index.mayBeginRuns(firstKey)) {
        const initial = tagOf(letterClass(window.firstLetter)) | (this.index.anyInitial(firstKey) ? ANY_INITIAL : 0);
        this.put(from - wordStart);
        this.put(firstKey);
        this.put(initial);
      }
      let sizes = maxK === 1 ? 0 : this.index.firstWordSizes(firstKey, firstEnd - from);
      if (sizes !== 0) {
        sizes = this.index.runsFiled(text, from, window.ends, this.index.blocks, 0, sizes, maxK);
        if (sizes !== 0) {
          window.grow(text, maxK);
          sizes = this.index.runsFit(window, sizes, maxK);
        }
      }
      for (let k = sizes !== 0 ? maxK : 1; k >= minK; k--) {
        if (k > 1 && (sizes & (1 << k)) === 0) continue;
        const letters = (window.ends[k - 1] ?? from) - from - (k - 1);
        // Each half-edit of cost adds at most one letter.
        if (letters < MIN_ALIAS_LETTERS - 1 || letters > this.index.maxLetters + maxCost(this.index.maxLetters)) continue;
        const candidates = this.index.candidates(window, k, letters, onlyTopic);
        if (candidates.length === 0) continue;
        const found = this.index.verify(text, window, k, candidates, letters);
        if (!found) continue;
        (out ??= []).push({ start: s, offset: from - wordStart, words: k, found });
      }
    }
    return out ?? NO_READINGS;
  }

  /**
   * The reading to take from word w, after the guards that look at the page
   * around it (capitals, someone else's first name): more words first, then
   * lower cost; or null.
   */
  private choose(original: string, toOriginal: Int32Array, words: Words, w: number, readings: readonly Reading[]): Accepted | null {
    const text = words.text;
    const wordStart = words.start(w);
    let best: Accepted | null = null;
    for (const { offset, words: k, found } of readings) {
      if (best && (k < best.words || (best.words === k && best.cost <= found.cost))) continue;
      const from = wordStart + offset;
      const target = this.index.formOf(found.eligible);
      const topic = this.targets.topic(target);
      if (!this.capitalised(original, toOriginal, words, from, w, k, this.targets.has(target, NEEDS_CAPITAL))) continue;
      if (!this.guards.surnameOk(text, from, wordStart, topic, this.targets.has(target, SURNAME))) continue;
      best = { topic, form: target, from, cost: found.cost, words: k };
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
    if (!needsCapital && !isLatinLetter(words.text.charCodeAt(from))) return true;
    for (let x = 0; x < k; x++) {
      const at = x === 0 ? from : words.start(w + x);
      if (!capitalOk(original, toOriginal[at] ?? 0, true)) return false;
    }
    return true;
  }
}
