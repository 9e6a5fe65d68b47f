// Which mentions each scanned text node holds. Hover lookups, the popup's
// "on this page" list and the keyboard shortcut all read from here.
import type { MarkInfo } from '../cards/page-info';

export interface PageMention {
  topic: string;
  start: number;
  end: number;
  /** How it was matched, for the card's "why marked". */
  why?: MarkInfo;
}

export class MentionRegistry {
  private readonly byNode = new Map<Text, PageMention[]>();

  set(node: Text, mentions: PageMention[]): void {
    if (mentions.length > 0) this.byNode.set(node, mentions);
    else this.byNode.delete(node);
  }

  get(node: Text): readonly PageMention[] {
    return this.byNode.get(node) ?? [];
  }

  /** The mention covering offset in node, if any. */
  at(node: Text, offset: number): PageMention | null {
    for (const m of this.get(node)) if (offset >= m.start && offset < m.end) return m;
    return null;
  }

  /** Forget nodes that left the document. */
  prune(): void {
    for (const node of this.byNode.keys()) if (!node.isConnected) this.byNode.delete(node);
  }

  /** Connected text nodes with mentions, in document order. */
  nodesInOrder(): Text[] {
    this.prune();
    return [...this.byNode.keys()].sort((a, b) => (a === b ? 0 : a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
  }

  /** Topics with counts, in order of first appearance. */
  topicCounts(): { topic: string; count: number }[] {
    const counts = new Map<string, number>();
    for (const node of this.nodesInOrder()) {
      for (const m of this.get(node)) counts.set(m.topic, (counts.get(m.topic) ?? 0) + 1);
    }
    return [...counts].map(([topic, count]) => ({ topic, count }));
  }

  firstOf(topic: string): { node: Text; mention: PageMention } | null {
    for (const node of this.nodesInOrder()) {
      const mention = this.get(node).find((m) => m.topic === topic);
      if (mention) return { node, mention };
    }
    return null;
  }

  clear(): void {
    this.byNode.clear();
  }
}
