// What an alias must share with a window of words to be read as it, beyond
// the key it is filed under, packed into one 32-bit record per alias and
// checked before any skeleton lookup of the fuzzy index (fuzzy-index.ts):
// the window's letter count within the alias's cost, its first letter, and
// the consonants at the first skeleton place a change may touch. Each is a
// necessary condition of the index's own lookups, so a record refuses only
// windows the lookups would find nothing in. Letters and symbols are kept as
// 8-bit tags: two may share a tag, which only lets more through.
//
// The consonants: a window's skeleton w and an alias's a are the same, or
// (long aliases) one consonant apart on either side, never before place
// p = firstChangeable (skeleton.ts). So both agree before p, and at p either
// side's symbol is the other's at p or p + 1 (a consonant deleted at p moves
// the next one there): one of w[p], w[p + 1] is one of a[p], a[p + 1]
// (reading 0 past a skeleton's end). A short alias must have the window's
// skeleton: w[p] = a[p] and w[p + 1] = a[p + 1].

import { maxCost } from './fuzzy-cost';

/** Letter counts from this on are kept as this, which every window's count fits. */
const COUNT_ANY = 127;
const LONG = 1 << 31;

/** A letter class or skeleton symbol as an 8-bit tag, 1 to 255; 0 stays 0 (none, or any for an initial). */
export function tagOf(value: number): number {
  return value === 0 ? 0 : 1 + (((Math.imul(value, 0x9e3779b1) >>> 24) * 255) >>> 8);
}

/** The window's symbols x, y at place p against an alias's a, b (tags), as the header says. */
export function symbolsFit(x: number, y: number, a: number, b: number, long: boolean): boolean {
  return long ? x === a || x === b || y === a || y === b : x === a && y === b;
}

/**
 * An alias's record: its letters (spaces not counted), the tags of its
 * initial (initialOf, 0 for any) and of its skeleton's symbols at places p
 * and p + 1, and whether it is long (one consonant may differ).
 */
export function aliasRecord(letters: number, initial: number, a: number, b: number, long: boolean): number {
  return Math.min(letters, COUNT_ANY) | (initial << 7) | (a << 15) | (b << 23) | (long ? LONG : 0);
}

/**
 * Whether a window of `letters` letters whose first letter's class has tag
 * `initial` passes a record's letters and initial: its letters within the
 * alias's cost (each added or dropped costs half an edit), its first letter
 * the alias's unless that is any. Needs no skeleton.
 */
export function recordMayFit(record: number, letters: number, initial: number): boolean {
  const own = record & 0x7f;
  const first = (record >>> 7) & 0xff;
  return (first === 0 || first === initial) && (own === COUNT_ANY || Math.abs(own - letters) <= maxCost(own));
}

/** Whether the record's alias is long (one consonant may differ). */
export function recordIsLong(record: number): boolean {
  return (record & LONG) !== 0;
}

/** recordMayFit, and the window's symbols' tags at places p and p + 1 fit the record's as the header says. */
export function recordFits(record: number, letters: number, initial: number, x: number, y: number): boolean {
  return recordMayFit(record, letters, initial) && symbolsFit(x, y, (record >>> 15) & 0xff, (record >>> 23) & 0xff, (record & LONG) !== 0);
}
