import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { placeSheet } from '../../../lib/page/touch-sheet';

const viewport = { width: 390, height: 844 };

describe('placeSheet', () => {
  it('sits at the bottom under a word high on the screen', () => {
    expect(placeSheet({ left: 100, top: 120, width: 60, height: 24 }, 400, viewport)).toEqual({ top: 444, height: 400, side: 'bottom' });
  });

  it('moves to the top over a word low on the screen', () => {
    const place = placeSheet({ left: 100, top: 700, width: 60, height: 24 }, 400, viewport);
    expect(place.side).toBe('top');
    expect(place.top + place.height).toBeLessThanOrEqual(700);
  });

  it('never covers the word and never leaves the screen', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 820 }),
        fc.integer({ min: 10, max: 60 }),
        fc.integer({ min: 50, max: 3000 }),
        (top, h, natural) => {
          const anchor = { left: 10, top, width: 50, height: Math.min(h, 844 - top) };
          const place = placeSheet(anchor, natural, viewport);
          const bottom = place.top + place.height;
          expect(place.top).toBeGreaterThanOrEqual(0);
          expect(bottom).toBeLessThanOrEqual(844);
          expect(place.height).toBeLessThanOrEqual(Math.min(natural, 844 * 0.6));
          expect(bottom <= anchor.top || place.top >= anchor.top + anchor.height).toBe(true);
        },
      ),
    );
  });
});
