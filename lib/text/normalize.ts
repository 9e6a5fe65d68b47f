// Normalisation for matching: diacritics, invisible marks and letter variants
// removed or unified, with a map back to the original text so a match found in
// normalised text can be marked in the page.

import { foldCodePoint, SPACE } from './fold-char';

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

const CHUNK = 8192;

function codesToString(codes: Uint16Array, length: number): string {
  let out = '';
  for (let i = 0; i < length; i += CHUNK) {
    out += String.fromCharCode(...codes.subarray(i, Math.min(length, i + CHUNK)));
  }
  return out;
}

export function normalize(original: string): Normalized {
  let codes = new Uint16Array(original.length + 16);
  let map = new Int32Array(original.length + 17);
  let n = 0;
  // Starts true so leading separators vanish entirely; a run of separators,
  // even with removed marks between them, becomes one space.
  let lastWasSpace = true;

  const push = (code: number, at: number): void => {
    if (n + 1 >= codes.length) {
      const bigger = new Uint16Array(codes.length * 2 + 16);
      bigger.set(codes);
      codes = bigger;
      const biggerMap = new Int32Array(bigger.length + 1);
      biggerMap.set(map);
      map = biggerMap;
    }
    codes[n] = code;
    map[n] = at;
    n++;
  };

  for (let i = 0; i < original.length; ) {
    const cp = original.codePointAt(i) ?? 0;
    const width = cp > 0xffff ? 2 : 1;
    const folded = foldCodePoint(cp);
    for (let k = 0; k < folded.length; k++) {
      const code = folded.charCodeAt(k);
      if (folded[k] === SPACE) {
        if (lastWasSpace) continue;
        lastWasSpace = true;
      } else {
        lastWasSpace = false;
      }
      push(code, i);
    }
    i += width;
  }
  // A trailing separator is dropped too, so the text never ends in a space;
  // map[n] then keeps that separator's index, so spans stop before it.
  if (n > 0 && lastWasSpace && codes[n - 1] === 0x20) n--;
  else map[n] = original.length;
  return { text: codesToString(codes, n), toOriginal: map.slice(0, n + 1) };
}

/** The normalised form alone: what two spellings must share to be the same. */
export function normalizeKey(s: string): string {
  return normalize(s).text;
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
    const low = original.charCodeAt(end - 1);
    const isPair = low >= 0xdc00 && low <= 0xdfff && end - 2 >= start && isHighSurrogate(original.charCodeAt(end - 2));
    const width = isPair ? 2 : 1;
    const cp = original.codePointAt(end - width) ?? 0;
    if (!INVISIBLE.test(String.fromCodePoint(cp)) && foldCodePoint(cp) !== SPACE) break;
    end -= width;
  }
  return [start, end];
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
