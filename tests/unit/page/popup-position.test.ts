import { describe, expect, it } from 'vitest';

import { firstLineOf, placeCard, rectOf } from '../../../lib/page/popup-position';

const viewport = { width: 1000, height: 800 };
const card = { width: 360, height: 300 };

describe('placeCard', () => {
  it('goes below the word without covering its line', () => {
    const anchor = { left: 400, top: 100, width: 60, height: 20 };
    const p = placeCard(anchor, card, viewport, 'ltr');
    expect(p.side).toBe('below');
    expect(p.top).toBeGreaterThanOrEqual(anchor.top + anchor.height);
    expect(p.left).toBe(400);
  });

  it('aligns to the word’s right edge in right-to-left text', () => {
    const anchor = { left: 600, top: 100, width: 60, height: 20 };
    const p = placeCard(anchor, card, viewport, 'rtl');
    expect(p.left + card.width).toBe(660);
  });

  it('flips above near the bottom edge', () => {
    const anchor = { left: 400, top: 700, width: 60, height: 20 };
    const p = placeCard(anchor, card, viewport, 'ltr');
    expect(p.side).toBe('above');
    expect(p.top + p.maxHeight).toBeLessThanOrEqual(anchor.top);
  });

  it('never leaves the viewport, even for a word at the very edge', () => {
    for (const anchor of [
      { left: -50, top: 5, width: 40, height: 20 },
      { left: 990, top: 790, width: 40, height: 20 },
      { left: 10, top: 400, width: 40, height: 20 },
    ]) {
      for (const dir of ['ltr', 'rtl'] as const) {
        const p = placeCard(anchor, { width: 360, height: 2000 }, viewport, dir);
        expect(p.left).toBeGreaterThanOrEqual(0);
        expect(p.left + 360).toBeLessThanOrEqual(viewport.width);
        expect(p.top).toBeGreaterThanOrEqual(0);
        expect(p.top + p.maxHeight).toBeLessThanOrEqual(viewport.height);
      }
    }
  });

  it('shrinks to a narrow viewport', () => {
    const p = placeCard({ left: 10, top: 10, width: 40, height: 20 }, card, { width: 300, height: 600 }, 'rtl');
    expect(p.left).toBe(8);
  });

  it('in a frame too short to read beside the word, takes the frame’s height and scrolls within it', () => {
    const frame = { width: 420, height: 110 };
    const p = placeCard({ left: 200, top: 40, width: 60, height: 22 }, { width: 380, height: 1380 }, frame, 'rtl');
    expect(p.top).toBe(8);
    expect(p.maxHeight).toBe(94);
    expect(p.left).toBeGreaterThanOrEqual(8);
    expect(p.left + 380).toBeLessThanOrEqual(412);
  });

  it('puts the card a gap below the word, as tall as it is', () => {
    expect(placeCard({ left: 400, top: 100, width: 60, height: 20 }, card, viewport, 'ltr')).toEqual({
      left: 400,
      top: 126,
      maxHeight: 300,
      side: 'below',
    });
  });

  it('puts the card a gap above the word when there is more room there', () => {
    expect(placeCard({ left: 400, top: 700, width: 60, height: 20 }, card, viewport, 'ltr')).toEqual({
      left: 400,
      top: 394,
      maxHeight: 300,
      side: 'above',
    });
  });

  it('stays below when the card just fits there, or when both sides have the same room', () => {
    // Room below: 800 - 480 - 6 - 8 = 306; above: 400 - 14 = 386.
    expect(placeCard({ left: 400, top: 400, width: 60, height: 80 }, { width: 360, height: 306 }, viewport, 'ltr').side).toBe('below');
    expect(placeCard({ left: 400, top: 400, width: 60, height: 80 }, { width: 360, height: 307 }, viewport, 'ltr').side).toBe('above');
    // 800 - 410 - 14 = 376 below, 390 - 14 = 376 above: a card too tall for either stays below.
    const even = placeCard({ left: 400, top: 390, width: 60, height: 20 }, { width: 360, height: 500 }, viewport, 'ltr');
    expect(even).toEqual({ left: 400, top: 416, maxHeight: 376, side: 'below' });
  });

  it('shrinks to the room beside the word down to the least one can read in, then covers the word', () => {
    // 160 below the word (294 - 120 - 14): still beside it.
    expect(placeCard({ left: 100, top: 100, width: 60, height: 20 }, card, { width: 1000, height: 294 }, 'ltr')).toEqual({
      left: 100,
      top: 126,
      maxHeight: 160,
      side: 'below',
    });
    // 159: too little; the card takes the frame's height less its margins.
    expect(placeCard({ left: 100, top: 100, width: 60, height: 20 }, card, { width: 1000, height: 293 }, 'ltr')).toEqual({
      left: 100,
      top: 8,
      maxHeight: 277,
      side: 'below',
    });
    // A card shorter than the least room is never cramped when it fits.
    expect(
      placeCard({ left: 100, top: 100, width: 60, height: 20 }, { width: 360, height: 100 }, { width: 1000, height: 254 }, 'ltr'),
    ).toEqual({
      left: 100,
      top: 126,
      maxHeight: 100,
      side: 'below',
    });
  });

  it('keeps a margin from every edge, and aligns right-to-left cards by the word’s right edge', () => {
    expect(placeCard({ left: 900, top: 100, width: 60, height: 20 }, card, viewport, 'ltr').left).toBe(632);
    expect(placeCard({ left: 2, top: 100, width: 60, height: 20 }, card, viewport, 'ltr').left).toBe(8);
    expect(placeCard({ left: 500, top: 100, width: 60, height: 20 }, card, viewport, 'rtl').left).toBe(200);
    expect(placeCard({ left: 100, top: 100, width: 60, height: 20 }, card, viewport, 'rtl').left).toBe(8);
    // Narrower than the card: as wide as the viewport less its margins, from the left margin.
    expect(placeCard({ left: 100, top: 100, width: 60, height: 20 }, card, { width: 200, height: 800 }, 'ltr').left).toBe(8);
    expect(placeCard({ left: 100, top: 100, width: 60, height: 20 }, card, { width: 10, height: 800 }, 'rtl').left).toBe(8);
    // A viewport shorter than its margins: the card sits at the top margin with no height.
    expect(placeCard({ left: 0, top: 0, width: 10, height: 5 }, card, { width: 400, height: 10 }, 'ltr')).toEqual({
      left: 8,
      top: 8,
      maxHeight: 0,
      side: 'below',
    });
  });
});

describe('rectOf and firstLineOf', () => {
  it('copies a box, and takes a range’s first line box, else its whole box', () => {
    // Boxes as a browser gives them, with more than the four numbers a card is placed by.
    const box = (left: number, top: number, width: number, height: number) =>
      ({ left, top, width, height, x: left, y: top, right: left + width, bottom: top + height }) as DOMRect;
    expect(rectOf(box(1, 2, 3, 4))).toEqual({ left: 1, top: 2, width: 3, height: 4 });
    const lines = [box(10, 20, 30, 40), box(0, 60, 5, 40)];
    const range = { getClientRects: () => lines, getBoundingClientRect: () => box(0, 20, 40, 80) } as unknown as Range;
    expect(firstLineOf(range)).toEqual({ left: 10, top: 20, width: 30, height: 40 });
    lines.length = 0;
    expect(firstLineOf(range)).toEqual({ left: 0, top: 20, width: 40, height: 80 });
  });
});
