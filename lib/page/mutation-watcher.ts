// Re-scans only what changed: added subtrees and edited text, in the document
// and in every open shadow root found, ignoring Siyaq's own shadow host.

export class MutationWatcher {
  private readonly observer: MutationObserver;
  private watched = new WeakSet<Node>();

  constructor(
    private readonly onChanged: (node: Node) => void,
    private readonly onRemoved: () => void,
    private readonly isOwn: (node: Node) => boolean,
  ) {
    this.observer = new MutationObserver((records) => this.handle(records));
  }

  watch(root: Document | ShadowRoot): void {
    if (this.watched.has(root)) return;
    this.watched.add(root);
    this.observer.observe(root, { childList: true, subtree: true, characterData: true });
  }

  disconnect(): void {
    this.observer.disconnect();
    // Forgotten too, so that watching again (Siyaq turned back on) observes again.
    this.watched = new WeakSet();
  }

  private handle(records: MutationRecord[]): void {
    let removed = false;
    for (const record of records) {
      if (this.isOwn(record.target)) continue;
      if (record.type === 'characterData') {
        this.onChanged(record.target);
        continue;
      }
      for (const node of record.addedNodes) if (!this.isOwn(node)) this.onChanged(node);
      if (record.removedNodes.length > 0) removed = true;
    }
    if (removed) this.onRemoved();
  }
}
