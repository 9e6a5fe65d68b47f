// Which mark a selection or caret points at: the first mark it touches, so a
// selection that starts before a name, or covers a whole paragraph, finds it.
import { markRange, type Mark, type MentionRegistry } from './mention-registry';

export function firstMarkIn(selected: Range, registry: MentionRegistry): Mark | null {
  // A caret inside a name: the mark under it, without sorting the whole page.
  if (selected.collapsed && selected.startContainer instanceof Text) {
    const at = selected.startContainer;
    return registry.at(at, selected.startOffset) ?? registry.at(at, selected.startOffset - 1);
  }
  for (const mark of registry.marksInOrder()) {
    const range = markRange(mark);
    // Overlap: the mark ends after the selection starts and starts before it ends.
    if (range.compareBoundaryPoints(Range.END_TO_START, selected) < 0 && range.compareBoundaryPoints(Range.START_TO_END, selected) > 0) {
      return mark;
    }
  }
  return null;
}
