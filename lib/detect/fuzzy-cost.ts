// How far a written window is from an alias, counted the way transliterations
// differ: a vowel letter added, dropped or swapped, a doubled letter, or a
// same-sound consonant costs half an edit; any other change costs one, and is
// allowed only in long aliases, never in their first two consonants and never
// in the first word of a several-word name. Changes that would turn the name
// into another word are refused outright: a new first letter (other than a
// prosthetic alef), a consonant change at the end of any word of the name, or
// any vowel change at the very end, where Arabic and English put their
// endings (الأوكرانية, الكورية, Armenian, بوتينا).
//
// Runs for every pre-filter candidate, so it works on index ranges with
// reused rows instead of substrings and closures.

import { isVowel, letterClass } from './letter-classes';
import { fixedPrefixEnd } from './skeleton';

/** Costs in half-edits, so they stay integers. */
const CHEAP = 1;
const FULL = 2;
const REFUSED = 1 << 20;
const ALEF = 0x627;
const SPACE = 0x20;
/** Each word of a name may differ by at most one edit's worth. */
export const MAX_TOKEN_COST = 2;
/** Words shorter than this must be exact: one letter changes them (il / un, جو / اون). */
export const MIN_FUZZY_TOKEN = 3;
/** Only words at least this long may take a full edit. */
const MIN_FULL_EDIT_TOKEN = 4;
/** Only aliases at least this long (letters) may take a full edit. */
const MIN_FULL_EDIT_LETTERS = 9;

/** Largest total cost, in half-edits, for an alias of this many letters (spaces not counted). */
export function maxCost(letters: number): number {
  if (letters < 6) return 0;
  if (letters < 9) return 2; // one edit's worth of vowel-like changes
  if (letters < 12) return 3;
  return MAX_TOTAL_COST; // two edits
}

/** The most any alias allows, in half-edits. */
export const MAX_TOTAL_COST = 4;

/**
 * An alias as the cost reads it: pool[from, to) holds its normalised key
 * (the compiled matcher keeps every key in one pool), fixedEnd the pool index
 * before which no full edit is allowed.
 */
export interface AliasRef {
  pool: Uint16Array;
  from: number;
  to: number;
  letters: number;
  fixedEnd: number;
}

/** Letters of a key, spaces not counted. */
export function letterCount(key: string): number {
  let n = 0;
  for (let i = 0; i < key.length; i++) if (key.charCodeAt(i) !== SPACE) n++;
  return n;
}

/** An alias ref for a key on its own: for tests and one-off checks. */
export function aliasRef(key: string): AliasRef {
  const pool = new Uint16Array(key.length);
  for (let i = 0; i < key.length; i++) pool[i] = key.charCodeAt(i);
  return { pool, from: 0, to: key.length, letters: letterCount(key), fixedEnd: fixedPrefixEnd(key) };
}

// Two reused DP rows and, per letter of the window's word, its letter class
// and whether it is a vowel: read for every cell. Grown on demand.
let prevRow = new Int32Array(64);
let curRow = new Int32Array(64);
let wordClass = new Int32Array(64);
let wordVowel = new Uint8Array(64);

interface TokenRules {
  /** First word of the window: its first letter is protected. */
  first: boolean;
  /** Last word of the window: its last letter is protected. */
  last: boolean;
  /** Cost of a full edit here (FULL or REFUSED). */
  full: number;
  /** Alias positions (within the token) before this refuse full edits. */
  fixedUntil: number;
}

/** Reused by preparedCost, which runs for every candidate. */
const sharedRules: TokenRules = { first: false, last: false, full: REFUSED, fixedUntil: 0 };

/** The alias letter a[i] (token position i of n) is missing from the window. */
function deleteCost(a: Uint16Array, a0: number, n: number, i: number, r: TokenRules): number {
  const x = a[a0 + i] ?? 0;
  if (r.last && i >= n - 1) return REFUSED;
  if (r.first && i === 0) return x === ALEF ? CHEAP : REFUSED;
  if (isVowel(x) || (i > 0 && x === a[a0 + i - 1]) || (i < n - 1 && x === a[a0 + i + 1])) return CHEAP;
  return i >= n - 1 || i < r.fixedUntil ? REFUSED : r.full;
}

/** The window has letter y before the alias word's first letter (the other places are costed per row in tokenCost). */
function insertFirstCost(y: number, r: TokenRules): number {
  return y === ALEF ? CHEAP : r.first || r.fixedUntil > 0 ? REFUSED : r.full;
}

function sameRange(a: Uint16Array, a0: number, a1: number, w: string, w0: number, w1: number): boolean {
  if (a1 - a0 !== w1 - w0) return false;
  for (let k = 0; a0 + k < a1; k++) if (a[a0 + k] !== w.charCodeAt(w0 + k)) return false;
  return true;
}

/** Edit cost of alias word a[a0, a1) written as window word w[w0, w1). */
function tokenCost(a: Uint16Array, a0: number, a1: number, w: string, w0: number, w1: number, r: TokenRules): number {
  const n = a1 - a0;
  const m = w1 - w0;
  if (n < MIN_FUZZY_TOKEN || m < MIN_FUZZY_TOKEN) return sameRange(a, a0, a1, w, w0, w1) ? 0 : REFUSED;
  if (m + 1 > prevRow.length) {
    prevRow = new Int32Array(m * 2 + 2);
    curRow = new Int32Array(m * 2 + 2);
    wordClass = new Int32Array(m * 2 + 2);
    wordVowel = new Uint8Array(m * 2 + 2);
  }
  let prev = prevRow;
  let cur = curRow;
  prev[0] = 0;
  for (let j = 1; j <= m; j++) {
    const y = w.charCodeAt(w0 + j - 1);
    wordClass[j] = letterClass(y);
    wordVowel[j] = isVowel(y) ? 1 : 0;
    prev[j] = Math.min(REFUSED, (prev[j - 1] ?? 0) + insertFirstCost(y, r));
  }
  for (let i = 1; i <= n; i++) {
    // What writing alias letter x (position p) another way costs, and what
    // adding a letter before the next (position i) costs, hang on the row:
    // worked out once per row, read per cell.
    const p = i - 1;
    const x = a[a0 + p] ?? 0;
    const next = i < n ? (a[a0 + i] ?? 0) : -1;
    const del = deleteCost(a, a0, n, p, r);
    const xClass = letterClass(x);
    const xVowel = isVowel(x);
    const edge = (r.first && p === 0) || (r.last && p >= n - 1);
    // Vowel for vowel is cheap but at the protected edges; no full edit at the last letter of any word (الكورية is not كوريا).
    const vowelSwap = edge ? REFUSED : CHEAP;
    const otherSwap = edge || p >= n - 1 || p < r.fixedUntil ? REFUSED : r.full;
    // The end of a word is where endings go: only a vowel letter may be added there, and not at the very end.
    const vowelInsert = i >= n && r.last ? REFUSED : CHEAP;
    const otherInsert = i >= n || i < r.fixedUntil ? REFUSED : r.full;
    cur[0] = Math.min(REFUSED, (prev[0] ?? 0) + del);
    let rowMin = cur[0] ?? REFUSED;
    for (let j = 1; j <= m; j++) {
      const y = w.charCodeAt(w0 + j - 1);
      const yVowel = wordVowel[j] === 1;
      // The same letter, the same sound written another way, a vowel for a vowel, anything else.
      const change = x === y ? 0 : xClass === wordClass[j] ? CHEAP : xVowel && yVowel ? vowelSwap : otherSwap;
      const insert = yVowel ? vowelInsert : next >= 0 && (y === x || y === next) ? CHEAP : otherInsert;
      const best = Math.min((prev[j - 1] ?? 0) + change, (prev[j] ?? 0) + del, (cur[j - 1] ?? 0) + insert, REFUSED);
      cur[j] = best;
      if (best < rowMin) rowMin = best;
    }
    // Costs only grow down the table: stop as soon as every cell is over budget.
    if (rowMin > MAX_TOKEN_COST) return REFUSED;
    const swap = prev;
    prev = cur;
    cur = swap;
  }
  return prev[m] ?? REFUSED;
}

/**
 * The cost of reading window[from, to) (normalised, words separated by
 * single spaces) as the alias, in half-edits, or Infinity when it must not be
 * read so.
 */
export function preparedCost(alias: AliasRef, window: string, from = 0, to = window.length): number {
  const limit = maxCost(alias.letters);
  if (limit === 0) return Infinity;
  const { pool, from: start, to: end } = alias;
  let aliasWords = 1;
  for (let i = start; i < end; i++) if (pool[i] === SPACE) aliasWords++;
  let windowWords = 1;
  for (let i = from; i < to; i++) if (window.charCodeAt(i) === SPACE) windowWords++;
  // The index offers only aliases of as many words as the window; a name
  // written joined or split is read by exact matching (exact.ts).
  if (windowWords !== aliasWords) return Infinity;
  const fullAllowed = alias.letters >= MIN_FULL_EDIT_LETTERS;
  let total = 0;
  let w0 = from;
  let a0 = start;
  const rules = sharedRules;
  for (let k = 0; k < aliasWords; k++) {
    let w1 = w0;
    while (w1 < to && window.charCodeAt(w1) !== SPACE) w1++;
    let a1 = a0;
    while (a1 < end && pool[a1] !== SPACE) a1++;
    // The first word of a several-word name takes vowel-like changes only.
    const fullHere = fullAllowed && a1 - a0 >= MIN_FULL_EDIT_TOKEN && !(k === 0 && aliasWords > 1);
    rules.first = k === 0;
    rules.last = k === aliasWords - 1;
    rules.full = fullHere ? FULL : REFUSED;
    rules.fixedUntil = alias.fixedEnd - a0;
    total += tokenCost(pool, a0, a1, window, w0, w1, rules);
    if (total > limit) return Infinity;
    w0 = w1 + 1;
    a0 = a1 + 1;
  }
  return total;
}

/** preparedCost for a plain alias key: for tests and one-off checks. */
export function fuzzyCost(alias: string, window: string): number {
  return preparedCost(aliasRef(alias), window);
}
