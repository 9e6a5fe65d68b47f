// Paints marks with the CSS Custom Highlight API: no element is added to the
// page, so its layout, styles and scripts never see Siyaq. Where the API is
// missing, marks are simply not painted; hover cards still work.
import type { MarkStyle } from '../settings/settings';
import type { PageMention } from './mention-registry';

const NAMES: Record<Exclude<MarkStyle, 'none'>, string> = {
  underline: 'siyaq-underline',
  background: 'siyaq-background',
};
const FLASH = 'siyaq-flash';

/**
 * Past this many marks only those near the viewport are painted: the browser
 * re-examines every registered range when it paints, and tens of thousands of
 * them (a 2 MB live blog) turn each frame into a long task. Marks still exist
 * for hover and the popup; only their paint follows the scroll.
 */
export const PAINT_ALL_LIMIT = 1500;

export function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

export class TextHighlighter {
  private readonly highlight: Highlight | null;
  private readonly ranges = new Map<Text, AbstractRange[]>();
  private style: MarkStyle = 'underline';
  private flashing: Highlight | null = null;
  private total = 0;
  /** Set once the page has more marks than PAINT_ALL_LIMIT. */
  private nearViewport: NearViewport | null = null;

  constructor() {
    this.highlight = highlightsSupported() ? new Highlight() : null;
  }

  setStyle(style: MarkStyle): void {
    this.style = style;
    if (!this.highlight) return;
    for (const name of Object.values(NAMES)) CSS.highlights.delete(name);
    if (style !== 'none') CSS.highlights.set(NAMES[style], this.highlight);
  }

  mark(node: Text, mentions: readonly PageMention[]): void {
    const highlight = this.highlight;
    if (!highlight) return;
    this.unmark(node);
    if (mentions.length === 0) return;
    const list = mentions.map((m) => new StaticRange({ startContainer: node, startOffset: m.start, endContainer: node, endOffset: m.end }));
    this.ranges.set(node, list);
    this.total += list.length;
    if (!this.nearViewport && this.total > PAINT_ALL_LIMIT && typeof IntersectionObserver === 'function') {
      highlight.clear();
      this.nearViewport = new NearViewport(
        (text) => this.ranges.get(text)?.forEach((r) => highlight.add(r)),
        (text) => this.ranges.get(text)?.forEach((r) => highlight.delete(r)),
      );
      for (const text of this.ranges.keys()) this.nearViewport.track(text);
      return;
    }
    if (this.nearViewport) this.nearViewport.track(node);
    else for (const range of list) highlight.add(range);
  }

  unmark(node: Text): void {
    const old = this.ranges.get(node);
    if (!old || !this.highlight) return;
    for (const range of old) this.highlight.delete(range);
    this.ranges.delete(node);
    this.total -= old.length;
    this.nearViewport?.untrack(node);
  }

  /** Drop ranges of nodes that left the document. */
  prune(): void {
    for (const node of this.ranges.keys()) if (!node.isConnected) this.unmark(node);
  }

  clear(): void {
    this.highlight?.clear();
    this.ranges.clear();
    this.total = 0;
    this.nearViewport?.disconnect();
    this.nearViewport = null;
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

/** Tells which marked text nodes are within a viewport's height of the screen. */
class NearViewport {
  private readonly texts = new Map<Element, Set<Text>>();
  /** Where each text was when tracked: it may be detached by the time it is untracked. */
  private readonly parents = new Map<Text, Element>();
  private readonly near = new Set<Element>();
  private readonly observer: IntersectionObserver;

  constructor(
    private readonly show: (text: Text) => void,
    private readonly hide: (text: Text) => void,
  ) {
    this.observer = new IntersectionObserver((entries) => this.onChange(entries), { rootMargin: '100% 0px' });
  }

  track(text: Text): void {
    const el = text.parentElement;
    if (!el) return;
    let set = this.texts.get(el);
    if (!set) {
      set = new Set();
      this.texts.set(el, set);
      this.observer.observe(el);
    }
    set.add(text);
    this.parents.set(text, el);
    if (this.near.has(el)) this.show(text);
  }

  untrack(text: Text): void {
    const el = this.parents.get(text);
    if (!el) return;
    this.parents.delete(text);
    const set = this.texts.get(el);
    if (!set?.delete(text) || set.size > 0) return;
    this.texts.delete(el);
    this.near.delete(el);
    this.observer.unobserve(el);
  }

  disconnect(): void {
    this.observer.disconnect();
    this.texts.clear();
    this.parents.clear();
    this.near.clear();
  }

  private onChange(entries: IntersectionObserverEntry[]): void {
    for (const { target, isIntersecting } of entries) {
      const set = this.texts.get(target);
      if (!set) continue;
      if (isIntersecting) this.near.add(target);
      else this.near.delete(target);
      for (const text of set) (isIntersecting ? this.show : this.hide)(text);
    }
  }
}
