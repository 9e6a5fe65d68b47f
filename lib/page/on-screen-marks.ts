// Tells which marks are on screen, by the element their first letter is in,
// cheaply enough for a page that changes ten times a second and holds
// thousands of marked elements.
//
// An IntersectionObserver over every marked element recomputes all their boxes
// in every frame with a layout change: on the 2 MB page (9,000 elements) that
// doubled the main-thread time of a 10 Hz ticker, and still cost half as much
// again when told to run once a second. So the elements' places in the
// document are measured once, and after a scroll (at once) or a change of the
// page (at most twice a second) only the elements whose places lie around the
// viewport are looked at. They are measured again when one of those is found
// to have moved.
import type { Mark } from './mention-registry';

/** A page's own changes are looked at no more often than this. */
const AFTER_CHANGE_MS = 500;
/** Every place is measured again no more often than this (about 0.5 µs an element). */
const REMEASURE_MS = 1000;

export class OnScreenMarks {
  private readonly marks = new Map<Element, Set<Mark>>();
  /** Where each mark was when tracked: it may be detached by the time it is untracked. */
  private readonly parents = new Map<Mark, Element>();
  private readonly onScreen = new Set<Element>();
  /** The marked elements by their top in the document, as last measured. */
  private places: Places | null = null;
  /** Elements marked since the places were measured, looked at one by one. */
  private readonly fresh = new Set<Element>();
  /**
   * Elements on screen whose last mark went since the last look: a block read
   * again replaces its marks, and the new ones are shown at once, not a frame
   * later (the mark would blink off for a frame at every read).
   */
  private readonly leaving = new Set<Element>();
  private frame = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private later: ReturnType<typeof setTimeout> | null = null;
  private idle = 0;
  private readonly onScroll = () => this.schedule();

  constructor(
    private readonly show: (mark: Mark) => void,
    private readonly hide: (mark: Mark) => void,
  ) {
    // Capture: scroll events of any scrolling box, which do not bubble.
    document.addEventListener('scroll', this.onScroll, { capture: true, passive: true });
    window.addEventListener('resize', this.onScroll, { passive: true });
  }

  track(mark: Mark): void {
    const el = mark.nodes[0]!.parentElement;
    if (!el) return;
    let set = this.marks.get(el);
    if (!set) {
      set = new Set();
      this.marks.set(el, set);
      this.fresh.add(el);
      if (this.leaving.delete(el)) this.onScreen.add(el);
      // New marks are looked at in the next frame, those of a page that swaps its text every few frames too.
      this.schedule();
    }
    set.add(mark);
    this.parents.set(mark, el);
    if (this.onScreen.has(el)) this.show(mark);
  }

  untrack(mark: Mark): void {
    const el = this.parents.get(mark);
    if (!el) return;
    this.parents.delete(mark);
    const set = this.marks.get(el);
    if (!set?.delete(mark) || set.size > 0) return;
    this.marks.delete(el);
    if (this.onScreen.delete(el)) this.leaving.add(el);
    this.fresh.delete(el);
  }

  /**
   * The page changed: something may have moved into or out of view. Looked at
   * in idle time, once the browser has laid the change out: in a frame
   * callback the boxes would be read before that, and reading them would lay
   * the page out early, on every look (a page that changes ten times a second).
   */
  pageChanged(): void {
    this.timer ??= setTimeout(() => {
      this.timer = null;
      if (typeof requestIdleCallback !== 'function') return this.schedule();
      this.idle ||= requestIdleCallback(
        () => {
          this.idle = 0;
          this.sweep();
        },
        { timeout: AFTER_CHANGE_MS },
      );
    }, AFTER_CHANGE_MS);
  }

  disconnect(): void {
    document.removeEventListener('scroll', this.onScroll, { capture: true });
    window.removeEventListener('resize', this.onScroll);
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    if (this.idle) cancelIdleCallback(this.idle);
    this.idle = 0;
    if (this.timer !== null) clearTimeout(this.timer);
    if (this.later !== null) clearTimeout(this.later);
    this.timer = this.later = null;
    this.marks.clear();
    this.parents.clear();
    this.onScreen.clear();
    this.fresh.clear();
    this.leaving.clear();
    this.places = null;
  }

  private schedule(): void {
    this.frame ||= requestAnimationFrame(() => {
      this.frame = 0;
      this.sweep();
    });
  }

  /** What is on screen now: the elements placed around the viewport (those marked since are placed first), and those shown before. */
  private sweep(): void {
    this.leaving.clear();
    const now = performance.now();
    if (!this.places) this.remeasure(now);
    else if (this.fresh.size > 0) {
      // Each new element is measured once and placed among the others: while a
      // long page is scanned, marks arrive in every frame, and measuring them
      // again in every frame (or everything once a second) cost more than the scan.
      this.places = mergePlaces(this.places, measure([...this.fresh], this.places.at), (el) => this.marks.has(el));
      this.fresh.clear();
    }
    let seen = this.around(this.places!);
    if (!seen && now - this.places!.at > REMEASURE_MS) {
      this.remeasure(now);
      seen = this.around(this.places!);
    }
    if (!seen) {
      // Something around the viewport moved since the places were measured, a moment ago: again once they may be.
      seen = new Set();
      this.later ??= setTimeout(
        () => {
          this.later = null;
          this.schedule();
        },
        REMEASURE_MS - (now - this.places!.at),
      );
    }
    for (const el of this.onScreen) if (!seen.has(el) && !onScreen(el.getBoundingClientRect())) this.set(el, false);
    for (const el of seen) this.set(el, true);
  }

  private remeasure(now: number): void {
    this.places = measure([...this.marks.keys()], now);
    this.fresh.clear();
  }

  /** The elements on screen among those placed around the viewport; null when one of them is no longer where it was measured. */
  private around({ els, tops, tallest }: Places): Set<Element> | null {
    const seen = new Set<Element>();
    const [from, to] = placesNear(tops, tallest, scrollY, innerHeight);
    for (let i = from; i < to; i++) {
      const el = els[i]!;
      if (!this.marks.has(el)) continue;
      const box = el.getBoundingClientRect();
      if (Math.abs(box.top + scrollY - tops[i]!) > 1) return null;
      if (onScreen(box)) seen.add(el);
    }
    return seen;
  }

  private set(el: Element, visible: boolean): void {
    const set = this.marks.get(el);
    if (!set || this.onScreen.has(el) === visible) return;
    if (visible) this.onScreen.add(el);
    else this.onScreen.delete(el);
    for (const mark of set) (visible ? this.show : this.hide)(mark);
  }
}

/**
 * The elements that may reach into the viewport [top, top + height), by their
 * tops in ascending order: from the first whose top lies within the tallest
 * element's height (and a screen more) above the viewport, to the last whose
 * top lies above its bottom.
 */
export function placesNear(tops: Float64Array, tallest: number, top: number, height: number): [number, number] {
  return [firstAtOrAbove(tops, top - tallest - height), firstAtOrAbove(tops, top + height)];
}

/** The first index whose value is at least y (values ascending). */
function firstAtOrAbove(values: Float64Array, y: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid]! < y) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function onScreen(box: DOMRect): boolean {
  return box.width > 0 && box.bottom > 0 && box.top < innerHeight && box.right > 0 && box.left < innerWidth;
}

export interface Places {
  els: Element[];
  /** Each element's top in document coordinates, ascending. */
  tops: Float64Array;
  /** The tallest element's height, how far above the viewport a top may lie for the element to reach into it. */
  tallest: number;
  at: number;
}

/** Two sets of places as one, in order of their tops; elements no longer kept are dropped. */
export function mergePlaces(a: Places, b: Places, keep: (el: Element) => boolean): Places {
  const els: Element[] = [];
  const tops: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.els.length || j < b.els.length) {
    const fromA = j >= b.els.length || (i < a.els.length && a.tops[i]! <= b.tops[j]!);
    const el = fromA ? a.els[i]! : b.els[j]!;
    const top = fromA ? a.tops[i++]! : b.tops[j++]!;
    if (!keep(el)) continue;
    els.push(el);
    tops.push(top);
  }
  return { els, tops: Float64Array.from(tops), tallest: Math.max(a.tallest, b.tallest), at: a.at };
}

/** Where each element is in the document. */
function measure(elements: Element[], at: number): Places {
  const placed: { el: Element; top: number }[] = [];
  let tallest = 0;
  for (const el of elements) {
    const box = el.getBoundingClientRect();
    if (box.height === 0 && box.width === 0) continue;
    placed.push({ el, top: box.top + scrollY });
    tallest = Math.max(tallest, box.height);
  }
  placed.sort((a, b) => a.top - b.top);
  return { els: placed.map((p) => p.el), tops: Float64Array.from(placed, (p) => p.top), tallest, at };
}
