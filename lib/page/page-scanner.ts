// Scans queued parts of the page in idle-time slices: finds runs of visible
// text, detects names a piece at a time, records and marks them. A name may
// cross the inline elements of a run, so a change anywhere in a run looks at
// its whole block again.
import { runInSlices } from './idle-slices';
import type { Mark, MentionRegistry, PageMention } from './mention-registry';
import { shownRunText } from './shown-text';
import type { TextHighlighter } from './text-highlighter';
import { mentionsInPieces } from './text-pieces';
import { blockOf, isInline, visibleTextRuns, type TextRun } from './text-walker';

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
  private readonly waiting: (() => void)[] = [];
  /** The scan under way covers the whole page. */
  private wholePage = false;

  constructor(
    private readonly detect: DetectText,
    private readonly registry: MentionRegistry,
    private readonly highlighter: TextHighlighter,
    private readonly onShadowRoot: (root: ShadowRoot) => void,
    private readonly onHidden: (el: Element) => void,
    /** The queue ran dry: the marks match the text scanned. */
    private readonly onIdle: () => void = () => undefined,
    /** A mark was made, in the same task as its text was found unchanged. */
    private readonly onMarked: (mark: Mark) => void = () => undefined,
  ) {}

  enqueue(changed: Node): void {
    // Text and inline elements belong to a run that may reach outside them.
    const root = changed.nodeType === Node.ELEMENT_NODE && !isInline(changed as Element) ? changed : blockOf(changed);
    if (!root) return;
    if (root === document.body || root === document.documentElement) this.wholePage = true;
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
    this.release();
  }

  /** Resolves once nothing is queued: the marks then match the text scanned. */
  whenIdle(): Promise<void> {
    if (!this.cancel) return Promise.resolve();
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  private release(): void {
    for (const resolve of this.waiting.splice(0)) resolve();
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
    for (const run of visibleTextRuns(root, this.onShadowRoot, this.onHidden)) {
      if (run) yield* this.scanRun(run);
      else yield;
    }
  }

  private *scanRun(run: TextRun): Generator<void> {
    const found: PageMention[] = [];
    for (const piece of mentionsInPieces(shownRunText(run.nodes, run.text), this.detect)) {
      found.push(...piece);
      yield;
    }
    // Taken out or edited while its pieces were read: the removal dropped its
    // marks, the edit queued its block again.
    let at = 0;
    for (const node of run.nodes) {
      if (!node.isConnected || node.data !== run.text.slice(at, at + node.length)) return;
      at += node.length;
    }
    for (const node of run.nodes) for (const old of this.registry.dropNode(node)) this.highlighter.unmark(old);
    for (const mention of found) {
      const mark = markIn(run, mention);
      if (!mark) continue;
      this.registry.add(mark);
      this.highlighter.mark(mark);
      this.onMarked(mark);
    }
  }

  private finished(): void {
    // Scans of the whole page and long ones: a ticker's one-slice rescans would fill the timeline.
    if (this.cancel && (this.wholePage || this.slices > 1)) this.recordTiming();
    this.wholePage = false;
    this.cancel = null;
    this.release();
    this.onIdle();
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

/** Where a name found in a run's joined text lies among the run's nodes. */
function markIn(run: TextRun, mention: PageMention): Mark | null {
  const nodes: Text[] = [];
  let start = -1;
  let end = -1;
  let at = 0;
  for (const node of run.nodes) {
    const from = at;
    at += node.length;
    // A name's first letter lies in the node holding offset start; its last before end.
    if (start < 0 && mention.start < at) start = mention.start - from;
    if (start >= 0) nodes.push(node);
    if (mention.end <= at) {
      end = mention.end - from;
      break;
    }
  }
  if (start < 0 || end < 0) return null;
  return mention.why ? { topic: mention.topic, why: mention.why, nodes, start, end } : { topic: mention.topic, nodes, start, end };
}
