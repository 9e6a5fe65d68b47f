// The records of the fuzzy index: what an alias must share with a window
// beyond its key, checked before any skeleton lookup. Each field is a
// necessary condition of the lookups, so each is tested at its edge.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { maxCost } from '../../../lib/detect/fuzzy-cost';
import { aliasRecord, recordFits, symbolsFit, tagOf } from '../../../lib/detect/fuzzy-records';

describe('tags', () => {
  it('keep 0 as 0 and give every other value a tag from 1 to 255', () => {
    expect(tagOf(0)).toBe(0);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 0x10010 }), (v) => {
        const t = tagOf(v);
        expect(t).toBeGreaterThanOrEqual(1);
        expect(t).toBeLessThanOrEqual(255);
      }),
    );
  });

  it('tell most letters apart', () => {
    const arabic = Array.from({ length: 0x64a - 0x621 + 1 }, (_, i) => 0x621 + i);
    expect(new Set(arabic.map(tagOf)).size).toBeGreaterThan(arabic.length - 4);
  });
});

/** The skeleton with symbol j left out. */
const without = (s: readonly number[], j: number): number[] => [...s.slice(0, j), ...s.slice(j + 1)];
/** Symbols at places p and p + 1 as tags, 0 past the end. */
const at = (s: readonly number[], p: number): [number, number] => [tagOf(s[p] ?? 0), tagOf(s[p + 1] ?? 0)];

const symbol = fc.integer({ min: 0x621, max: 0x64a });
const skeleton = fc.array(symbol, { minLength: 2, maxLength: 9 });

describe('the consonants at the first place a change may touch', () => {
  it('fit when the skeletons are the same, for a short alias and a long one', () => {
    fc.assert(
      fc.property(skeleton, fc.integer({ min: 2, max: 4 }), (s, p) => {
        expect(symbolsFit(...at(s, p), ...at(s, p), false)).toBe(true);
        expect(symbolsFit(...at(s, p), ...at(s, p), true)).toBe(true);
      }),
    );
  });

  it('fit a long alias whenever the skeletons are one deletion apart on either side, from place p on', () => {
    // As the index finds them: the window is the alias without one symbol,
    // the alias is the window without one, or both lose one (a change).
    fc.assert(
      fc.property(skeleton, skeleton, fc.integer({ min: 2, max: 4 }), fc.nat(), fc.nat(), symbol, (a, w, p, i, j, other) => {
        const ja = p + (i % Math.max(1, a.length - p));
        const jw = p + (j % Math.max(1, w.length - p));
        if (ja < a.length) expect(symbolsFit(...at(without(a, ja), p), ...at(a, p), true)).toBe(true);
        if (jw < w.length) expect(symbolsFit(...at(w, p), ...at(without(w, jw), p), true)).toBe(true);
        if (ja < a.length) {
          // One symbol changed at ja.
          const changed = a.map((x, k) => (k === ja ? other : x));
          expect(symbolsFit(...at(changed, p), ...at(a, p), true)).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('refuse a short alias whose skeleton differs there, and a long one that shares neither symbol', () => {
    const [b, t, s, k] = [0x628, 0x62a, 0x633, 0x643].map(tagOf) as [number, number, number, number];
    expect(symbolsFit(b, t, b, s, false)).toBe(false);
    expect(symbolsFit(t, b, b, t, false)).toBe(false);
    expect(symbolsFit(t, b, b, t, true)).toBe(true);
    expect(symbolsFit(s, k, b, t, true)).toBe(false);
    // Past the end of both skeletons counts as the same.
    expect(symbolsFit(b, 0, b, 0, false)).toBe(true);
  });
});

describe('records', () => {
  const fits = (letters: number, own: number, initial = 0, windowInitial = 7): boolean =>
    recordFits(aliasRecord(own, initial, 3, 4, false), letters, windowInitial, 3, 4);

  it('fit a window whose letters are within the alias cost, to the letter', () => {
    for (const own of [6, 8, 9, 11, 12, 20, 126]) {
      const slack = maxCost(own);
      expect(fits(own - slack, own), `${own} - ${slack}`).toBe(true);
      expect(fits(own + slack, own), `${own} + ${slack}`).toBe(true);
      expect(fits(own - slack - 1, own), `${own} - ${slack + 1}`).toBe(false);
      expect(fits(own + slack + 1, own), `${own} + ${slack + 1}`).toBe(false);
    }
  });

  it('fit any letter count for an alias too long to keep its count', () => {
    expect(fits(3, 200)).toBe(true);
    expect(fits(500, 127)).toBe(true);
  });

  it("fit a window whose first letter is the alias's, or any for an alias that may lose its first alef", () => {
    expect(fits(10, 10, 7, 7)).toBe(true);
    expect(fits(10, 10, 7, 8)).toBe(false);
    expect(fits(10, 10, 0, 8)).toBe(true);
    // A window with no first letter (all alef) fits only an alias that takes any.
    expect(fits(10, 10, 7, 0)).toBe(false);
  });

  it('keep every field apart', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 127 }),
        fc.integer({ min: 0, max: 255 }),
        fc.integer({ min: 0, max: 255 }),
        fc.integer({ min: 0, max: 255 }),
        fc.boolean(),
        (letters, initial, a, b, long) => {
          const record = aliasRecord(letters, initial, a, b, long);
          expect(recordFits(record, letters, initial, a, b)).toBe(true);
          if (!long) expect(recordFits(record, letters, initial, a, (b + 1) % 256)).toBe(false);
          if (initial !== 0) expect(recordFits(record, letters, (initial % 255) + 1, a, b)).toBe(false);
        },
      ),
    );
  });
});
