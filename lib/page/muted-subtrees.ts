// Parts of the page that keep changing and hold no marks (a ticker, a clock,
// a box whose class a timer toggles) are muted: the mutation watcher stops
// observing them, so their changes cost the page no mutation record and no
// call into Siyaq. A muted part is looked at every LOOK_MS instead, and read
// again (names, hidden text) if it changed since the last look, which a probe
// tells: an observer of the part alone that hears its first change after a
// look and then stops. A part that holds no text has nothing to read: its
// look only tells what its new class may show elsewhere (hidden-text.ts).
// What a muted part's changes can move outside it is watched on its own: its
// size (a ResizeObserver) and, at each look, whether it left or joined the
// flow or changed its margins (position, float, margin); the rest of the page is not looked at for
// it. A part is heard again at once when a mark is made
// in it (so the mark goes stale in the same frame as any other), and at a
// look when it left the page, grew past MOST_NODES, or did not change at all
// for CALM_LOOKS looks in a row (a ticker that paused for a moment stays
// muted: muting again costs a second of its changes heard, and observing
// anew, which on a page of 9,000 blocks side by side takes 15–35 ms).
//
// The price: a name in text that changes ten times a second is read up to
// LOOK_MS late (it was read every 1–4 s before, see backoff.ts).
import { WHOLE } from './mutation-watcher';
import { Restless } from './restless';
import { blockOf } from './text-walker';

export const LOOK_MS = 2000;
/** Looks in a row that find a muted part unchanged before it is heard again. */
export const CALM_LOOKS = 5;
/** Parts muted at most. */
const MOST_MUTED = 16;
/** Nodes in a part at most: each look reads it whole. */
export const MOST_NODES = 200;

export interface MutedSubtreesOptions {
  mute: (el: Element) => void;
  unmute: (el: Element) => void;
  /** Whether a text node holds a mark. */
  isMarked: (node: Text) => boolean;
  /**
   * A muted part changed since it was last looked at, or is heard again: read
   * it as if its changes had been reported. `text`: whether it holds any text
   * to read; without, only its restyle may matter (hidden text it shows).
   */
  look: (el: Element, text: boolean) => void;
  /** A muted part changed size, or left or joined the flow: the marks after it may have moved. */
  moved: (el: Element) => void;
}

interface Muted {
  /** Hears the part's first change after a look. */
  probe: MutationObserver;
  changed: boolean;
  /** Looks in a row that found it unchanged. */
  calm: number;
  /** How it takes part in the flow, as last looked at (see flowOf). */
  flow: string;
}

export class MutedSubtrees {
  private readonly restless = new Restless<Element>();
  private readonly muted = new Map<Element, Muted>();
  private timer: ReturnType<typeof setInterval> | null = null;
  private sizes: ResizeObserver | null = null;

  constructor(private readonly options: MutedSubtreesOptions) {}

  /** The page changed node (once per batch); a small part without marks that keeps changing is muted. */
  changed(node: Node, now: number): void {
    const el = blockOf(node);
    if (!(el instanceof Element) || !this.restless.changed(el, now)) return;
    // Inside a muted part (a change reported just as it was muted): covered by it.
    for (const muted of this.muted.keys()) if (muted.contains(el)) return;
    this.restless.forget(el);
    const { body, documentElement } = el.ownerDocument;
    if (this.muted.size >= MOST_MUTED || el === body || el === documentElement || mutable(el, this.options.isMarked) === null) return;
    const muted: Muted = {
      probe: new MutationObserver(() => {
        muted.changed = true;
        muted.probe.disconnect();
      }),
      changed: false,
      calm: 0,
      flow: flowOf(el),
    };
    muted.probe.observe(el, WHOLE);
    this.muted.set(el, muted);
    this.options.mute(el);
    this.sizes ??= new ResizeObserver((entries) => {
      for (const { target } of entries) if (this.muted.has(target)) this.options.moved(target);
    });
    // Its border box: padding and borders move what follows as much as its content does.
    this.sizes.observe(el, { box: 'border-box' });
    this.timer ??= setInterval(() => this.lookAll(), LOOK_MS);
  }

  /** A mark was made on node: a muted part holding it is heard again, before the page can change it. */
  marked(node: Node): void {
    if (this.muted.size === 0) return;
    for (const el of this.muted.keys()) if (el.contains(node)) this.release(el);
  }

  /** Forgets every muted part without unmuting it (the watcher is disconnected). */
  stop(): void {
    for (const { probe } of this.muted.values()) probe.disconnect();
    this.muted.clear();
    this.sizes?.disconnect();
    if (this.timer !== null) clearInterval(this.timer);
    this.timer = null;
  }

  private lookAll(): void {
    for (const [el, muted] of this.muted) {
      // Unchanged for a while: heard again. Its text is as the last look read it.
      if (!el.isConnected || (!muted.changed && ++muted.calm >= CALM_LOOKS)) {
        this.release(el);
        continue;
      }
      if (!muted.changed) continue;
      muted.changed = false;
      muted.calm = 0;
      const text = mutable(el, this.options.isMarked);
      if (text === null) this.release(el);
      else muted.probe.observe(el, WHOLE);
      this.options.look(el, text ?? true);
      // Its size is the ResizeObserver's; a class that takes it out of the flow (or puts it back) moves what follows without resizing it.
      const flow = flowOf(el);
      if (flow === muted.flow) continue;
      muted.flow = flow;
      this.options.moved(el);
    }
  }

  private release(el: Element): void {
    const muted = this.muted.get(el);
    if (!muted) return;
    muted.probe.disconnect();
    this.muted.delete(el);
    this.options.unmute(el);
    this.sizes?.unobserve(el);
    if (this.muted.size > 0 || this.timer === null) return;
    clearInterval(this.timer);
    this.timer = null;
  }
}

/**
 * Whether el may be muted, and if so whether it has text to read: null if it
 * holds a mark, a shadow root (watched on its own) or more than MOST_NODES
 * nodes; else whether any of its text is more than white space.
 */
export function mutable(el: Element, isMarked: (node: Text) => boolean): boolean | null {
  const walker = el.ownerDocument.createTreeWalker(el, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  let count = 0;
  let text = false;
  for (let node: Node | null = el; node; node = walker.nextNode()) {
    if (++count > MOST_NODES) return null;
    if (node.nodeType !== Node.TEXT_NODE) {
      if ((node as Element).shadowRoot) return null;
    } else if (isMarked(node as Text)) return null;
    else text ||= /\S/.test((node as Text).data);
  }
  return text;
}

/** What of el's style decides whether its changes move what follows it, beyond its size (display: none is a size of 0). */
function flowOf(el: Element): string {
  const style = getComputedStyle(el);
  return [style.position, style.float, style.margin].join();
}
