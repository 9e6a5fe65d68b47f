// Which marks the page holds. A mark is one name found in a run of text and
// may span several text nodes (`<b>قره</b> باغ`). Hover lookups, the popup's
// "on this page" list and the keyboard shortcut all read from here.
import type { MarkInfo } from '../cards/page-info';

/** A name found in a text, by offsets into that text (the detector's answer). */
export interface PageMention {
  topic: string;
  start: number;
  end: number;
  /** How it was matched, for the card's "why marked". */
  why?: MarkInfo;
}

/** A name on the page: from `start` in its first node to `end` in its last. */
export interface Mark {
  topic: string;
  /** How it was matched, for the card's "why marked". */
  why?: MarkInfo;
  nodes: readonly Text[];
  start: number;
  end: number;
}

/** The part of a mark's letters that lie in one of its nodes. */
export function spanIn(mark: Mark, node: Text): { start: number; end: number } {
  const first = mark.nodes[0] === node;
  const last = mark.nodes[mark.nodes.length - 1] === node;
  return { start: first ? mark.start : 0, end: last ? mark.end : node.length };
}

export function markRange(mark: Mark): Range {
  const range = document.createRange();
  const first = mark.nodes[0]!;
  const last = mark.nodes[mark.nodes.length - 1]!;
  range.setStart(first, Math.min(mark.start, first.length));
  range.setEnd(last, Math.min(mark.end, last.length));
  return range;
}

function before(a: Mark, b: Mark): number {
  const na = a.nodes[0]!;
  const nb = b.nodes[0]!;
  if (na === nb) return a.start - b.start;
  return na.compareDocumentPosition(nb) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
}

export class MentionRegistry {
  private readonly byNode = new Map<Text, Mark[]>();
  private readonly all = new Set<Mark>();

  add(mark: Mark): void {
    this.all.add(mark);
    for (const node of mark.nodes) {
      const list = this.byNode.get(node);
      if (list) list.push(mark);
      else this.byNode.set(node, [mark]);
    }
  }

  /** Takes out every mark that touches node, and returns them. */
  dropNode(node: Text): Mark[] {
    const marks = this.byNode.get(node);
    if (!marks) return [];
    const dropped = [...marks];
    for (const mark of dropped) this.remove(mark);
    return dropped;
  }

  has(node: Text): boolean {
    return this.byNode.has(node);
  }

  get size(): number {
    return this.all.size;
  }

  /** The mark covering offset in node, if any. */
  at(node: Text, offset: number): Mark | null {
    for (const m of this.byNode.get(node) ?? []) {
      const span = spanIn(m, node);
      if (offset >= span.start && offset < span.end) return m;
    }
    return null;
  }

  /** Takes out marks with a node that left the document, and returns them. */
  prune(): Mark[] {
    const dropped: Mark[] = [];
    for (const mark of this.all) if (mark.nodes.some((n) => !n.isConnected)) dropped.push(mark);
    for (const mark of dropped) this.remove(mark);
    return dropped;
  }

  /** Every mark, in document order. */
  marksInOrder(): Mark[] {
    return [...this.all].sort(before);
  }

  /** Topics with counts, in order of first appearance. */
  topicCounts(): { topic: string; count: number }[] {
    const counts = new Map<string, number>();
    for (const m of this.marksInOrder()) counts.set(m.topic, (counts.get(m.topic) ?? 0) + 1);
    return [...counts].map(([topic, count]) => ({ topic, count }));
  }

  firstOf(topic: string): Mark | null {
    return this.marksInOrder().find((m) => m.topic === topic) ?? null;
  }

  clear(): void {
    this.byNode.clear();
    this.all.clear();
  }

  private remove(mark: Mark): void {
    if (!this.all.delete(mark)) return;
    for (const node of mark.nodes) {
      const list = this.byNode.get(node);
      if (!list) continue;
      const i = list.indexOf(mark);
      if (i >= 0) list.splice(i, 1);
      if (list.length === 0) this.byNode.delete(node);
    }
  }
}
