// The DOM-free part of painting marks as boxes above the page (mark-overlay.ts):
// clipping a mark's boxes to the boxes that clip its text, placing them in the
// overlay, where to hit-test them, and the colours that look like a highlight
// painted under the text although the boxes lie over it.

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface Point {
  x: number;
  y: number;
}

/** The part of a box inside every clip; null when nothing of it is left. */
export function clipBox(box: Box, clips: readonly Box[]): Box | null {
  let left = box.left;
  let top = box.top;
  let right = box.left + box.width;
  let bottom = box.top + box.height;
  for (const clip of clips) {
    left = Math.max(left, clip.left);
    top = Math.max(top, clip.top);
    right = Math.min(right, clip.left + clip.width);
    bottom = Math.min(bottom, clip.top + clip.height);
  }
  if (right - left < 0.5 || bottom - top < 0.5) return null;
  return { left, top, width: right - left, height: bottom - top };
}

/** A box in the viewport, placed in a layer whose origin lies at `origin` in the viewport. */
export function inLayer(box: Box, origin: Point): Box {
  return { left: box.left - origin.x, top: box.top - origin.y, width: box.width, height: box.height };
}

/** Whether two lists of boxes are the same to a hundredth of a pixel (then nothing is written). */
export function sameBoxes(a: readonly Box[], b: readonly Box[]): boolean {
  if (a.length !== b.length) return false;
  return a.every((box, i) => {
    const other = b[i]!;
    return (
      Math.abs(box.left - other.left) < 0.01 &&
      Math.abs(box.top - other.top) < 0.01 &&
      Math.abs(box.width - other.width) < 0.01 &&
      Math.abs(box.height - other.height) < 0.01
    );
  });
}

/**
 * Where to ask the page what is on top of a box: its middle and both ends,
 * halfway down, each within the viewport. None when the box lies outside the
 * viewport, where nothing can be asked (such a box is not painted).
 */
export function probePoints(box: Box, width: number, height: number): Point[] {
  const left = Math.max(box.left, 0);
  const right = Math.min(box.left + box.width, width);
  const top = Math.max(box.top, 0);
  const bottom = Math.min(box.top + box.height, height);
  if (right - left < 1 || bottom - top < 1) return [];
  const y = (top + bottom) / 2;
  const inset = Math.min(2, (right - left) / 2);
  return [
    { x: (left + right) / 2, y },
    { x: left + inset, y },
    { x: right - inset, y },
  ];
}

export type Blend = 'multiply' | 'screen';

/**
 * The box lies over the letters, so it blends: on dark letters (a light page)
 * multiplying keeps them dark and tints the paper; on light letters (a dark
 * page) screening keeps them light and tints the dark paper.
 */
export function blendFor(textColour: string): Blend {
  const rgb = parseRgb(textColour);
  if (!rgb) return 'multiply';
  const [r, g, b] = rgb.map((c) => c / 255) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b > 0.5 ? 'screen' : 'multiply';
}

/**
 * The colour that, blended so, paints what a highlight of `rgba` (alpha 0–1)
 * paints under the letters: the same colour on white paper (multiply), on black
 * paper (screen), and close to it on papers near them.
 */
export function blendedColour([r, g, b, a]: readonly [number, number, number, number], blend: Blend): string {
  const channel = (c: number) => Math.round(blend === 'multiply' ? 255 * (1 - a) + c * a : c * a);
  return `rgb(${channel(r)}, ${channel(g)}, ${channel(b)})`;
}

function parseRgb(colour: string): [number, number, number] | null {
  const m = /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)/.exec(colour);
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : null;
}
