// Where a card goes: beside the marked word without covering its line, flipped
// at viewport edges, aligned to the text's reading direction, never off-screen.

export interface Rect {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** A box as the plain rectangle cards are placed by. */
export function rectOf(box: DOMRectReadOnly): Rect {
  return { left: box.left, top: box.top, width: box.width, height: box.height };
}

/** Where a range begins on screen: its first line's box (the whole range's box when it has none). */
export function firstLineOf(range: Range): Rect {
  return rectOf(range.getClientRects()[0] ?? range.getBoundingClientRect());
}

export interface Placement {
  left: number;
  top: number;
  /** The card must scroll inside this height to stay on screen. */
  maxHeight: number;
  side: 'below' | 'above';
}

const GAP = 6;
const MARGIN = 8;
/** Less room than this beside the word is too little to read a card in. */
const MIN_ROOM = 160;

export function placeCard(
  anchor: Rect,
  card: { width: number; height: number },
  viewport: { width: number; height: number },
  dir: 'rtl' | 'ltr',
): Placement {
  const width = Math.min(card.width, Math.max(0, viewport.width - 2 * MARGIN));
  const spaceBelow = viewport.height - (anchor.top + anchor.height) - GAP - MARGIN;
  const spaceAbove = anchor.top - GAP - MARGIN;
  const side = card.height <= spaceBelow || spaceBelow >= spaceAbove ? 'below' : 'above';
  const room = Math.max(0, side === 'below' ? spaceBelow : spaceAbove);
  // In a small frame (an embedded post, a comment box) neither side has room to read in:
  // the card then covers the word and takes the frame's height, scrolling within it.
  const cramped = room < Math.min(card.height, MIN_ROOM);
  const height = cramped ? Math.min(card.height, Math.max(0, viewport.height - 2 * MARGIN)) : Math.min(card.height, room);
  let top = cramped ? MARGIN : side === 'below' ? anchor.top + anchor.height + GAP : anchor.top - GAP - height;
  top = clamp(top, MARGIN, viewport.height - MARGIN - height);

  // Right-to-left text reads from the word's right edge, so the card starts there.
  const preferred = dir === 'rtl' ? anchor.left + anchor.width - width : anchor.left;
  const left = clamp(preferred, MARGIN, viewport.width - MARGIN - width);
  return { left, top, maxHeight: Math.max(height, 0), side };
}

function clamp(value: number, min: number, max: number): number {
  return max < min ? min : Math.min(max, Math.max(min, value));
}
