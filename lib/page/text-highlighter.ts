// Paints marks with the CSS Custom Highlight API: no element is added to the
// page, so its layout, styles and scripts never see Siyaq. Where the API is
// missing, marks are simply not painted; hover cards still work.
import type { MarkStyle } from '../settings/settings';
import type { Mark } from './mention-registry';
import { OnScreenMarks } from './on-screen-marks';

const NAMES: Record<Exclude<MarkStyle, 'none'>, string> = {
  underline: 'siyaq-underline',
  background: 'siyaq-background',
};
/**
 * The underline's stand-in where only the marks in the viewport are painted: a
 * tint without text-decoration. Chromium recomputes the ink overflow of every
 * text with a decorated highlight each time it puts the highlights back (after
 * any change to the page), up through every ancestor's children: on the 2 MB
 * page one underlined mark cost the page 2.5× its own main-thread time, one
 * tinted mark 1.2×, in a trial without the extension (README, Speed).
 */
const TINT = 'siyaq-tint';
const ALL_NAMES = [...Object.values(NAMES), TINT];
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
  private inView: OnScreenMarks | null = null;

  constructor() {
    this.highlight = highlightsSupported() ? new Highlight() : null;
  }

  setStyle(style: MarkStyle): void {
    this.style = style;
    if (!this.highlight) return;
    for (const name of ALL_NAMES) CSS.highlights.delete(name);
    if (style === 'none') return;
    CSS.highlights.set(style === 'underline' && this.inView ? TINT : NAMES[style], this.highlight);
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
    if (!highlight || this.inView) return;
    highlight.clear();
    this.inView = new OnScreenMarks(
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
    this.setStyle(this.style);
  }

  /** The page changed: marks may have moved into or out of view. */
  pageChanged(): void {
    this.inView?.pageChanged();
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
    for (const name of ALL_NAMES) if (CSS.highlights.get(name) === this.highlight) CSS.highlights.delete(name);
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
