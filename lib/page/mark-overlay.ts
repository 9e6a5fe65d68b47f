// Marks painted as boxes above the page, in a closed shadow root of Siyaq's
// own, for a page that keeps changing (Chromium). Any change to a page's DOM or
// style makes Chromium take every registered highlight range off its text and
// put it back, repainting every marked text node (and with it most of the
// page): on the bench's ticker that doubled the page's paint time with all
// marks on screen. Boxes that have not moved are not painted again: after a
// change they are only looked at (the marked elements' places), and written
// to only when one has moved.
//
// The boxes lie over the letters, so they blend with what is under them
// (overlay-geometry.ts). A box is clipped to every box that clips its text,
// and is drawn only where the page shows that text on top (hit-tested at its
// middle and both ends): never over a sticky header, a menu or a dialog.
// Marks this cannot place or blend faithfully (under a fixed or sticky box, a
// transform, a CSS zoom, a clip path, a mask, a filter or an opacity) are
// painted by the Highlight API as before, through `elsewhere`.
import { Backoff } from './backoff';
import { spanIn, type Mark } from './mention-registry';
import { blendedColour, blendFor, clipBox, inLayer, probePoints, sameBoxes, type Blend, type Box, type Point } from './overlay-geometry';

/** The overlay's host element: an unknown element, which no page styles by name. */
export const OVERLAY_HOST_TAG = 'SIYAQ-MARKS';

/**
 * The host sits in the page's root stacking context without forming one (the
 * boxes blend with the page under them only so): positioned, no z-index, no size.
 * The boxes of each blend are rectangles of one SVG image, which blends with
 * the page as a whole: every repaint of the page passes two images, not every
 * box. A box as a positioned element of its own is a layer of its own, which
 * every repaint passes: 40 such boxes made the demo page's 10 Hz class toggle
 * cost 1.09× its own time, in a browser without Siyaq (two images: 1.00×).
 * An image of no size is not painted at all; one of 1 px paints all that overflows it.
 * `all: initial` from inside outranks any page rule that reaches the host.
 */
const CSS_TEXT = `:host { all: initial !important; position: absolute !important; left: 0 !important; top: 0 !important;
  width: 0 !important; height: 0 !important; overflow: visible !important; pointer-events: none !important; }
svg { position: absolute; left: 0; top: 0; width: 1px; height: 1px; overflow: visible; pointer-events: none; }`;

const SVG_NS = 'http://www.w3.org/2000/svg';

/** A node whose changes were found to move nothing else is looked at again after this long; found so again and again, up to RECHECK_AT_MOST_MS (backoff.ts). */
const RECHECK_MS = 1000;
const RECHECK_AT_MOST_MS = 4000;

/** A highlight's colour (0–255, alpha 0–1). */
export type Rgba = readonly [number, number, number, number];

interface Placement {
  /** Where the element of the mark's first letter was (document coordinates) when the boxes were measured. */
  anchor: Box | null;
  boxes: Box[];
  blend: Blend;
  painted: SVGRectElement[];
  /** Painted by the Highlight API instead. */
  elsewhere: boolean;
}

interface Ancestry {
  elsewhere: boolean;
  /** Elements whose padding box clips the text. */
  clips: Element[];
  blend: Blend;
  /** The text is invisible (hit tests pass through it, to what lies under). */
  hidden: boolean;
}

export interface Elsewhere {
  add: (mark: Mark) => void;
  delete: (mark: Mark) => void;
}

export class MarkOverlay {
  private host: HTMLElement | null = null;
  private layer: ShadowRoot | null = null;
  /** The boxes of each blend, blended with the page as one. */
  private groups: Record<Blend, SVGSVGElement> | null = null;
  private readonly placed = new Map<Mark, Placement>();
  private colour: Rgba | null = null;
  private frame = 0;
  /** Everything is measured again in the next frame (a scroll, a resize, a new colour). */
  private everything = true;
  /** What decides how each element's marks are painted, read again after the page changed. */
  private ancestries = new WeakMap<Element, Ancestry>();
  /** Where the layer's origin was, in document coordinates. */
  private origin: Point | null = null;
  /** Marks shown since the last look, not measured yet. */
  private fresh = false;
  /** A look at new marks is queued for the end of the current task. */
  private soon = false;
  /** What the page changed since the last look, if anything. */
  private changed: Node[] = [];
  /** The position last seen of out-of-flow elements the page changed. */
  private readonly positions = new WeakMap<Element, string>();
  /** Nodes whose changes were last found to move nothing else (in a fixed or absolute box), and when. */
  private readonly movesNothing = new Backoff<Node>(RECHECK_MS, RECHECK_AT_MOST_MS);
  /** The page changed since the ancestries were read. */
  private stale = false;
  private readonly onScroll = () => {
    this.everything = true;
    this.schedule();
  };

  constructor(
    private readonly elsewhere: Elsewhere,
    private readonly isOwn: (node: Node) => boolean,
  ) {
    // Capture: scroll events of any scrolling box, which do not bubble.
    document.addEventListener('scroll', this.onScroll, { capture: true, passive: true });
    window.addEventListener('resize', this.onScroll, { passive: true });
  }

  /** Whether the host is this node or holds it. */
  contains(node: Node): boolean {
    return !!this.host && this.host.contains(node);
  }

  /** The highlight colour to paint with; null: paint nothing. */
  setColour(colour: Rgba | null): void {
    this.colour = colour;
    for (const p of this.placed.values()) this.paint(p, p.boxes, p.blend);
    this.everything = true;
    this.schedule();
  }

  show(mark: Mark): void {
    if (this.placed.has(mark)) return;
    this.placed.set(mark, { anchor: null, boxes: [], blend: 'multiply', painted: [], elsewhere: false });
    this.fresh = true;
    // In the same frame as it is found on screen (usually in a frame callback), as a registered range would be.
    if (!this.soon) {
      this.soon = true;
      queueMicrotask(() => {
        this.soon = false;
        if (this.fresh) this.update();
      });
    }
  }

  hide(mark: Mark): void {
    const p = this.placed.get(mark);
    if (!p) return;
    this.placed.delete(mark);
    for (const el of p.painted) el.remove();
    if (p.elsewhere) this.elsewhere.delete(mark);
  }

  /**
   * The page changed these nodes: a mark may have moved. Looked at in the next
   * frame, unless these nodes' changes were found to move nothing a moment ago
   * (a ticker is not looked at on every tick). Returns whether they may have moved anything.
   */
  pageChanged(targets: readonly Node[]): boolean {
    const now = performance.now();
    if (targets.every((node) => this.movesNothing.within(node, now))) return false;
    this.stale = true;
    if (this.changed.length < 64) this.changed.push(...targets);
    else this.changed.length = 0;
    this.schedule();
    return true;
  }

  destroy(): void {
    document.removeEventListener('scroll', this.onScroll, { capture: true });
    window.removeEventListener('resize', this.onScroll);
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    for (const [mark, p] of this.placed) if (p.elsewhere) this.elsewhere.delete(mark);
    this.placed.clear();
    this.host?.remove();
    this.host = this.layer = this.groups = null;
  }

  private schedule(): void {
    this.frame ||= requestAnimationFrame(() => {
      this.frame = 0;
      this.update();
    });
  }

  /**
   * Marks whose element moved (all after a scroll) are measured again, and
   * written to only if a box moved. In a frame callback the page's change is
   * not laid out yet: reading a box lays it out here instead of later in the
   * frame, not twice.
   */
  private update(): void {
    const changed = this.changed;
    this.changed = [];
    if (this.placed.size === 0) return;
    const layer = this.ensureLayer();
    if (!layer) return;
    // A ticker or a badge in a fixed or absolute box moves nothing else: not even the layout is read then.
    const fresh = this.fresh;
    this.fresh = false;
    if (this.stale) this.ancestries = new WeakMap();
    this.stale = false;
    if (!this.everything && !fresh && changed.length > 0 && changed.every((node) => this.outOfFlow(node))) return;
    const hostBox = this.host!.getBoundingClientRect();
    const origin = { x: hostBox.left + scrollX, y: hostBox.top + scrollY };
    const everything = this.everything || !this.origin || origin.x !== this.origin.x || origin.y !== this.origin.y;
    this.everything = false;
    this.origin = origin;
    const anchors = new Map<Element, Box>();
    for (const [mark, p] of this.placed) {
      const el = mark.nodes[0]!.parentElement;
      // Text taken out: its marks are dropped by the registry in this frame.
      if (!el?.isConnected) continue;
      let anchor = anchors.get(el);
      if (!anchor) {
        const r = el.getBoundingClientRect();
        anchor = { left: r.left + scrollX, top: r.top + scrollY, width: r.width, height: r.height };
        anchors.set(el, anchor);
      }
      if (!everything && p.anchor && sameBoxes([anchor], [p.anchor])) continue;
      p.anchor = anchor;
      const ancestry = this.ancestryOf(el);
      if (ancestry.elsewhere !== p.elsewhere) {
        p.elsewhere = ancestry.elsewhere;
        if (p.elsewhere) this.elsewhere.add(mark);
        else this.elsewhere.delete(mark);
      }
      const boxes = p.elsewhere ? [] : this.measure(mark, hostBox);
      if (!sameBoxes(boxes, p.boxes) || ancestry.blend !== p.blend) this.paint(p, boxes, ancestry.blend);
    }
  }

  /** The mark's boxes in the layer: each line of each of its text nodes, clipped, where the page shows that text on top. */
  private measure(mark: Mark, hostBox: DOMRect): Box[] {
    const boxes: Box[] = [];
    const range = document.createRange();
    const width = document.documentElement.clientWidth;
    const height = document.documentElement.clientHeight;
    for (const node of mark.nodes) {
      const el = node.parentElement;
      if (!el) continue;
      const { start, end } = spanIn(mark, node);
      range.setStart(node, Math.min(start, node.length));
      range.setEnd(node, Math.min(end, node.length));
      const ancestry = this.ancestryOf(el);
      if (ancestry.hidden) continue;
      const clips = ancestry.clips.map(paddingBox);
      const root = el.getRootNode() as Document | ShadowRoot;
      for (const rect of range.getClientRects()) {
        const box = clipBox(rect, clips);
        if (!box) continue;
        const points = probePoints(box, width, height);
        if (points.length === 0 || !points.every((point) => this.showsOnTop(root, point, el))) continue;
        boxes.push(inLayer(box, { x: hostBox.left, y: hostBox.top }));
      }
    }
    return boxes;
  }

  /** Whether the page shows this element's text on top at this point (Siyaq's card aside). */
  private showsOnTop(root: Document | ShadowRoot, { x, y }: Point, el: Element): boolean {
    let hit = root.elementFromPoint(x, y);
    if (hit && this.isOwn(hit)) hit = root.elementsFromPoint(x, y).find((e) => !this.isOwn(e)) ?? null;
    return !!hit && (hit === el || el.contains(hit) || hit.contains(el));
  }

  private paint(p: Placement, boxes: Box[], blend: Blend): void {
    p.boxes = boxes;
    p.blend = blend;
    const group = this.groups?.[blend];
    const shown = this.colour && group ? boxes : [];
    const fill = this.colour ? blendedColour(this.colour, blend) : '';
    while (p.painted.length > shown.length) p.painted.pop()!.remove();
    shown.forEach((box, i) => {
      let el = p.painted[i];
      if (!el) {
        el = document.createElementNS(SVG_NS, 'rect');
        p.painted.push(el);
      }
      if (el.parentNode !== group) group!.append(el);
      el.setAttribute('x', String(box.left));
      el.setAttribute('y', String(box.top));
      el.setAttribute('width', String(box.width));
      el.setAttribute('height', String(box.height));
      el.setAttribute('fill', fill);
    });
  }

  /**
   * Whether a change to this node stays inside a fixed or absolute box that
   * holds no painted mark: such a box's content moves nothing outside it. A
   * box restyled itself counts only if it was out of flow before too (a
   * header made fixed moves what follows it).
   */
  private outOfFlow(node: Node): boolean {
    const changedEl = node instanceof Element ? node : node.parentElement;
    for (let a = changedEl; a; a = composedParent(a)) {
      const position = getComputedStyle(a).position;
      if (position !== 'fixed' && position !== 'absolute') continue;
      const before = this.positions.get(a);
      this.positions.set(a, position);
      if (a === changedEl && node instanceof Element && before !== position) return false;
      for (const mark of this.placed.keys()) if (a.contains(mark.nodes[0]!)) return false;
      this.movesNothing.seen(node, performance.now());
      return true;
    }
    return false;
  }

  /** The layer, built once and put back if the page took it out. */
  private ensureLayer(): ShadowRoot | null {
    if (!this.host) {
      const host = document.createElement(OVERLAY_HOST_TAG.toLowerCase());
      try {
        this.layer = host.attachShadow({ mode: 'closed' });
      } catch {
        // The page defined an element by this name and took its shadow root: marks go back to the Highlight API.
        return null;
      }
      const style = document.createElement('style');
      style.textContent = CSS_TEXT;
      const group = (blend: Blend) => {
        const el = document.createElementNS(SVG_NS, 'svg');
        el.style.mixBlendMode = blend;
        return el;
      };
      this.groups = { multiply: group('multiply'), screen: group('screen') };
      this.layer.append(style, this.groups.multiply, this.groups.screen);
      this.host = host;
    }
    if (this.host.parentNode !== document.documentElement) document.documentElement.append(this.host);
    return this.layer;
  }

  /** What about an element's ancestors decides how its marks are painted, read once per change of the page. */
  private ancestryOf(el: Element): Ancestry {
    let known = this.ancestries.get(el);
    if (!known) {
      known = ancestry(el);
      this.ancestries.set(el, known);
    }
    return known;
  }
}

function ancestry(el: Element): Ancestry {
  const clips: Element[] = [];
  let elsewhere = false;
  const html = document.documentElement;
  for (let a: Element | null = el; a && !elsewhere; a = composedParent(a)) {
    const s = getComputedStyle(a);
    elsewhere =
      s.position === 'fixed' ||
      s.position === 'sticky' ||
      s.transform !== 'none' ||
      s.translate !== 'none' ||
      s.rotate !== 'none' ||
      s.scale !== 'none' ||
      s.clipPath !== 'none' ||
      s.maskImage !== 'none' ||
      s.filter !== 'none' ||
      Number.parseFloat(s.opacity) < 1 ||
      Number.parseFloat(s.zoom) !== 1;
    // The root's and the body's overflow belong to the viewport.
    if (a === html || a === document.body) continue;
    // Overflow does not apply to inline boxes (whose client size reads 0).
    if (s.display === 'inline' || s.display === 'contents') continue;
    if (s.overflowX !== 'visible' || s.overflowY !== 'visible' || /paint|strict|content/.test(s.contain)) clips.push(a);
  }
  const own = getComputedStyle(el);
  return { elsewhere, clips, blend: blendFor(own.color), hidden: own.visibility !== 'visible' };
}

function composedParent(el: Element): Element | null {
  if (el.assignedSlot) return el.assignedSlot;
  if (el.parentElement) return el.parentElement;
  const parent = el.parentNode;
  return parent instanceof ShadowRoot ? parent.host : null;
}

/** The box inside an element's borders and scroll bars, in the viewport. */
function paddingBox(el: Element): Box {
  const r = el.getBoundingClientRect();
  return { left: r.left + el.clientLeft, top: r.top + el.clientTop, width: el.clientWidth, height: el.clientHeight };
}
