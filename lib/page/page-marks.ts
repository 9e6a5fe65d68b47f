// The marks of a page, kept true to its text: scanned in idle time, and
// dropped in the same frame as the text under them changes or leaves (the
// mutation callback runs before the next paint), then looked at again.
import { Backoff } from './backoff';
import { ChurnMeter } from './churn-meter';
import { HiddenText } from './hidden-text';
import { MentionRegistry, type Mark } from './mention-registry';
import { MutationWatcher } from './mutation-watcher';
import { MutedSubtrees } from './muted-subtrees';
import { PageScanner, type DetectText } from './page-scanner';
import { TextHighlighter } from './text-highlighter';
import { isInline } from './text-walker';

/**
 * A text node edited again sooner than this is read again only this often (its
 * marks still go at once); one that keeps being edited (a ticker), at most
 * every RESCAN_AT_MOST_MS (see backoff.ts).
 */
const RESCAN_EVERY_MS = 1000;
const RESCAN_AT_MOST_MS = 4000;
const TIMER_SLACK_MS = 4;

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
  /** When each edited text node was last read, so a ticker is read every few seconds, not on every tick. */
  private readonly reads = new Backoff<Node>(RESCAN_EVERY_MS, RESCAN_AT_MOST_MS);
  /** Edited text (or elements whose text was replaced) waiting for its next read. */
  private readonly later = new Set<Node>();
  private laterTimer: ReturnType<typeof setTimeout> | null = null;
  /** When the timer fires. */
  private laterAt = Infinity;
  private readonly watcher: MutationWatcher;
  /** Parts that keep changing and hold no marks, left unobserved and looked at now and then instead. */
  private readonly muted: MutedSubtrees;

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
      (mark) => this.muted.marked(mark.nodes[0]!),
    );
    this.watcher = new MutationWatcher({
      isOwn: (node) => options.isOwn(node) || this.highlighter.owns(node),
      mayWork: options.mayWork,
      onText: (node) => {
        this.drop(this.registry.dropNode(node));
        this.rescanText(node);
      },
      onAdded: (node, parent) => {
        // A block brings its own runs; text or an inline element joins its parent's run (read as an edit of it: a clock set by textContent is a ticker too).
        if (node instanceof Element && !isInline(node)) this.scanner.enqueue(node);
        else this.rescanText(parent);
      },
      onRemoved: (nodes) => {
        const dropped = this.forgetRemoved(nodes);
        // What is left of a run may hold a name of its own (قره باغ once ناغورني is taken out).
        for (const mark of dropped) for (const node of mark.nodes) if (node.isConnected) this.scanner.enqueue(node);
      },
      onRestyled: (changed) => this.hidden.recheck(changed),
      onBatch: (targets) => {
        const now = performance.now();
        if (this.churn.changed(now)) this.highlighter.paintInViewOnly(true);
        for (const node of targets) this.muted.changed(node, now);
        this.highlighter.pageChanged(targets);
      },
    });
    this.muted = new MutedSubtrees({
      mute: (el) => {
        // A page with a part that keeps changing is busy, whether or not its changes are heard.
        this.highlighter.paintInViewOnly(true);
        this.watcher.mute(el);
      },
      unmute: (el) => this.watcher.unmute(el),
      isMarked: (node) => this.registry.has(node),
      look: (el, text) => {
        if (!options.mayWork()) return;
        if (text) this.scanner.enqueue(el);
        // Its class may show text elsewhere (a `~` or `:has()` rule). What it moves is told by `moved`.
        this.hidden.recheck([el]);
      },
      // Told as a change of its parent: the overlay may have found a moment ago that the part's own changes move nothing.
      moved: (el) => {
        if (options.mayWork()) this.highlighter.pageChanged([el.parentNode ?? el]);
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
    this.laterAt = Infinity;
    this.later.clear();
    this.muted.stop();
    this.watcher.disconnect();
    this.highlighter.clear();
    this.registry.clear();
  }

  private rescanText(node: Node): void {
    // Waiting already: the common case on a busy page, kept short.
    if (this.later.has(node)) return;
    const now = performance.now();
    if (!this.reads.within(node, now)) {
      this.reads.seen(node, now);
      this.scanner.enqueue(node);
      return;
    }
    this.later.add(node);
    this.readLater(this.reads.endOf(node), now);
  }

  /** Reads the waiting text whose time has come, at `at`. */
  private readLater(at: number, now: number): void {
    if (at >= this.laterAt) return;
    if (this.laterTimer !== null) clearTimeout(this.laterTimer);
    this.laterAt = at;
    this.laterTimer = setTimeout(
      () => {
        this.laterTimer = null;
        this.laterAt = Infinity;
        const t = performance.now();
        let next = Infinity;
        for (const n of this.later) {
          const end = this.reads.endOf(n);
          // A timer may fire a little before the clock shows its delay as past.
          if (end > t + TIMER_SLACK_MS) {
            next = Math.min(next, end);
            continue;
          }
          this.later.delete(n);
          this.reads.seen(n, t);
          if (n.isConnected && this.options.mayWork()) this.scanner.enqueue(n);
        }
        if (next < Infinity) this.readLater(next, t);
      },
      Math.max(0, at - now),
    );
  }

  private drop(marks: readonly Mark[]): void {
    if (marks.length === 0) return;
    for (const mark of marks) this.highlighter.unmark(mark);
    this.options.onDropped(marks);
    this.options.onChanged();
  }

  /**
   * Drops the marks in nodes taken out of the page, found by walking them (a
   * ticker replacing its text takes out one node, ten times a second, on a
   * page of thousands of marks); under a shadow host, by looking at every mark.
   */
  private forgetRemoved(nodes: readonly Node[]): Mark[] {
    const dropped: Mark[] = [];
    for (const node of nodes) {
      if (node.isConnected) continue;
      if (!this.dropWithin(node, dropped)) {
        this.drop(dropped);
        return [...dropped, ...this.forgetDetached()];
      }
    }
    this.drop(dropped);
    return dropped;
  }

  /** Takes the marks in a detached node into `dropped`; false if it holds a shadow root, whose text a walk does not reach. */
  private dropWithin(root: Node, dropped: Mark[]): boolean {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    for (let node: Node | null = root; node; node = walker.nextNode()) {
      if (node instanceof Text) {
        if (this.registry.has(node)) dropped.push(...this.registry.dropNode(node));
      } else if (node instanceof Element && node.shadowRoot) return false;
    }
    return true;
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
