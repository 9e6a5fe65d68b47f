// Reports what changed in the document and in every open shadow root found,
// ignoring Siyaq's own shadow host: edited text, added subtrees, removals, and
// the attributes and style sheets that show or hide text.

export interface MutationHandlers {
  /** A text node's data changed: its marks are stale now. */
  onText: (node: Text) => void;
  /** A node was added: its text (and the run it joins) needs a look. */
  onAdded: (node: Node, parent: Node) => void;
  /** These nodes were taken out (some may be back elsewhere, moved): marks in them are stale now. */
  onRemoved: (nodes: readonly Node[]) => void;
  /** Attributes that can show or hide text changed on these elements; none given: a style sheet came. */
  onRestyled: (changed?: readonly Node[]) => void;
  /** Once per batch of the page's own changes, after the above, with the nodes they changed (text nodes, parents, restyled elements). */
  onBatch: (targets: readonly Node[]) => void;
  isOwn: (node: Node) => boolean;
  /** Asked once per batch (not per record: a ticker sends ten a second); a batch that comes when Siyaq may not act is ignored. */
  mayWork: () => boolean;
}

/** Attributes by which pages show and hide text: classes and inline styles, `hidden`, `<details open>`. */
const SHOWING_ATTRIBUTES = ['class', 'style', 'hidden', 'open'];

export class MutationWatcher {
  private readonly observer: MutationObserver;
  private watched = new WeakSet<Node>();

  constructor(private readonly handlers: MutationHandlers) {
    this.observer = new MutationObserver((records) => this.handle(records));
  }

  watch(root: Document | ShadowRoot): void {
    if (this.watched.has(root)) return;
    this.watched.add(root);
    this.observer.observe(root, { childList: true, subtree: true, characterData: true, attributeFilter: SHOWING_ATTRIBUTES });
  }

  disconnect(): void {
    this.observer.disconnect();
    // Forgotten too, so that watching again (Siyaq turned back on) observes again.
    this.watched = new WeakSet();
  }

  private handle(records: MutationRecord[]): void {
    const { onText, onAdded, onRemoved, onRestyled, onBatch, isOwn, mayWork } = this.handlers;
    if (!mayWork()) return;
    const targets: Node[] = [];
    const removed: Node[] = [];
    let restyled = false;
    let sheet = false;
    const changed: Node[] = [];
    for (const record of records) {
      if (isOwn(record.target)) continue;
      targets.push(record.target);
      if (record.type === 'characterData') {
        onText(record.target as Text);
        continue;
      }
      if (record.type === 'attributes') {
        restyled = true;
        changed.push(record.target);
        continue;
      }
      for (const node of record.addedNodes) {
        if (isOwn(node)) continue;
        onAdded(node, record.target);
        if (node instanceof HTMLStyleElement || node instanceof HTMLLinkElement) restyled = sheet = true;
      }
      for (const node of record.removedNodes) removed.push(node);
    }
    if (removed.length > 0) onRemoved(removed);
    if (restyled) onRestyled(sheet ? undefined : changed);
    if (targets.length > 0) onBatch(targets);
  }
}
