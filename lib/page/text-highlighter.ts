// Paints marks with the CSS Custom Highlight API: no element is added to the
// page, so its layout, styles and scripts never see Siyaq. Where the API is
// missing, marks are simply not painted; hover cards still work.
import type { MarkStyle } from '../settings/settings';
import { MarkOverlay, type Rgba } from './mark-overlay';
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

/** The overlay's colours: those of the rules in page-marks.css (the underline's as its tint). */
const OVERLAY_COLOURS: Record<Exclude<MarkStyle, 'none'>, Rgba> = {
  underline: [11, 110, 99, 0.16],
  background: [253, 216, 92, 0.55],
};

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

/**
 * Where on-screen marks are painted as boxes (mark-overlay.ts): Chromium, whose
 * cost of registered ranges on a changing page the overlay removes. Firefox
 * keeps the Highlight API.
 */
function overlaySupported(): boolean {
  return typeof CSS.supports === 'function' && CSS.supports('mix-blend-mode', 'multiply') && !CSS.supports('-moz-orient', 'inline');
}

export class TextHighlighter {
  private readonly highlight: Highlight | null;
  private readonly ranges = new Map<Mark, StaticRange>();
  private style: MarkStyle = 'underline';
  private flashing: Highlight | null = null;
  /** Set once the page has more marks than PAINT_ALL_LIMIT, or keeps changing. */
  private inView: OnScreenMarks | null = null;
  /** Paints the on-screen marks from then on, where supported; the highlight keeps only those it cannot place. */
  private overlay: MarkOverlay | null = null;
  /** Asked once: the answer does not change while the page lives. */
  private readonly canOverlay: boolean;

  /** `isOwn`: Siyaq's own elements (the card), which may cover a mark without hiding it for good. */
  constructor(private readonly isOwn: (node: Node) => boolean = () => false) {
    this.highlight = highlightsSupported() ? new Highlight() : null;
    this.canOverlay = !!this.highlight && overlaySupported();
  }

  /** Whether the node is Siyaq's overlay or in it. */
  owns(node: Node): boolean {
    return !!this.overlay?.contains(node);
  }

  setStyle(style: MarkStyle): void {
    this.style = style;
    if (!this.highlight) return;
    for (const name of ALL_NAMES) CSS.highlights.delete(name);
    this.overlay?.setColour(style === 'none' ? null : OVERLAY_COLOURS[style]);
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
   *
   * `busy`: the page keeps changing. Where supported (Chromium), its on-screen
   * marks are then painted as boxes above the page instead (mark-overlay.ts),
   * which cost nothing while they do not move; a page that only holds many
   * marks keeps the Highlight API.
   */
  paintInViewOnly(busy = false): void {
    const highlight = this.highlight;
    if (!highlight) return;
    // Called on every change of a busy page: nothing to do once painting follows the viewport as it can.
    const overlaid = busy && this.canOverlay;
    if (this.inView && (this.overlay || !overlaid)) return;
    // A long page become busy starts over, its on-screen marks moved to the overlay.
    this.inView?.disconnect();
    highlight.clear();
    const add = (m: Mark) => {
      const r = this.ranges.get(m);
      if (r) highlight.add(r);
    };
    const remove = (m: Mark) => {
      const r = this.ranges.get(m);
      if (r) highlight.delete(r);
    };
    const overlay = overlaid ? new MarkOverlay({ add, delete: remove }, this.isOwn) : null;
    this.overlay = overlay;
    this.inView = overlay
      ? new OnScreenMarks(
          (m) => overlay.show(m),
          (m) => overlay.hide(m),
        )
      : new OnScreenMarks(add, remove);
    for (const m of this.ranges.keys()) this.inView.track(m);
    this.setStyle(this.style);
  }

  /** The page changed (these nodes): marks may have moved into or out of view. */
  pageChanged(targets: readonly Node[] = []): void {
    // A change the overlay found a moment ago to move nothing (a ticker in a fixed box) brings nothing into view either.
    if (this.overlay && !this.overlay.pageChanged(targets)) return;
    this.inView?.pageChanged();
  }

  unmark(mark: Mark): void {
    const range = this.ranges.get(mark);
    if (!range || !this.highlight) return;
    this.highlight.delete(range);
    this.ranges.delete(mark);
    this.inView?.untrack(mark);
    this.overlay?.hide(mark);
  }

  clear(): void {
    this.highlight?.clear();
    this.ranges.clear();
    this.inView?.disconnect();
    this.inView = null;
    this.overlay?.destroy();
    this.overlay = null;
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
