// Tells which marks are on screen, by the element their first letter is in,
// cheaply enough for a page that changes ten times a second and holds
// thousands of marked elements.
//
// An IntersectionObserver over every marked element recomputes all their boxes
// in every frame with a layout change: on the 2 MB page (9,000 elements) that
// doubled the main-thread time of a 10 Hz ticker. So the observer here runs at
// most once a second (Chromium's `delay`), to catch what moved without a
// scroll, and scrolling is followed at once by a look at the elements around
// the viewport, found by a binary search over where they were last measured.
import type { Mark } from './mention-registry';

/** How often, at most, the observer recomputes every box (Chromium; other browsers ignore it). */
const OBSERVER_DELAY_MS = 1000;
/** How long the elements' measured places are trusted (the page may have moved them since). */
const PLACES_MS = 1000;

export class OnScreenMarks {
  private readonly marks = new Map<Element, Set<Mark>>();
  /** Where each mark was when tracked: it may be detached by the time it is untracked. */
  private readonly parents = new Map<Mark, Element>();
  private readonly onScreen = new Set<Element>();
  /** The marked elements by their top in the document, as last measured; null after marks changed. */
  private places: Places | null = null;
  private readonly observer: IntersectionObserver;
  private frame = 0;
  private readonly onScroll = () => this.schedule();

  constructor(
    private readonly show: (mark: Mark) => void,
    private readonly hide: (mark: Mark) => void,
  ) {
    this.observer = new IntersectionObserver((entries) => this.onChange(entries), {
      delay: OBSERVER_DELAY_MS,
    } as IntersectionObserverInit);
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
      this.observer.observe(el);
      this.places = null;
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
    this.onScreen.delete(el);
    this.observer.unobserve(el);
    this.places = null;
  }

  disconnect(): void {
    this.observer.disconnect();
    document.removeEventListener('scroll', this.onScroll, { capture: true });
    window.removeEventListener('resize', this.onScroll);
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.marks.clear();
    this.parents.clear();
    this.onScreen.clear();
    this.places = null;
  }

  private schedule(): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.sweep();
    });
  }

  /** After a scroll: what is on screen now, from the elements measured around the viewport and those shown before. */
  private sweep(): void {
    if (!this.places || performance.now() - this.places.at > PLACES_MS) this.places = measure([...this.marks.keys()]);
    const { els, tops, tallest } = this.places;
    const seen = new Set<Element>();
    const [from, to] = placesNear(tops, tallest, scrollY, innerHeight);
    for (let i = from; i < to; i++) if (onScreen(els[i]!.getBoundingClientRect())) seen.add(els[i]!);
    // Those shown before stay only if still on screen (the observer shows what the places miss).
    for (const el of this.onScreen) if (!seen.has(el) && !onScreen(el.getBoundingClientRect())) this.set(el, false);
    for (const el of seen) this.set(el, true);
  }

  private onChange(entries: IntersectionObserverEntry[]): void {
    for (const { target, isIntersecting } of entries) this.set(target, isIntersecting);
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
 * element's height (and a screen more, for what moved since it was measured)
 * above the viewport, to the last whose top lies above its bottom.
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

interface Places {
  els: Element[];
  /** Each element's top in document coordinates, ascending. */
  tops: Float64Array;
  /** The tallest element's height, how far above the viewport a top may lie for the element to reach into it. */
  tallest: number;
  at: number;
}

/** Where each element is in the document (about 0.5 µs an element with the layout up to date). */
function measure(elements: Element[]): Places {
  const placed: { el: Element; top: number }[] = [];
  let tallest = 0;
  for (const el of elements) {
    const box = el.getBoundingClientRect();
    if (box.height === 0 && box.width === 0) continue;
    placed.push({ el, top: box.top + scrollY });
    tallest = Math.max(tallest, box.height);
  }
  placed.sort((a, b) => a.top - b.top);
  return { els: placed.map((p) => p.el), tops: Float64Array.from(placed, (p) => p.top), tallest, at: performance.now() };
}
