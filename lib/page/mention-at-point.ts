// Which mark is under the pointer. Highlights raise no events, so we ask the
// browser for the text position under the point and check that the point is
// really inside the mention's boxes (caret APIs snap to the nearest text).
import { markRange, type Mark, type MentionRegistry } from './mention-registry';
import { rectOf, type Rect } from './popup-position';

export interface MentionHit {
  mark: Mark;
  /** The line box of the mention under the pointer, for placing the card. */
  rect: Rect;
}

function textPositionAt(x: number, y: number, shadowRoots: ShadowRoot[]): { node: Node; offset: number } | null {
  const doc = document as Document & {
    caretPositionFromPoint?: (x: number, y: number, options?: { shadowRoots?: ShadowRoot[] }) => CaretPosition | null;
  };
  if (typeof doc.caretPositionFromPoint === 'function') {
    const pos = doc.caretPositionFromPoint(x, y, { shadowRoots });
    return pos ? { node: pos.offsetNode, offset: pos.offset } : null;
  }
  const range = document.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

export function mentionAtPoint(x: number, y: number, registry: MentionRegistry, shadowRoots: ShadowRoot[]): MentionHit | null {
  const pos = textPositionAt(x, y, shadowRoots);
  if (!pos || pos.node.nodeType !== Node.TEXT_NODE) return null;
  const node = pos.node as Text;
  // The caret may sit just after the mention's last letter or before its first.
  for (const offset of [pos.offset, pos.offset - 1]) {
    const mark = registry.at(node, offset);
    if (!mark) continue;
    for (const box of markRange(mark).getClientRects()) {
      if (x >= box.left - 1 && x <= box.right + 1 && y >= box.top - 1 && y <= box.bottom + 1) {
        return { mark, rect: rectOf(box) };
      }
    }
  }
  return null;
}

/** The text direction where a node sits, for aligning the card. */
export function textDirectionOf(node: Node): 'rtl' | 'ltr' {
  const el = node.parentElement;
  if (!el) return 'ltr';
  return getComputedStyle(el).direction === 'rtl' ? 'rtl' : 'ltr';
}
