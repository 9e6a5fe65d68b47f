// Paints marks with the CSS Custom Highlight API: no element is added to the
// page, so its layout, styles and scripts never see Siyaq. Where the API is
// missing, marks are simply not painted; hover cards still work.
import type { MarkStyle } from '../settings/settings';
import type { Mark } from './mention-registry';

const NAMES: Record<Exclude<MarkStyle, 'none'>, string> = {
  underline: 'siyaq-underline',
  background: 'siyaq-background',
};
const FLASH = 'siyaq-flash';

/**
 * Past this many marks only those in the viewport are painted: the browser
 * re-examines every registered range when it paints, and tens of thousands of
 * them (a 2 MB live blog) turn each frame into a long task. The same happens
 * on any page that keeps changing (see churn-meter.ts). Marks still exist for
 * hover and the popup; only their paint follows the scroll.
 */
export const PAINT_ALL_LIMIT = 1500;

export function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

export class TextHighlighter {
  private readonly highlight: Highlight | null;
  private readonly ranges = new Map<Mark, StaticRange>();
  private style: MarkStyle = 'underline';
  private flashing: Highlight | null = null;
  /** Set once the page has more marks than PAINT_ALL_LIMIT, or keeps changing. */
  private inView: InView | null = null;

  constructor() {
    this.highlight = highlightsSupported() ? new Highlight() : null;
  }

  setStyle(style: MarkStyle): void {
    this.style = style;
    if (!this.highlight) return;
    for (const name of Object.values(NAMES)) CSS.highlights.delete(name);
    if (style !== 'none') CSS.highlights.set(NAMES[style], this.highlight);
  }

  mark(mark: Mark): void {
    const highlight = this.highlight;
    if (!highlight || this.ranges.has(mark)) return;
    const range = new StaticRange({
      startContainer: mark.nodes[0]!,
      startOffset: mark.start,
      endContainer: mark.nodes[mark.nodes.length - 1]!,
      endOffset: mark.end,
    });
    this.ranges.set(mark, range);
    if (!this.inView && this.ranges.size > PAINT_ALL_LIMIT) this.paintInViewOnly();
    if (this.inView) this.inView.track(mark);
    else highlight.add(range);
  }

  /**
   * From now on only marks in the viewport are registered. After any change to
   * the page's DOM or style, Chromium takes every registered range off its text
   * and puts it back, which repaints that text (about 0.02 ms a mark on the
   * 2-core bench machine, each time): on a page that keeps changing (or holds
   * thousands of marks) that work would be paid again and again for marks no
   * one can see. Marks just outside are left out too: each costs as much as
   * one on screen (bench/page.bench.ts).
   */
  paintInViewOnly(): void {
    const highlight = this.highlight;
    if (!highlight || this.inView || typeof IntersectionObserver !== 'function') return;
    highlight.clear();
    this.inView = new InView(
      (m) => {
        const r = this.ranges.get(m);
        if (r) highlight.add(r);
      },
      (m) => {
        const r = this.ranges.get(m);
        if (r) highlight.delete(r);
      },
    );
    for (const m of this.ranges.keys()) this.inView.track(m);
  }

  unmark(mark: Mark): void {
    const range = this.ranges.get(mark);
    if (!range || !this.highlight) return;
    this.highlight.delete(range);
    this.ranges.delete(mark);
    this.inView?.untrack(mark);
  }

  clear(): void {
    this.highlight?.clear();
    this.ranges.clear();
    this.inView?.disconnect();
    this.inView = null;
    if (!highlightsSupported()) return;
    // Names are shared by the whole page: an old copy of Siyaq, retired after
    // an update, must not take down the marks of the copy that replaced it.
    for (const name of Object.values(NAMES)) if (CSS.highlights.get(name) === this.highlight) CSS.highlights.delete(name);
    if (CSS.highlights.get(FLASH) === this.flashing) CSS.highlights.delete(FLASH);
  }

  /** Briefly emphasise one range (the popup's "show me"). */
  flash(range: AbstractRange, ms = 1600): void {
    if (!highlightsSupported()) return;
    const flashing = new Highlight(range);
    this.flashing = flashing;
    CSS.highlights.set(FLASH, flashing);
    setTimeout(() => {
      if (CSS.highlights.get(FLASH) === flashing) CSS.highlights.delete(FLASH);
    }, ms);
  }

  get markStyle(): MarkStyle {
    return this.style;
  }
}

/** Tells which marks are on screen, by the element their first letter is in. */
class InView {
  private readonly marks = new Map<Element, Set<Mark>>();
  /** Where each mark was when tracked: it may be detached by the time it is untracked. */
  private readonly parents = new Map<Mark, Element>();
  private readonly onScreen = new Set<Element>();
  private readonly observer: IntersectionObserver;

  constructor(
    private readonly show: (mark: Mark) => void,
    private readonly hide: (mark: Mark) => void,
  ) {
    this.observer = new IntersectionObserver((entries) => this.onChange(entries));
  }

  track(mark: Mark): void {
    const el = mark.nodes[0]!.parentElement;
    if (!el) return;
    let set = this.marks.get(el);
    if (!set) {
      set = new Set();
      this.marks.set(el, set);
      this.observer.observe(el);
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
  }

  disconnect(): void {
    this.observer.disconnect();
    this.marks.clear();
    this.parents.clear();
    this.onScreen.clear();
  }

  private onChange(entries: IntersectionObserverEntry[]): void {
    for (const { target, isIntersecting } of entries) {
      const set = this.marks.get(target);
      if (!set) continue;
      if (isIntersecting) this.onScreen.add(target);
      else this.onScreen.delete(target);
      for (const mark of set) (isIntersecting ? this.show : this.hide)(mark);
    }
  }
}
