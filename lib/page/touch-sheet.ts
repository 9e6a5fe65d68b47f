// On a narrow screen the card is a sheet across the whole width, at the bottom,
// or at the top when the tapped word sits low: it never covers the word, and
// its height is the room left on that side, within which it scrolls.
import type { Rect } from './popup-position';

/** Screens this narrow or narrower get the sheet instead of a floating card. */
export const SHEET_MAX_WIDTH = 480;
const GAP = 8;
/** The sheet never takes more of the screen than this, so the page stays in sight. */
const MAX_SHARE = 0.6;

export interface SheetPlacement {
  top: number;
  height: number;
  side: 'bottom' | 'top';
}

export function placeSheet(anchor: Rect, naturalHeight: number, viewport: { width: number; height: number }): SheetPlacement {
  const below = viewport.height - (anchor.top + anchor.height) - GAP;
  const above = anchor.top - GAP;
  const cap = Math.floor(viewport.height * MAX_SHARE);
  const fitsBelow = Math.min(naturalHeight, cap) <= below;
  const side = fitsBelow || below >= above ? 'bottom' : 'top';
  const height = Math.max(0, Math.min(naturalHeight, cap, side === 'bottom' ? below : above));
  return { top: side === 'bottom' ? viewport.height - height : 0, height, side };
}
