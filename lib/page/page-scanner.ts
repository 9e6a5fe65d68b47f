// Scans queued parts of the page in idle-time slices: finds visible text,
// detects mentions, records and marks them.
import { runInSlices } from './idle-slices';
import type { MentionRegistry, PageMention } from './mention-registry';
import { isVisibleText, visibleTextNodes } from './text-walker';
import type { TextHighlighter } from './text-highlighter';

export type DetectText = (text: string) => PageMention[];

export class PageScanner {
  private readonly queue: Node[] = [];
  private current: Generator<Text> | null = null;
  private cancel: (() => void) | null = null;
  private busySince = 0;
  private longestSlice = 0;

  constructor(
    private readonly detect: DetectText,
    private readonly registry: MentionRegistry,
    private readonly highlighter: TextHighlighter,
    private readonly onShadowRoot: (root: ShadowRoot) => void,
  ) {}

  enqueue(root: Node): void {
    if (this.queue.some((queued) => queued === root || queued.contains(root))) return;
    this.queue.push(root);
    if (this.cancel) return;
    this.busySince = performance.now();
    this.longestSlice = 0;
    this.cancel = runInSlices(
      (shouldYield) => {
        const t0 = performance.now();
        const done = this.work(shouldYield);
        this.longestSlice = Math.max(this.longestSlice, performance.now() - t0);
        return done;
      },
      () => this.finished(),
    );
  }

  stop(): void {
    this.cancel?.();
    this.cancel = null;
    this.queue.length = 0;
    this.current = null;
  }

  private work(shouldYield: () => boolean): boolean {
    while (true) {
      if (!this.current) {
        const root = this.queue.shift();
        if (!root) return true;
        if (!root.isConnected) continue;
        this.current = root.nodeType === Node.TEXT_NODE ? singleText(root as Text) : visibleTextNodes(root, this.onShadowRoot);
      }
      for (let step = this.current.next(); !step.done; step = this.current.next()) {
        this.scanText(step.value);
        if (shouldYield()) return false;
      }
      this.current = null;
      if (shouldYield()) return false;
    }
  }

  private scanText(node: Text): void {
    const mentions = this.detect(node.data);
    this.registry.set(node, mentions);
    this.highlighter.mark(node, mentions);
  }

  private finished(): void {
    if (this.cancel) this.recordTiming();
    this.cancel = null;
  }

  /**
   * Leaves the scan's span and its longest slice on the page's performance
   * timeline (visible in DevTools), which is how the bench reads them.
   */
  private recordTiming(): void {
    try {
      performance.measure('siyaq:scan', { start: this.busySince, end: performance.now() });
      performance.measure('siyaq:longest-slice', { start: this.busySince, duration: this.longestSlice });
    } catch {
      // A page that replaced performance.measure loses only the figures.
    }
  }
}

function* singleText(node: Text): Generator<Text> {
  if (isVisibleText(node)) yield node;
}
