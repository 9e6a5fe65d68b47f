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

  it('takes at most three fifths of the screen, rounded down', () => {
    // Room below: 843 - 144 - 8 = 691; three fifths of 843 is 505.8.
    expect(placeSheet({ left: 100, top: 120, width: 60, height: 24 }, 2000, { width: 390, height: 843 })).toEqual({
      top: 338,
      height: 505,
      side: 'bottom',
    });
  });

  it('fills the room on the roomier side when it fits on neither, the bottom when both are alike', () => {
    // Below 844 - 424 - 8 = 412, above 392: the bottom, as tall as the room there.
    expect(placeSheet({ left: 0, top: 400, width: 60, height: 24 }, 450, viewport)).toEqual({ top: 432, height: 412, side: 'bottom' });
    // Below 312, above 492: the top.
    expect(placeSheet({ left: 0, top: 500, width: 60, height: 24 }, 450, viewport)).toEqual({ top: 0, height: 450, side: 'top' });
    expect(placeSheet({ left: 0, top: 500, width: 60, height: 24 }, 312, viewport)).toEqual({ top: 532, height: 312, side: 'bottom' });
    // 402 either side.
    expect(placeSheet({ left: 0, top: 410, width: 60, height: 24 }, 450, viewport)).toEqual({ top: 442, height: 402, side: 'bottom' });
  });

  it('has no height, never a negative one, when the word fills the screen', () => {
    expect(placeSheet({ left: 0, top: 0, width: 60, height: 844 }, 300, viewport)).toEqual({ top: 844, height: 0, side: 'bottom' });
  });
});
