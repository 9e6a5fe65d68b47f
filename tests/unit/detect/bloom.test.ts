import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { mulberry32 } from '../../../bench/synthetic-names';
import { bloomFits, bloomHas, buildBloom } from '../../../lib/detect/bloom';

const int32 = fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 });

describe('bloom filter', () => {
  it('holds every key it was built from', () => {
    fc.assert(
      fc.property(fc.array(int32, { maxLength: 3000 }), (keys) => {
        const filter = buildBloom(keys);
        expect(bloomFits(filter)).toBe(true);
        for (const key of keys) expect(bloomHas(filter, key)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('refuses most keys it does not hold', () => {
    const random = mulberry32(11);
    const key = (): number => Math.floor(random() * 2 ** 32) | 0;
    const held = Array.from({ length: 20_000 }, key);
    const filter = buildBloom(held);
    const heldSet = new Set(held);
    let asked = 0;
    let passed = 0;
    while (asked < 100_000) {
      const k = key();
      if (heldSet.has(k)) continue;
      asked++;
      if (bloomHas(filter, k)) passed++;
    }
    // Eight bits a key, two bits in one word: about one in twenty.
    expect(passed / asked).toBeLessThan(0.1);
    expect(passed).toBeGreaterThan(0);
  });

  it('an empty filter refuses everything and still has a word', () => {
    const filter = buildBloom([]);
    expect(bloomFits(filter)).toBe(true);
    for (const k of [0, 1, -1, 12345]) expect(bloomHas(filter, k)).toBe(false);
  });

  it('only powers of two words fit', () => {
    expect(bloomFits(new Int32Array(0))).toBe(false);
    expect(bloomFits(new Int32Array(3))).toBe(false);
    expect(bloomFits(new Int32Array(4))).toBe(true);
  });
});
