// How far a written window is from an alias, counted the way transliterations
// differ: a vowel letter added, dropped or swapped, a doubled letter, or a
// same-sound consonant costs half an edit; any other change costs one, and is
// allowed only in long aliases. Changes that would turn the name into another
// word are refused outright: a new first letter of the name (other than a
// prosthetic alef), or any vowel change at the very end, where Arabic and
// English put their endings (الأوكرانية, Armenian, بوتينا).

import { isVowel, sameSound } from './letter-classes';

/** Costs in half-edits, so they stay integers. */
const CHEAP = 1;
const FULL = 2;
const REFUSED = 1 << 20;
const ALEF = 'ا'.charCodeAt(0);

export interface CostRules {
  /** Whether a full edit is allowed at all in this alias. */
  fullAllowed: boolean;
}

interface TokenPlace {
  /** The first token of the window: its first letter is protected. */
  first: boolean;
  /** The last token of the window: its last letter is protected. */
  last: boolean;
}

function tokenCost(a: string, w: string, place: TokenPlace, rules: CostRules): number {
  // Very short tokens (il / un, جو / اون) must be exact: one letter changes them.
  if (a.length < 3 || w.length < 3) return a === w ? 0 : REFUSED;
  const full = rules.fullAllowed && a.length >= 4 ? FULL : REFUSED;
  const n = a.length;
  const m = w.length;
  const atStart = (i: number): boolean => place.first && i === 0;
  const atEnd = (i: number): boolean => place.last && i >= n - 1;
  let prev = new Int32Array(m + 1);
  let cur = new Int32Array(m + 1);
  // Row 0: window letters before the alias's first letter.
  prev[0] = 0;
  for (let j = 1; j <= m; j++) prev[j] = (prev[j - 1] ?? REFUSED) + insertCost(w.charCodeAt(j - 1), 0);
  for (let i = 1; i <= n; i++) {
    const ai = a.charCodeAt(i - 1);
    cur[0] = (prev[0] ?? REFUSED) + deleteCost(i - 1);
    for (let j = 1; j <= m; j++) {
      const wj = w.charCodeAt(j - 1);
      const sub = (prev[j - 1] ?? REFUSED) + substituteCost(ai, wj, i - 1);
      const del = (prev[j] ?? REFUSED) + deleteCost(i - 1);
      const ins = (cur[j - 1] ?? REFUSED) + insertCost(wj, i);
      cur[j] = Math.min(sub, del, ins, REFUSED);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[m] ?? REFUSED;

  function substituteCost(x: number, y: number, i: number): number {
    if (x === y) return 0;
    if (sameSound(x, y)) return CHEAP;
    if (isVowel(x) && isVowel(y)) return atStart(i) || atEnd(i) ? REFUSED : CHEAP;
    return atStart(i) || atEnd(i) ? REFUSED : full;
  }
  // The alias letter a[i] is missing from the window.
  function deleteCost(i: number): number {
    const x = a.charCodeAt(i);
    if (atEnd(i)) return REFUSED;
    if (atStart(i)) return x === ALEF ? CHEAP : REFUSED;
    if (isVowel(x) || x === a.charCodeAt(i - 1) || x === a.charCodeAt(i + 1)) return CHEAP;
    return full;
  }
  // The window has letter y where the alias has none, before a[i].
  function insertCost(y: number, i: number): number {
    if (i >= n) return place.last ? REFUSED : isVowel(y) ? CHEAP : full;
    if (i === 0) return y === ALEF ? CHEAP : place.first ? REFUSED : full;
    if (isVowel(y) || y === a.charCodeAt(i - 1) || y === a.charCodeAt(i)) return CHEAP;
    return full;
  }
}

/** Largest total cost, in half-edits, for an alias of this many letters (spaces not counted). */
export function maxCost(letters: number): number {
  if (letters < 6) return 0;
  if (letters < 9) return 2; // one edit's worth of vowel-like changes
  if (letters < 12) return 3;
  return 4; // two edits
}

/** Each token may differ by at most one edit's worth. */
const MAX_TOKEN_COST = 2;

/**
 * The cost of reading window (normalised, tokens separated by single spaces)
 * as alias, in half-edits, or Infinity when it must not be read so.
 */
export function fuzzyCost(alias: string, window: string): number {
  const letters = alias.replace(/ /g, '').length;
  const limit = maxCost(letters);
  if (limit === 0) return Infinity;
  const rules: CostRules = { fullAllowed: letters >= 9 };
  const at = alias.split(' ');
  const wt = window.split(' ');
  let total = 0;
  if (at.length === wt.length) {
    for (let k = 0; k < at.length; k++) {
      const c = tokenCost(at[k] ?? '', wt[k] ?? '', { first: k === 0, last: k === at.length - 1 }, rules);
      if (c > MAX_TOKEN_COST) return Infinity;
      total += c;
    }
  } else {
    // Joined or split differently: compare as one word, the strict way.
    total = tokenCost(at.join(''), wt.join(''), { first: true, last: true }, { fullAllowed: false });
  }
  return total <= limit ? total : Infinity;
}
