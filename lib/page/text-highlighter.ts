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

export function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

export class TextHighlighter {
  private readonly highlight: Highlight | null;
  private readonly ranges = new Map<Text, AbstractRange[]>();
  private style: MarkStyle = 'underline';

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
    if (!this.highlight) return;
    this.unmark(node);
    if (mentions.length === 0) return;
    const list = mentions.map((m) => new StaticRange({ startContainer: node, startOffset: m.start, endContainer: node, endOffset: m.end }));
    for (const range of list) this.highlight.add(range);
    this.ranges.set(node, list);
  }

  unmark(node: Text): void {
    const old = this.ranges.get(node);
    if (!old || !this.highlight) return;
    for (const range of old) this.highlight.delete(range);
    this.ranges.delete(node);
  }

  /** Drop ranges of nodes that left the document. */
  prune(): void {
    for (const node of this.ranges.keys()) if (!node.isConnected) this.unmark(node);
  }

  clear(): void {
    this.highlight?.clear();
    this.ranges.clear();
    for (const name of [...Object.values(NAMES), FLASH]) if (highlightsSupported()) CSS.highlights.delete(name);
  }

  /** Briefly emphasise one range (the popup's "show me"). */
  flash(range: AbstractRange, ms = 1600): void {
    if (!highlightsSupported()) return;
    CSS.highlights.set(FLASH, new Highlight(range));
    setTimeout(() => CSS.highlights.delete(FLASH), ms);
  }

  get markStyle(): MarkStyle {
    return this.style;
  }
}
