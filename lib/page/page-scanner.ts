// Scans queued parts of the page in idle-time slices: finds visible text,
// detects mentions a piece at a time, records and marks them.
import { runInSlices } from './idle-slices';
import type { MentionRegistry, PageMention } from './mention-registry';
import type { TextHighlighter } from './text-highlighter';
import { mentionsInPieces } from './text-pieces';
import { isVisibleText, visibleTextNodes } from './text-walker';

export type DetectText = (text: string) => PageMention[];

export class PageScanner {
  private readonly queue: Node[] = [];
  private readonly queued = new Set<Node>();
  /** The scan under way; each step is a point where the slice may end. */
  private current: Generator<void> | null = null;
  private cancel: (() => void) | null = null;
  private busySince = 0;
  private longestSlice = 0;
  private slices = 0;
  /** Main-thread time actually spent, as opposed to the scan's wall-clock span. */
  private busy = 0;

  constructor(
    private readonly detect: DetectText,
    private readonly registry: MentionRegistry,
    private readonly highlighter: TextHighlighter,
    private readonly onShadowRoot: (root: ShadowRoot) => void,
  ) {}

  enqueue(root: Node): void {
    // Already covered by a queued ancestor? A walk up the tree, not a search of
    // the queue: a page may add thousands of nodes in one go.
    for (let at: Node | null = root; at; at = at.parentNode) if (this.queued.has(at)) return;
    this.queue.push(root);
    this.queued.add(root);
    if (this.cancel) return;
    this.busySince = performance.now();
    this.longestSlice = 0;
    this.slices = 0;
    this.busy = 0;
    this.cancel = runInSlices(
      (shouldYield) => {
        const t0 = performance.now();
        const done = this.work(shouldYield);
        const spent = performance.now() - t0;
        this.longestSlice = Math.max(this.longestSlice, spent);
        this.busy += spent;
        this.slices++;
        return done;
      },
      () => this.finished(),
    );
  }

  stop(): void {
    this.cancel?.();
    this.cancel = null;
    this.queue.length = 0;
    this.queued.clear();
    this.current = null;
  }

  private work(shouldYield: () => boolean): boolean {
    while (true) {
      if (!this.current) {
        const root = this.queue.shift();
        if (!root) return true;
        this.queued.delete(root);
        if (!root.isConnected) continue;
        this.current = this.scanRoot(root);
      }
      for (let step = this.current.next(); !step.done; step = this.current.next()) {
        if (shouldYield()) return false;
      }
      this.current = null;
      if (shouldYield()) return false;
    }
  }

  private *scanRoot(root: Node): Generator<void> {
    if (root.nodeType === Node.TEXT_NODE) {
      if (isVisibleText(root as Text)) yield* this.scanText(root as Text);
      return;
    }
    for (const text of visibleTextNodes(root, this.onShadowRoot)) {
      if (text) yield* this.scanText(text);
      else yield;
    }
  }

  private *scanText(node: Text): Generator<void> {
    const text = node.data;
    const mentions: PageMention[] = [];
    for (const piece of mentionsInPieces(text, this.detect)) {
      mentions.push(...piece);
      yield;
    }
    // Taken out or edited while its pieces were read: the removal pruned it,
    // the edit queued it again.
    if (!node.isConnected || node.data !== text) return;
    this.registry.set(node, mentions);
    this.highlighter.mark(node, mentions);
  }

  private finished(): void {
    if (this.cancel) this.recordTiming();
    this.cancel = null;
  }

  /**
   * Leaves the scan's span, its longest slice and its number of slices on the
   * page's performance timeline (visible in DevTools), which is how the bench
   * and the tests read them.
   */
  private recordTiming(): void {
    try {
      performance.measure('siyaq:scan', { start: this.busySince, end: performance.now() });
      performance.measure('siyaq:longest-slice', { start: this.busySince, duration: this.longestSlice });
      performance.measure('siyaq:slices', { start: this.busySince, duration: this.busy, detail: { count: this.slices } });
    } catch {
      // The figures are for people and tests; losing them must not stop a scan.
    }
  }
}
