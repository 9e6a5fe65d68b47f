// Stepping through a page's marks by keyboard (the next- and previous-mention
// commands): document order, wrapping at either end, starting from the mark
// whose card is open, else from the caret, else from the top of what is on screen.
import type { Mark } from './mention-registry';

export type StepDirection = 'next' | 'previous';

/** Where stepping starts: a text position (a caret, or a mark's start). */
export interface StepFrom {
  node: Node;
  offset: number;
}

/** Negative when a comes before the position, positive after, 0 at it. */
function compare(a: Mark, from: StepFrom): number {
  const node = a.nodes[0];
  if (!node) return -1;
  if (node === from.node) return a.start - from.offset;
  // A node inside from.node (an element holding the caret) is also reported as following it.
  return from.node.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING ? 1 : -1;
}

/**
 * The mark after (or before) `from`, wrapping around; with no `from`, the first
 * mark that `onScreen` accepts (for next) or the last (for previous), else the
 * first or last mark. Null when the page has no marks.
 */
export function stepMark(
  marks: readonly Mark[],
  from: StepFrom | null,
  direction: StepDirection,
  onScreen: (mark: Mark) => boolean = () => false,
): Mark | null {
  if (marks.length === 0) return null;
  if (!from) {
    const visible = direction === 'next' ? marks.find(onScreen) : marks.findLast(onScreen);
    return visible ?? (direction === 'next' ? marks[0]! : marks[marks.length - 1]!);
  }
  if (direction === 'next') return marks.find((m) => compare(m, from) > 0) ?? marks[0]!;
  return marks.findLast((m) => compare(m, from) < 0) ?? marks[marks.length - 1]!;
}

/** The caret (or the selection's start) as a place to step from, when there is one. */
export function caretStart(selection: Selection | null): StepFrom | null {
  if (!selection || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  return { node: range.startContainer, offset: range.startOffset };
}

/** A range's box, after scrolling it into the middle of the screen if it was not on it. */
export function bringIntoView(range: Range): DOMRect {
  const box = range.getBoundingClientRect();
  if (box.top < 0 || box.bottom > window.innerHeight || box.left < 0 || box.right > window.innerWidth) {
    (range.startContainer.parentElement ?? document.documentElement).scrollIntoView({ block: 'center', inline: 'nearest' });
    return range.getBoundingClientRect();
  }
  return box;
}
