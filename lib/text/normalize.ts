// Normalisation for matching: diacritics, invisible marks and letter variants
// removed or unified, with a map back to the original text so a match found in
// normalised text can be marked in the page.

import { FOLD_OTHER, foldCodePoint, foldUnit, SPACE } from './fold-char';

export interface Normalized {
  text: string;
  /**
   * For each normalised index i, the original index of the code point that
   * produced text[i]; toOriginal[text.length] is the original length. A
   * normalised span [a, b) is the original span [toOriginal[a], toOriginal[b]):
   * it starts on a whole code point and, because removed marks are never given
   * an index of their own, it runs up to the next kept character, so marks of
   * its last letter stay inside.
   */
  toOriginal: Int32Array;
}

const SPACE_CODE = 0x20;
const utf16 = new TextDecoder('utf-16le');

/** Output buffers that grow when folding lengthens the text (rare: ligatures, ß). */
class Output {
  codes: Uint16Array;
  map: Int32Array;
  n = 0;
  // Starts true so leading separators vanish entirely; a run of separators,
  // even with removed marks between them, becomes one space.
  lastWasSpace = true;

  constructor(capacity: number) {
    this.codes = new Uint16Array(capacity);
    this.map = new Int32Array(capacity + 1);
  }

  emit(code: number, at: number): void {
    if (code === SPACE_CODE) {
      if (this.lastWasSpace) return;
      this.lastWasSpace = true;
    } else {
      this.lastWasSpace = false;
    }
    if (this.n >= this.codes.length) this.grow();
    this.codes[this.n] = code;
    this.map[this.n] = at;
    this.n++;
  }

  emitAll(folded: string, at: number): void {
    for (let k = 0; k < folded.length; k++) this.emit(folded.charCodeAt(k), at);
  }

  private grow(): void {
    const codes = new Uint16Array(this.codes.length * 2);
    codes.set(this.codes);
    this.codes = codes;
    const map = new Int32Array(codes.length + 1);
    map.set(this.map);
    this.map = map;
  }
}

export function normalize(original: string): Normalized {
  const out = new Output(original.length + 16);
  for (let i = 0; i < original.length;) {
    const folded = foldUnit(original.charCodeAt(i));
    if (folded !== FOLD_OTHER) {
      out.emit(folded, i);
      i++;
    } else {
      const cp = original.codePointAt(i) ?? 0;
      out.emitAll(foldCodePoint(cp), i);
      i += cp >= 0x10000 ? 2 : 1;
    }
  }
  let n = out.n;
  // A trailing separator is dropped too, so the text never ends in a space;
  // map[n] then keeps that separator's index, so spans stop before it.
  if (n > 0 && out.lastWasSpace) n--;
  else out.map[n] = original.length;
  return { text: utf16.decode(out.codes.subarray(0, n)), toOriginal: out.map.subarray(0, n + 1) };
}

/**
 * The normalised form alone: what two spellings must share to be the same.
 * (The same folding as normalize, without the offset map, for the many short
 * strings a names index holds.)
 */
export function normalizeKey(s: string): string {
  let out = '';
  let lastWasSpace = true;
  for (const ch of s) {
    for (const c of foldCodePoint(ch.codePointAt(0) ?? 0)) {
      if (c === SPACE) {
        if (lastWasSpace) continue;
        lastWasSpace = true;
      } else {
        lastWasSpace = false;
      }
      out += c;
    }
  }
  return out.endsWith(SPACE) ? out.slice(0, -1) : out;
}

const INVISIBLE = /^\p{Cf}$/u;

/**
 * The original span of the normalised span [a, b): toOriginal gives it, less
 * any invisible format characters (bidi marks, joiners) or separators that sat
 * between the last letter and the next kept character. Marks of the last
 * letter, and tatweel, stay inside.
 */
export function originalSpan(norm: Normalized, original: string, a: number, b: number): [number, number] {
  const start = norm.toOriginal[a] ?? original.length;
  let end = norm.toOriginal[b] ?? original.length;
  while (end > start) {
    // The code point that ends at `end`: both halves when a surrogate pair ends there.
    const width = (original.codePointAt(end - 2) ?? 0) > 0xffff ? 2 : 1;
    const cp = original.codePointAt(end - width) ?? 0;
    if (!INVISIBLE.test(String.fromCodePoint(cp)) && foldCodePoint(cp) !== SPACE) break;
    end -= width;
  }
  return [start, end];
}
