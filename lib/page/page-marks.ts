// The marks of a page, kept true to its text: scanned in idle time, and
// dropped in the same frame as the text under them changes or leaves (the
// mutation callback runs before the next paint), then looked at again.
import { ChurnMeter } from './churn-meter';
import { HiddenText } from './hidden-text';
import { MentionRegistry, type Mark } from './mention-registry';
import { MutationWatcher } from './mutation-watcher';
import { PageScanner, type DetectText } from './page-scanner';
import { TextHighlighter } from './text-highlighter';
import { isInline } from './text-walker';

/** A text node edited again sooner than this is read again only this often (its marks still go at once). */
const RESCAN_EVERY_MS = 1000;

export interface PageMarksOptions {
  detect: DetectText;
  /** Siyaq's own nodes, never scanned. */
  isOwn: (node: Node) => boolean;
  /** Whether to act on a change now (Siyaq may have ended in this page). */
  mayWork: () => boolean;
  /** Marks taken away because their text changed or left. */
  onDropped: (marks: readonly Mark[]) => void;
  /** The set of marks changed (a scan ended, or marks were dropped). */
  onChanged: () => void;
}

export class PageMarks {
  readonly registry = new MentionRegistry();
  readonly highlighter: TextHighlighter;
  /** Open shadow roots found so far, for hit-testing inside them. */
  readonly shadowRoots: ShadowRoot[] = [];
  private readonly scanner: PageScanner;
  private readonly hidden: HiddenText;
  private readonly churn = new ChurnMeter();
  /** When each edited text node was last queued, so a ticker is read once a second, not on every tick. */
  private readonly lastQueued = new WeakMap<Text, number>();
  private readonly later = new Set<Text>();
  private laterTimer: ReturnType<typeof setTimeout> | null = null;
  private readonly watcher: MutationWatcher;

  constructor(private readonly options: PageMarksOptions) {
    this.highlighter = new TextHighlighter(options.isOwn);
    this.hidden = new HiddenText((el) => this.scanner.enqueue(el));
    this.scanner = new PageScanner(
      options.detect,
      this.registry,
      this.highlighter,
      (root) => this.onShadowRoot(root),
      (el) => this.hidden.remember(el),
      () => options.onChanged(),
    );
    this.watcher = new MutationWatcher({
      isOwn: (node) => options.isOwn(node) || this.highlighter.owns(node),
      mayWork: options.mayWork,
      onText: (node) => {
        this.drop(this.registry.dropNode(node));
        this.rescanText(node);
      },
      onAdded: (node, parent) => {
        // A block brings its own runs; text or an inline element joins its parent's run.
        this.scanner.enqueue(node instanceof Element && !isInline(node) ? node : parent);
      },
      onRemoved: () => {
        const dropped = this.forgetDetached();
        // What is left of a run may hold a name of its own (قره باغ once ناغورني is taken out).
        for (const mark of dropped) for (const node of mark.nodes) if (node.isConnected) this.scanner.enqueue(node);
      },
      onRestyled: (changed) => this.hidden.recheck(changed),
      onBatch: (targets) => {
        if (this.churn.changed(performance.now())) this.highlighter.paintInViewOnly(true);
        this.highlighter.pageChanged(targets);
      },
    });
  }

  start(): void {
    this.watcher.watch(document);
    this.scanAll();
  }

  scanAll(): void {
    this.scanner.enqueue(document.body ?? document.documentElement);
  }

  /** Once the scans under way are done (or after `ms`, on a page that keeps changing). */
  settled(ms: number): Promise<void> {
    return Promise.race([this.scanner.whenIdle(), new Promise<void>((resolve) => setTimeout(resolve, ms))]);
  }

  stop(): void {
    this.scanner.stop();
    this.hidden.clear();
    if (this.laterTimer !== null) clearTimeout(this.laterTimer);
    this.laterTimer = null;
    this.later.clear();
    this.watcher.disconnect();
    this.highlighter.clear();
    this.registry.clear();
  }

  private rescanText(node: Text): void {
    const now = performance.now();
    if (now - (this.lastQueued.get(node) ?? -Infinity) >= RESCAN_EVERY_MS) {
      this.lastQueued.set(node, now);
      this.scanner.enqueue(node);
      return;
    }
    this.later.add(node);
    this.laterTimer ??= setTimeout(() => {
      this.laterTimer = null;
      const nodes = [...this.later];
      this.later.clear();
      for (const n of nodes) {
        this.lastQueued.set(n, performance.now());
        if (n.isConnected && this.options.mayWork()) this.scanner.enqueue(n);
      }
    }, RESCAN_EVERY_MS);
  }

  private drop(marks: readonly Mark[]): void {
    if (marks.length === 0) return;
    for (const mark of marks) this.highlighter.unmark(mark);
    this.options.onDropped(marks);
    this.options.onChanged();
  }

  /** Drops marks and shadow roots of nodes taken out of the page, which would otherwise stay alive. */
  private forgetDetached(): Mark[] {
    const dropped = this.registry.prune();
    this.drop(dropped);
    for (let i = this.shadowRoots.length - 1; i >= 0; i--) {
      if (!this.shadowRoots[i]!.host.isConnected) this.shadowRoots.splice(i, 1);
    }
    return dropped;
  }

  private onShadowRoot(root: ShadowRoot): void {
    if (!this.shadowRoots.includes(root)) this.shadowRoots.push(root);
    this.watcher.watch(root);
  }
}
