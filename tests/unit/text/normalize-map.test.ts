// The offset map of normalize at every length (its buffers grow as folding
// lengthens the text), at the edges of the Basic Multilingual Plane, and for
// text with nothing left to keep; and the properties every input must keep:
// normalize and normalizeKey agree, and the map points at whole code points.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { foldCodePoint } from '../../../lib/text/fold-char';
import { normalize, normalizeKey, originalSpan } from '../../../lib/text/normalize';
import { isBoundaryAt, wordEnd } from '../../../lib/text/word-chars';

/** ﷺ (one code unit) spelt out: eighteen characters, ى folded to ي. */
const SALLA = 'صلي الله عليه وسلم';

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

describe('normalize at every length', () => {
  it('spells out ﷺ and ß', () => {
    expect(normalize('ﷺ').text).toBe(SALLA);
    expect(normalize('ß').text).toBe('ss');
  });

  it('maps every character and the end, however much folding lengthens the text', () => {
    for (let salla = 0; salla <= 4; salla++) {
      for (let sharp = 0; sharp <= 48; sharp++) {
        for (let plain = 0; plain <= 2; plain++) {
          const original = 'ß'.repeat(sharp) + 'ﷺ'.repeat(salla) + 'a'.repeat(plain);
          const { text, toOriginal } = normalize(original);
          expect(text).toBe('ss'.repeat(sharp) + SALLA.repeat(salla) + 'a'.repeat(plain));
          expect(toOriginal.length).toBe(text.length + 1);
          expect(toOriginal[text.length]).toBe(original.length);
          // Both letters of a spelt-out ß point at it, the last of ﷺ's at the ﷺ.
          if (sharp > 0) expect(toOriginal[2 * sharp - 1]).toBe(sharp - 1);
          if (salla > 0) expect(toOriginal[2 * sharp + SALLA.length * salla - 1]).toBe(sharp + salla - 1);
        }
      }
    }
  });

  it('leaves nothing of empty text or text of separators and marks alone, and maps its end', () => {
    expect(normalize('').text).toBe('');
    expect([...normalize('').toOriginal]).toEqual([0]);
    const blank = ' \t\u200F- \u064E ';
    expect(normalize(blank).text).toBe('');
    expect([...normalize(blank).toOriginal]).toEqual([blank.length]);
    expect(normalizeKey(blank)).toBe('');
  });
});

describe('normalize at the edges of the Basic Multilingual Plane', () => {
  it('reads the first and the last astral code points whole', () => {
    // U+10000 (Linear B) has high half D800; U+10FFFD (private use) has DBFF.
    for (const astral of ['\u{10000}', '\u{10FFFD}']) {
      const { text, toOriginal } = normalize(`${astral}b`);
      expect(text).toBe(`${astral}b`);
      expect([...toOriginal]).toEqual([0, 0, 2, 3]);
    }
  });

  it('reads each lone surrogate half, high or low, as one replacement character, in normalize and normalizeKey alike', () => {
    for (const half of ['\uD800', '\uDBFF', '\uDC00', '\uDFFF']) {
      expect(normalize(`a${half}`).text).toBe('a\uFFFD');
      expect(normalizeKey(`a${half}`)).toBe('a\uFFFD');
      expect(foldCodePoint(half.charCodeAt(0))).toBe('\uFFFD');
    }
    expect(normalize('\uDBFF\uDBFF\uDC00').text).toBe('\uFFFD\u{10FC00}');
  });

  it('keeps the last BMP character whole before an invisible mark', () => {
    // U+FFFF is one unit wide: the bidi mark after it is left out of the span, and only that.
    const original = 'a\uFFFF\u200E b';
    const norm = normalize(original);
    expect(norm.text).toBe('a\uFFFF b');
    expect(originalSpan(norm, original, 0, 2)).toEqual([0, 2]);
  });
});

describe('originalSpan', () => {
  it('leaves separators out of a span that ends in a space', () => {
    const original = 'Kursk  \t today';
    const norm = normalize(original);
    expect(norm.text).toBe('kursk today');
    expect(originalSpan(norm, original, 0, 'kursk '.length)).toEqual([0, 5]);
  });

  it('keeps an empty span empty, where it is', () => {
    const original = 'a b';
    const norm = normalize(original);
    expect(originalSpan(norm, original, 2, 2)).toEqual([2, 2]);
    expect(originalSpan(norm, original, 1, 1)).toEqual([1, 1]);
  });
});

// Any text: letters and marks of several scripts, separators, astral
// characters and lone surrogate halves among arbitrary code units.
const PIECES = [
  'a',
  'B',
  'ß',
  'ﷺ',
  ' ',
  '\t',
  '-',
  'أ',
  'ك',
  '\u064E',
  '\u0640',
  '\u200E',
  '😀',
  '𝐀',
  '\u{E0001}',
  '\uD800',
  '\uDFFF',
  '١',
];
const anyText = fc
  .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: 'binary', maxLength: 3 })), { maxLength: 30 })
  .map((parts) => parts.join(''));

describe('normalize for any text', () => {
  it('agrees with normalizeKey and maps each character to the start of a whole code point', () => {
    fc.assert(
      fc.property(anyText, (original) => {
        const { text, toOriginal } = normalize(original);
        expect(normalizeKey(original)).toBe(text);
        expect(text.startsWith(' ') || text.endsWith(' ') || text.includes('  ')).toBe(false);
        expect(toOriginal.length).toBe(text.length + 1);
        for (let i = 0; i < text.length; i++) {
          const at = toOriginal[i]!;
          expect(at).toBeLessThan(original.length);
          expect(toOriginal[i + 1]!).toBeGreaterThanOrEqual(at);
          // Never the second half of a pair.
          expect(isLowSurrogate(original.charCodeAt(at)) && original.codePointAt(at - 1)! > 0xffff).toBe(false);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('maps the whole normalised text to an original span that normalises to it again', () => {
    fc.assert(
      fc.property(anyText, (original) => {
        const norm = normalize(original);
        const [start, end] = originalSpan(norm, original, 0, norm.text.length);
        expect(start).toBeLessThanOrEqual(end);
        expect(normalize(original.slice(start, end)).text).toBe(norm.text);
      }),
      { numRuns: 300 },
    );
  });
});

describe('word runs at the end of the text', () => {
  it('end at the end of the text, which is a boundary', () => {
    expect(wordEnd('باكو', 0)).toBe(4);
    expect(wordEnd('باكو يريفان', 5)).toBe(11);
    expect(wordEnd('a b', 1)).toBe(1);
    expect(isBoundaryAt('باكو', 4)).toBe(true);
    expect(isBoundaryAt('باكو', 3)).toBe(false);
    expect(isBoundaryAt('باكو يريفان', 4)).toBe(true);
  });
});
