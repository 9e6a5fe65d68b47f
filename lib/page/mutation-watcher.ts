// Reports what changed in the document and in every open shadow root found,
// ignoring Siyaq's own shadow host: edited text, added subtrees, removals, and
// the attributes and style sheets that show or hide text.
//
// A muted element's subtree is not observed at all: its changes cost the page
// no record and no callback (a 10 Hz ticker, a class toggled on a timer; see
// muted-subtrees.ts). A MutationObserver cannot leave out part of a subtree,
// so every node on the way from a muted element up to its root is observed on
// its own (its attributes and children), and every other child of those nodes
// with its whole subtree, as is every child added to them later.

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
/** What is observed of a node's subtree: its text, its nodes, and the attributes that show or hide text. */
export const WHOLE: MutationObserverInit = { childList: true, subtree: true, characterData: true, attributeFilter: SHOWING_ATTRIBUTES };
/** A node on the way up from a muted element: its own attributes and children only. */
const ON_ITS_OWN: MutationObserverInit = { childList: true, attributeFilter: SHOWING_ATTRIBUTES };

export class MutationWatcher {
  private readonly observer: MutationObserver;
  private roots: (Document | ShadowRoot)[] = [];
  private muted = new Set<Element>();
  /** Nodes observed on their own, above a muted element: children added to them are observed whole. */
  private around = new WeakSet<Node>();

  constructor(private readonly handlers: MutationHandlers) {
    this.observer = new MutationObserver((records) => this.handle(records));
  }

  watch(root: Document | ShadowRoot): void {
    if (this.roots.includes(root)) return;
    this.roots.push(root);
    this.cover(root);
  }

  /** Stops observing el's subtree (el itself included) until unmuted. */
  mute(el: Element): void {
    if (this.muted.has(el)) return;
    // One muted element inside another is covered by it.
    for (const m of this.muted) if (el.contains(m)) this.muted.delete(m);
    this.muted.add(el);
    this.observeAgain();
  }

  unmute(el: Element): void {
    if (this.muted.delete(el)) this.observeAgain();
  }

  disconnect(): void {
    this.observer.disconnect();
    // Forgotten too, so that watching again (Siyaq turned back on) observes again.
    this.roots = [];
    this.muted.clear();
    this.around = new WeakSet();
  }

  private observeAgain(): void {
    // Records not delivered yet would be lost with the observations that made them.
    const pending = this.observer.takeRecords();
    this.observer.disconnect();
    this.around = new WeakSet();
    for (const root of this.roots) this.cover(root);
    if (pending.length > 0) this.handle(pending);
  }

  /** Observes node's subtree but for the muted elements in it. */
  private cover(node: Node): void {
    if (this.muted.has(node as Element)) return;
    if (!this.holdsMuted(node)) return this.observer.observe(node, WHOLE);
    this.observer.observe(node, ON_ITS_OWN);
    this.around.add(node);
    for (let child = node.firstChild; child; child = child.nextSibling) this.cover(child);
  }

  /** Asked of every child on the way up from a muted element (thousands on a wide page): no array made per call. */
  private holdsMuted(node: Node): boolean {
    for (const m of this.muted) if (node.contains(m)) return true;
    return false;
  }

  private handle(records: MutationRecord[]): void {
    const { onText, onAdded, onRemoved, onRestyled, onBatch, isOwn, mayWork } = this.handlers;
    // Children added beside a muted element's way up are observed whatever Siyaq does with them.
    if (this.muted.size > 0) {
      for (const record of records) if (this.around.has(record.target)) for (const node of record.addedNodes) this.cover(node);
    }
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
