import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { mergePlaces, placesNear, type Places } from '../../../lib/page/on-screen-marks';

describe('placesNear', () => {
  it('takes every element that reaches into the viewport, and none whose top lies below it', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ top: fc.integer({ min: 0, max: 20_000 }), height: fc.integer({ min: 1, max: 900 }) }), { maxLength: 200 }),
        fc.integer({ min: 0, max: 20_000 }),
        fc.integer({ min: 100, max: 1200 }),
        (boxes, top, height) => {
          const sorted = [...boxes].sort((a, b) => a.top - b.top);
          const tops = Float64Array.from(sorted, (b) => b.top);
          const tallest = Math.max(0, ...sorted.map((b) => b.height));
          const [from, to] = placesNear(tops, tallest, top, height);
          sorted.forEach((b, i) => {
            const reaches = b.top < top + height && b.top + b.height > top;
            if (reaches) expect(i >= from && i < to, `box ${i}`).toBe(true);
            if (b.top >= top + height) expect(i).toBeGreaterThanOrEqual(to);
          });
        },
      ),
    );
  });

  it('looks no further up than the tallest element and a screen', () => {
    const tops = Float64Array.from([0, 1000, 2000, 3000, 4000, 5000, 6000]);
    // Viewport 4000–4500, tallest 300: from tops ≥ 3200 to tops < 4500.
    expect(placesNear(tops, 300, 4000, 500)).toEqual([4, 5]);
    expect(placesNear(tops, 300, 0, 500)).toEqual([0, 1]);
    expect(placesNear(new Float64Array(0), 0, 100, 500)).toEqual([0, 0]);
  });
});

describe('mergePlaces', () => {
  it('keeps both sets in order of their tops, drops what is no longer kept, and keeps the older measuring time', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 5000 }), { maxLength: 50 }),
        fc.array(fc.integer({ min: 0, max: 5000 }), { maxLength: 50 }),
        (aTops, bTops) => {
          const place = (tops: number[], tag: string, at: number, tallest: number): Places => {
            const sorted = [...tops].sort((x, y) => x - y);
            return {
              els: sorted.map((_, i) => ({ id: `${tag}${i}` }) as unknown as Element),
              tops: Float64Array.from(sorted),
              tallest,
              at,
            };
          };
          const a = place(aTops, 'a', 1, 10);
          const b = place(bTops, 'b', 2, 30);
          const dropped = new Set(a.els.filter((_, i) => i % 3 === 0));
          const merged = mergePlaces(a, b, (el) => !dropped.has(el));
          expect(merged.els).toHaveLength(a.els.length + b.els.length - dropped.size);
          expect(merged.els.some((el) => dropped.has(el))).toBe(false);
          for (let i = 1; i < merged.tops.length; i++) expect(merged.tops[i]!).toBeGreaterThanOrEqual(merged.tops[i - 1]!);
          expect(merged.tallest).toBe(30);
          expect(merged.at).toBe(1);
        },
      ),
    );
  });
});
