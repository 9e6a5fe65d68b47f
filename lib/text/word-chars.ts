// Which UTF-16 code units of normalised text belong to words. Letters and
// digits do; surrogate halves count as letters, since normalised text has no
// marks left to split and an astral character is far likelier a letter or an
// emoji glued to a word than a separator.

const WORD = /^[\p{L}\p{N}]$/u;

// 0 = not yet known, 1 = word, 2 = not word.
const cache = new Uint8Array(0x10000);

export function isWordCode(code: number): boolean {
  // Out of range (NaN past the end of a string): undefined, so not a word.
  let hit = cache[code];
  if (hit === 0) {
    hit = (code >= 0xd800 && code <= 0xdfff) || WORD.test(String.fromCharCode(code)) ? 1 : 2;
    cache[code] = hit;
  }
  return hit === 1;
}

/** The index just past the word character run that starts at i. */
export function wordEnd(text: string, i: number): number {
  let j = i;
  while (isWordCode(text.charCodeAt(j))) j++;
  return j;
}

/** True when position i is at a word boundary on its right side: text[i] is not a word character. */
export function isBoundaryAt(text: string, i: number): boolean {
  return !isWordCode(text.charCodeAt(i));
}
