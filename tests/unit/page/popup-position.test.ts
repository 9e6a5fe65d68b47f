import { describe, expect, it } from 'vitest';

import { placeCard } from '../../../lib/page/popup-position';

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
});
