// The original span of a name ends at its last letter even where the
// characters after it are outside the Basic Multilingual Plane: an astral
// format character (a tag, a musical beam mark) is trimmed whole, both of its
// UTF-16 halves, and a lone surrogate half is a character of its own, kept.
import { describe, expect, it } from 'vitest';

import { normalize, originalSpan } from '../../../lib/text/normalize';

/** The original span of the normalised text's first `length` characters. */
function spanOfFirst(original: string, length: number): [number, number] {
  return originalSpan(normalize(original), original, 0, length);
}

describe('originalSpan beyond the Basic Multilingual Plane', () => {
  it('trims astral format characters after the last letter, both halves of each', () => {
    for (const invisible of ['\u{E0001}', '\u{E0041}', '\u{1D173}']) {
      const original = `Kursk${invisible}${invisible} today`;
      expect(normalize(original).text.startsWith('kursk today')).toBe(true);
      expect(spanOfFirst(original, 'kursk'.length), `after U+${invisible.codePointAt(0)!.toString(16)}`).toEqual([0, 5]);
    }
  });

  it('trims an astral format character that follows a BMP one, and the other way round', () => {
    expect(spanOfFirst('كورسك\u200E\u{E0001} اليوم', 'كورسك'.length)).toEqual([0, 5]);
    expect(spanOfFirst('كورسك\u{E0001}\u200F اليوم', 'كورسك'.length)).toEqual([0, 5]);
  });

  it('keeps an astral letter that ends the span', () => {
    const original = 'x𝐀\u{E0001} y';
    expect(spanOfFirst(original, normalize('x𝐀').text.length)).toEqual([0, 3]);
  });

  it('keeps a lone low surrogate after a format character: it is not the second half of that character', () => {
    const original = 'kursk\u200E\uDC00 y';
    const norm = normalize(original);
    // The lone half is read as U+FFFD, a character of the text: the span through it ends after it.
    const through = norm.text.indexOf(' ');
    expect(originalSpan(norm, original, 0, through)).toEqual([0, 7]);
  });

  it('keeps a lone high surrogate before an astral format character', () => {
    const original = 'ab\uD800\u{E0001} c';
    const norm = normalize(original);
    expect(originalSpan(norm, original, 0, norm.text.indexOf(' '))).toEqual([0, 3]);
  });
});
