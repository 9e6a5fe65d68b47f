// The geometry and colours of marks painted as boxes above the page: clipping,
// placing in the layer, when nothing needs writing, where to hit-test, and
// colours that blend to what a highlight paints under the letters.
import { describe, expect, it } from 'vitest';

import { blendedColour, blendFor, clipBox, inLayer, probePoints, sameBoxes } from '../../../lib/page/overlay-geometry';

const box = (left: number, top: number, width: number, height: number) => ({ left, top, width, height });

describe('clipBox', () => {
  it('keeps a box no clip cuts', () => {
    expect(clipBox(box(10, 20, 30, 40), [])).toEqual(box(10, 20, 30, 40));
    expect(clipBox(box(10, 20, 30, 40), [box(0, 0, 100, 100)])).toEqual(box(10, 20, 30, 40));
  });

  it('cuts a box to every clip (a scrolling box inside another)', () => {
    // Sticks out of the first clip at the right and of the second at the top.
    expect(clipBox(box(10, 20, 30, 40), [box(0, 0, 25, 100), box(0, 30, 100, 100)])).toEqual(box(10, 30, 15, 30));
  });

  it('leaves nothing of a box outside a clip, or cut to a sliver', () => {
    expect(clipBox(box(10, 20, 30, 40), [box(100, 0, 50, 50)])).toBeNull();
    expect(clipBox(box(10, 20, 30, 40), [box(0, 59.8, 100, 100)])).toBeNull();
    expect(clipBox(box(10, 20, 0, 40), [])).toBeNull();
  });
});

describe('inLayer', () => {
  it('places a viewport box relative to the layer origin', () => {
    expect(inLayer(box(100, 50, 30, 20), { x: -8, y: -400 })).toEqual(box(108, 450, 30, 20));
  });
});

describe('sameBoxes', () => {
  it('treats boxes equal to a hundredth of a pixel as unmoved', () => {
    expect(sameBoxes([box(1, 2, 3, 4)], [box(1.005, 2, 3, 4)])).toBe(true);
    expect(sameBoxes([], [])).toBe(true);
  });

  it('tells a moved, resized, added or removed box', () => {
    expect(sameBoxes([box(1, 2, 3, 4)], [box(1, 2.5, 3, 4)])).toBe(false);
    expect(sameBoxes([box(1, 2, 3, 4)], [box(1, 2, 3, 5)])).toBe(false);
    expect(sameBoxes([box(1, 2, 3, 4)], [box(1, 2, 3, 4), box(1, 9, 3, 4)])).toBe(false);
    expect(sameBoxes([box(1, 2, 3, 4)], [])).toBe(false);
  });
});

describe('probePoints', () => {
  it('asks at the middle and near both ends, halfway down', () => {
    expect(probePoints(box(100, 200, 60, 20), 1000, 800)).toEqual([
      { x: 130, y: 210 },
      { x: 102, y: 210 },
      { x: 158, y: 210 },
    ]);
  });

  it('asks only within the viewport for a box across its edge', () => {
    // Half above the viewport (under where a sticky header would be), and past its right edge.
    const points = probePoints(box(980, -10, 60, 20), 1000, 800);
    expect(points).toEqual([
      { x: 990, y: 5 },
      { x: 982, y: 5 },
      { x: 998, y: 5 },
    ]);
  });

  it('asks nothing of a box outside the viewport', () => {
    expect(probePoints(box(10, 900, 60, 20), 1000, 800)).toEqual([]);
    expect(probePoints(box(-100, 10, 60, 20), 1000, 800)).toEqual([]);
  });

  it('keeps the ends inside a narrow box', () => {
    const points = probePoints(box(10, 10, 2, 10), 1000, 800);
    expect(points).toHaveLength(3);
    for (const p of points) expect(p.x >= 10 && p.x <= 12).toBe(true);
  });
});

describe('blendFor', () => {
  it('multiplies over dark letters and screens over light ones', () => {
    expect(blendFor('rgb(0, 0, 0)')).toBe('multiply');
    expect(blendFor('rgb(204, 0, 0)')).toBe('multiply');
    expect(blendFor('rgba(20, 20, 20, 0.8)')).toBe('multiply');
    expect(blendFor('rgb(230, 230, 230)')).toBe('screen');
    expect(blendFor('rgb(255, 255, 160)')).toBe('screen');
  });

  it('multiplies when the colour cannot be read', () => {
    expect(blendFor('color(display-p3 1 1 1)')).toBe('multiply');
  });
});

describe('blendedColour', () => {
  const tint = [11, 110, 99, 0.16] as const;
  const over = (paper: number, [r, g, b, a]: readonly number[]) => [r!, g!, b!].map((c) => Math.round(paper * (1 - a!) + c * a!));
  const channels = (css: string) => css.match(/\d+/g)!.map(Number);

  it('multiplied on white paper, gives what the highlight paints there', () => {
    expect(channels(blendedColour(tint, 'multiply'))).toEqual(over(255, tint));
    // Multiply of white by the colour is the colour.
    expect(blendedColour([253, 216, 92, 0.55], 'multiply')).toBe('rgb(254, 234, 165)');
  });

  it('screened on black paper, gives what the highlight paints there', () => {
    expect(channels(blendedColour(tint, 'screen'))).toEqual(over(0, tint));
    const yellow = [253, 216, 92, 0.55] as const;
    // On dark grey paper the screened colour is within a few levels of the highlight's.
    const screened = channels(blendedColour(yellow, 'screen'));
    const paper = 30;
    const result = screened.map((c) => Math.round(255 - ((255 - paper) * (255 - c)) / 255));
    over(paper, yellow).forEach((c, i) => expect(Math.abs(result[i]! - c)).toBeLessThanOrEqual(12));
  });
});
