// @vitest-environment happy-dom
// Marks painted as boxes above a busy page (lib/page/mark-overlay.ts), driven in
// happy-dom with a stubbed layout: every letter 10 px wide and 20 px high where
// its text node is placed, a viewport of 1000 × 800, hit tests that answer
// with the text's element unless a covering element is laid over the point.
// The boxes are read from the overlay's closed shadow root, caught as it is
// attached. Real pixels are checked in Chromium (tests/e2e/mark-overlay*.test.ts).
import { afterEach, beforeEach, describe, expect, it, vi, type Mock, type MockInstance } from 'vitest';

import { MarkOverlay, OVERLAY_HOST_TAG, type Rgba } from '../../../lib/page/mark-overlay';
import type { Mark } from '../../../lib/page/mention-registry';

interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

const LETTER = 10;
const LINE = 20;
const VIEW_W = 1000;
const VIEW_H = 800;
const AMBER: Rgba = [255, 200, 0, 0.5];
/** AMBER multiplied over dark letters: 255·(1 − a) + c·a. */
const AMBER_MULTIPLY = 'rgb(255, 228, 128)';
/** AMBER screened over light letters: c·a. */
const AMBER_SCREEN = 'rgb(128, 100, 0)';

const DEFAULT_STYLE: Record<string, string> = {
  position: 'static',
  transform: 'none',
  translate: 'none',
  rotate: 'none',
  scale: 'none',
  clipPath: 'none',
  maskImage: 'none',
  filter: 'none',
  opacity: '1',
  zoom: '1',
  display: 'block',
  overflowX: 'visible',
  overflowY: 'visible',
  contain: 'none',
  color: 'rgb(0, 0, 0)',
  visibility: 'visible',
};

/** Each element's border box in the document. */
let layout: Map<Element, Box>;
/** Where each text node's first letter lies in the document (one line each). */
let texts: Map<Text, { left: number; top: number }>;
let styles: Map<Element, Partial<Record<string, string>>>;
/** Elements laid over the page at these document boxes (a sticky header, a menu). */
let covers: { el: Element; box: Box }[];
let own: Set<Element>;
let borders: Map<Element, number>;
/** Where the overlay's host lies in the document (its origin). */
let hostAt: { x: number; y: number };
let frames: Map<number, FrameRequestCallback>;
let nextFrame: number;
let roots: ShadowRoot[];
let elsewhere: { add: Mock<(mark: Mark) => void>; delete: Mock<(mark: Mark) => void> };
let measured: Mock<() => void>;
let attachShadow: MockInstance<(init: ShadowRootInit) => ShadowRoot>;
let rectsRead: MockInstance<() => DOMRect>;
let overlay: MarkOverlay | null;

function inside(box: Box, x: number, y: number): boolean {
  return x >= box.left && x <= box.left + box.width && y >= box.top && y <= box.top + box.height;
}

/** The page's answer to a hit test at a viewport point: what lies on top there. */
function hits(x: number, y: number): Element[] {
  const dx = x + scrollX;
  const dy = y + scrollY;
  const found = covers.filter((c) => inside(c.box, dx, dy)).map((c) => c.el);
  for (const [node, at] of texts) {
    if (node.parentElement && inside({ left: at.left, top: at.top, width: node.length * LETTER, height: LINE }, dx, dy))
      found.push(node.parentElement);
  }
  found.push(document.documentElement);
  return found;
}

beforeEach(() => {
  layout = new Map();
  texts = new Map();
  styles = new Map();
  covers = [];
  own = new Set();
  borders = new Map();
  hostAt = { x: 0, y: 0 };
  frames = new Map();
  nextFrame = 1;
  roots = [];
  overlay = null;
  elsewhere = { add: vi.fn<(mark: Mark) => void>(), delete: vi.fn<(mark: Mark) => void>() };
  vi.stubGlobal('scrollX', 0);
  vi.stubGlobal('scrollY', 0);
  vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => {
    frames.set(nextFrame, cb);
    return nextFrame++;
  });
  vi.stubGlobal('cancelAnimationFrame', (id: number) => frames.delete(id));
  vi.stubGlobal('getComputedStyle', (el: Element) => ({ ...DEFAULT_STYLE, ...styles.get(el) }));
  rectsRead = vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
    if (this.tagName === OVERLAY_HOST_TAG) return new DOMRect(hostAt.x - scrollX, hostAt.y - scrollY, 0, 0);
    const box = layout.get(this);
    return box ? new DOMRect(box.left - scrollX, box.top - scrollY, box.width, box.height) : new DOMRect(0, 0, 0, 0);
  });
  const border = (el: Element) => borders.get(el) ?? 0;
  const inner = (el: Element, side: 'width' | 'height') => (layout.get(el)?.[side] ?? 0) - 2 * border(el);
  vi.spyOn(HTMLElement.prototype, 'clientLeft', 'get').mockImplementation(function (this: HTMLElement) {
    return border(this);
  });
  vi.spyOn(HTMLElement.prototype, 'clientTop', 'get').mockImplementation(function (this: HTMLElement) {
    return border(this);
  });
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockImplementation(function (this: HTMLElement) {
    return this === document.documentElement ? VIEW_W : inner(this, 'width');
  });
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockImplementation(function (this: HTMLElement) {
    return this === document.documentElement ? VIEW_H : inner(this, 'height');
  });
  measured = vi.fn<() => void>();
  vi.spyOn(Range.prototype, 'getClientRects').mockImplementation(function (this: Range) {
    measured();
    const node = this.startContainer as Text;
    const at = texts.get(node);
    if (!at) return [] as unknown as DOMRectList;
    const rect = new DOMRect(
      at.left + this.startOffset * LETTER - scrollX,
      at.top - scrollY,
      (this.endOffset - this.startOffset) * LETTER,
      LINE,
    );
    return [rect] as unknown as DOMRectList;
  });
  document.elementFromPoint = (x: number, y: number) => hits(x, y)[0] ?? null;
  document.elementsFromPoint = (x: number, y: number) => hits(x, y);
  const attach = Object.getOwnPropertyDescriptor(Element.prototype, 'attachShadow')!.value as (
    this: Element,
    init: ShadowRootInit,
  ) => ShadowRoot;
  attachShadow = vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init: ShadowRootInit) {
    const root = attach.call(this, init);
    if (this.tagName === OVERLAY_HOST_TAG) roots.push(root);
    return root;
  });
});

afterEach(() => {
  overlay?.destroy();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  document.body.replaceChildren();
  document.documentElement.querySelectorAll(OVERLAY_HOST_TAG).forEach((el) => el.remove());
});

function newOverlay(colour: Rgba | null = AMBER): MarkOverlay {
  overlay = new MarkOverlay(elsewhere, (node) => own.has(node as Element));
  overlay.setColour(colour);
  return overlay;
}

/** A paragraph of `words` at a document point, in `parent`. */
function paragraph(words: string, left: number, top: number, parent: ParentNode = document.body): { el: HTMLElement; text: Text } {
  const el = document.createElement('p');
  el.textContent = words;
  parent.append(el);
  const text = el.firstChild as Text;
  layout.set(el, { left, top, width: words.length * LETTER, height: LINE });
  texts.set(text, { left, top });
  return { el, text };
}

function markOf(text: Text, start: number, end: number): Mark {
  return { topic: 'yerevan', nodes: [text], start, end };
}

/** A new overlay showing a mark over the whole of a new paragraph of `words`, once its first look is done. */
async function shown(
  words: string,
  left: number,
  top: number,
  parent?: ParentNode,
): Promise<{ o: MarkOverlay; el: HTMLElement; text: Text }> {
  const o = newOverlay();
  const { el, text } = paragraph(words, left, top, parent);
  o.show(markOf(text, 0, words.length));
  await Promise.resolve();
  return { o, el, text };
}

/** Moves a paragraph (its element and its text) to another place in the document. */
function move(el: Element, left: number, top: number): void {
  const box = layout.get(el)!;
  layout.set(el, { ...box, left, top });
  texts.set(el.firstChild as Text, { left, top });
}

function scrollTo(x: number, y: number): void {
  vi.stubGlobal('scrollX', x);
  vi.stubGlobal('scrollY', y);
  document.dispatchEvent(new Event('scroll'));
}

/** Runs the frame callbacks requested so far. */
function runFrames(): void {
  const queued = [...frames.values()];
  frames.clear();
  for (const cb of queued) cb(performance.now());
}

const host = () => document.documentElement.querySelector<HTMLElement>(OVERLAY_HOST_TAG.toLowerCase());
const rects = () => (roots[0] ? [...roots[0].querySelectorAll('rect')] : []);
/** The blend of a box: that of the group it lies in, which blends with the page as one. */
const blendOf = (box: SVGRectElement) => (box.parentNode as SVGSVGElement).style.mixBlendMode;
const boxes = () =>
  rects().map((r) => ({
    left: Number(r.getAttribute('x')),
    top: Number(r.getAttribute('y')),
    width: Number(r.getAttribute('width')),
    height: Number(r.getAttribute('height')),
  }));

describe('MarkOverlay', () => {
  it('paints a shown mark as a box over its letters, in document coordinates, in the set colour', async () => {
    const o = newOverlay();
    scrollTo(30, 200);
    const { text } = paragraph('in Yerevan today', 100, 500);
    o.show(markOf(text, 3, 10));
    await Promise.resolve();
    expect(boxes()).toEqual([{ left: 130, top: 500, width: 70, height: 20 }]);
    expect(rects()[0]!.getAttribute('fill')).toBe(AMBER_MULTIPLY);
    expect(blendOf(rects()[0]!)).toBe('multiply');
    // A rectangle of one image, not an element placed on its own: each would be a layer for every repaint of the page to pass.
    expect(rects()[0]!.parentNode!.nodeName).toBe('svg');
    expect(host()?.parentNode).toBe(document.documentElement);
  });

  it('places boxes relative to where the host lies, and measures again when the host moves', async () => {
    const o = newOverlay();
    hostAt = { x: 8, y: 16 };
    const { text, el } = paragraph('Yerevan', 100, 100);
    o.show(markOf(text, 0, 7));
    await Promise.resolve();
    expect(boxes()).toEqual([{ left: 92, top: 84, width: 70, height: 20 }]);
    // The page's margin changed: the host moved, the paragraph with it, and the boxes must follow.
    hostAt = { x: 0, y: 0 };
    move(el, 92, 84);
    o.pageChanged([el]);
    runFrames();
    expect(boxes()).toEqual([{ left: 92, top: 84, width: 70, height: 20 }]);
    // Only the host moved (the paragraph kept its place): measured again all the same.
    hostAt = { x: 10, y: 0 };
    measured.mockClear();
    o.pageChanged([document.body]);
    runFrames();
    expect(measured).toHaveBeenCalled();
    expect(boxes()).toEqual([{ left: 82, top: 84, width: 70, height: 20 }]);
  });

  it('paints each text node of a mark that spans several, from its start in the first to its end in the last', async () => {
    const o = newOverlay();
    const p = document.createElement('p');
    document.body.append(p);
    const a = document.createTextNode('in Nagorno');
    const b = document.createTextNode('-Karabakh now');
    p.append(a, b);
    layout.set(p, { left: 0, top: 40, width: 230, height: 20 });
    texts.set(a, { left: 0, top: 40 });
    texts.set(b, { left: 100, top: 40 });
    o.show({ topic: 'karabakh', nodes: [a, b], start: 3, end: 9 });
    await Promise.resolve();
    expect(boxes()).toEqual([
      { left: 30, top: 40, width: 70, height: 20 },
      { left: 100, top: 40, width: 90, height: 20 },
    ]);
  });

  it('keeps a box inside the text when the text was cut shorter than the mark', async () => {
    const o = newOverlay();
    const { text } = paragraph('Yerevan', 0, 0);
    o.show(markOf(text, 3, 12));
    await Promise.resolve();
    expect(boxes()).toEqual([{ left: 30, top: 0, width: 40, height: 20 }]);
  });

  it('keeps light letters light: a screened box in the colour times its alpha', async () => {
    const o = newOverlay();
    const { text, el } = paragraph('Yerevan', 0, 0);
    styles.set(el, { color: 'rgb(238, 238, 238)' });
    o.show(markOf(text, 0, 7));
    await Promise.resolve();
    expect(rects()[0]!.getAttribute('fill')).toBe(AMBER_SCREEN);
    expect(blendOf(rects()[0]!)).toBe('screen');
  });

  it('paints nothing with no colour, and paints the kept boxes again when a colour is set', async () => {
    const o = newOverlay(null);
    const { text } = paragraph('Yerevan', 0, 0);
    o.show(markOf(text, 0, 7));
    await Promise.resolve();
    expect(rects()).toHaveLength(0);
    o.setColour(AMBER);
    expect(boxes()).toEqual([{ left: 0, top: 0, width: 70, height: 20 }]);
    o.setColour([0, 0, 255, 1]);
    expect(rects()).toHaveLength(1);
    expect(rects()[0]!.getAttribute('fill')).toBe('rgb(0, 0, 255)');
    o.setColour(null);
    expect(rects()).toHaveLength(0);
  });

  it('writes nothing after a page change that moved no mark, and moves the box of one that moved', async () => {
    const o = newOverlay();
    const still = paragraph('Yerevan', 0, 100);
    const moving = paragraph('Baku', 0, 200);
    o.show(markOf(still.text, 0, 7));
    o.show(markOf(moving.text, 0, 4));
    await Promise.resolve();
    const [stillBox, movingBox] = rects();
    // Marked so that a write would show: the overlay writes every side of a box it paints.
    stillBox!.setAttribute('x', '999');
    movingBox!.setAttribute('x', '999');
    measured.mockClear();
    o.pageChanged([document.body]);
    runFrames();
    expect(measured).not.toHaveBeenCalled();
    expect(stillBox!.getAttribute('x')).toBe('999');
    expect(movingBox!.getAttribute('x')).toBe('999');

    move(moving.el, 40, 260);
    o.pageChanged([moving.el]);
    runFrames();
    expect(rects()).toEqual([stillBox, movingBox]);
    expect(stillBox!.getAttribute('x')).toBe('999');
    expect(boxes()[1]).toEqual({ left: 40, top: 260, width: 40, height: 20 });
  });

  it('measures again after a scroll but writes only boxes that moved in the document', async () => {
    await shown('Yerevan', 0, 100);
    rects()[0]!.setAttribute('x', '999');
    measured.mockClear();
    scrollTo(0, 50);
    runFrames();
    expect(measured).toHaveBeenCalled();
    expect(rects()[0]!.getAttribute('x')).toBe('999');
  });

  it('paints a mark that a scroll brings into the viewport, and not one outside it', async () => {
    await shown('Yerevan', 0, 2000);
    expect(rects()).toHaveLength(0);
    scrollTo(0, 1500);
    expect(rects()).toHaveLength(0);
    runFrames();
    expect(boxes()).toEqual([{ left: 0, top: 2000, width: 70, height: 20 }]);
  });

  it('measures again after a resize', async () => {
    const { text } = await shown('Yerevan', 0, 100);
    // The text reflowed: its element's box is the same, its letters are not.
    texts.set(text, { left: 300, top: 100 });
    window.dispatchEvent(new Event('resize'));
    runFrames();
    expect(boxes()).toEqual([{ left: 300, top: 100, width: 70, height: 20 }]);
  });

  it('measures again after a scrolling box scrolls (its scroll event does not bubble)', async () => {
    const o = newOverlay();
    const box = document.createElement('div');
    document.body.append(box);
    const { text, el } = paragraph('Yerevan', 0, 100, box);
    o.show(markOf(text, 0, 7));
    await Promise.resolve();
    runFrames();
    // The box scrolled its text up; the paragraph's element is measured at the same place by this stub.
    texts.set(text, { left: 0, top: 60 });
    expect(layout.get(el)!.top).toBe(100);
    box.dispatchEvent(new Event('scroll'));
    runFrames();
    expect(boxes()).toEqual([{ left: 0, top: 60, width: 70, height: 20 }]);
  });

  it('measures nothing again for a page change after a scroll whose event has not come yet', async () => {
    const { o } = await shown('Yerevan', 0, 100);
    runFrames();
    vi.stubGlobal('scrollX', 5);
    vi.stubGlobal('scrollY', 30);
    measured.mockClear();
    o.pageChanged([document.body]);
    runFrames();
    expect(measured).not.toHaveBeenCalled();
  });

  it('measures again when the host moves down only', async () => {
    const { o } = await shown('Yerevan', 100, 100);
    runFrames();
    hostAt = { x: 0, y: 10 };
    o.pageChanged([document.body]);
    runFrames();
    expect(boxes()).toEqual([{ left: 100, top: 90, width: 70, height: 20 }]);
  });

  it('paints again in the other blend when the text’s colour turned light and nothing moved', async () => {
    const { o, el } = await shown('Yerevan', 0, 0);
    styles.set(el, { color: 'rgb(250, 250, 250)' });
    o.pageChanged([el]);
    scrollTo(0, 0);
    runFrames();
    expect(blendOf(rects()[0]!)).toBe('screen');
    expect(rects()[0]!.getAttribute('fill')).toBe(AMBER_SCREEN);
  });

  it('paints what is left of a mark whose later text node was taken out', async () => {
    const o = newOverlay();
    const p = document.createElement('p');
    document.body.append(p);
    const a = document.createTextNode('New');
    const b = document.createTextNode('York');
    p.append(a, b);
    layout.set(p, { left: 0, top: 0, width: 70, height: 20 });
    texts.set(a, { left: 0, top: 0 });
    texts.set(b, { left: 30, top: 0 });
    b.remove();
    o.show({ topic: 'new-york', nodes: [a, b], start: 0, end: 4 });
    await Promise.resolve();
    expect(boxes()).toEqual([{ left: 0, top: 0, width: 30, height: 20 }]);
  });

  it('takes a colour set before its first look, and paints with it then', async () => {
    const o = newOverlay(null);
    const { text } = paragraph('Yerevan', 0, 0);
    o.show(markOf(text, 0, 7));
    o.setColour(AMBER);
    await Promise.resolve();
    expect(rects()).toHaveLength(1);
    expect(rects()[0]!.getAttribute('fill')).toBe(AMBER_MULTIPLY);
  });

  it('asks for one frame however many scrolls come before it', async () => {
    newOverlay();
    runFrames();
    scrollTo(0, 10);
    scrollTo(0, 20);
    window.dispatchEvent(new Event('resize'));
    expect(frames.size).toBe(1);
  });

  it('clips a box to the padding box of a scrolling ancestor', async () => {
    const o = newOverlay();
    const box = document.createElement('div');
    document.body.append(box);
    layout.set(box, { left: 100, top: 100, width: 204, height: 54 });
    borders.set(box, 2);
    styles.set(box, { overflowX: 'hidden', overflowY: 'auto' });
    // Letters 250–350 across, 140–160 down; the padding box is 102–302 by 102–152.
    const { text } = paragraph('Yerevan in Armenia', 250, 140, box);
    o.show(markOf(text, 0, 10));
    await Promise.resolve();
    expect(boxes()).toEqual([{ left: 250, top: 140, width: 52, height: 12 }]);
  });

  it.each([
    ['overflow-x alone', { overflowX: 'auto' }],
    ['overflow-y alone', { overflowY: 'clip' }],
    ['paint containment', { contain: 'paint' }],
    ['strict containment', { contain: 'strict' }],
    ['content containment', { contain: 'content' }],
  ])('clips to an ancestor with %s', async (_, style) => {
    const o = newOverlay();
    const box = document.createElement('div');
    document.body.append(box);
    layout.set(box, { left: 0, top: 0, width: 50, height: 100 });
    styles.set(box, style);
    const { text } = paragraph('Yerevan', 20, 10, box);
    o.show(markOf(text, 0, 7));
    await Promise.resolve();
    expect(boxes()).toEqual([{ left: 20, top: 10, width: 30, height: 20 }]);
  });

  it('does not clip to an ancestor contained only for layout and size', async () => {
    const o = newOverlay();
    const box = document.createElement('div');
    document.body.append(box);
    layout.set(box, { left: 0, top: 0, width: 50, height: 100 });
    styles.set(box, { contain: 'layout size' });
    const { text } = paragraph('Yerevan', 20, 10, box);
    o.show(markOf(text, 0, 7));
    await Promise.resolve();
    expect(boxes()).toEqual([{ left: 20, top: 10, width: 70, height: 20 }]);
  });

  it('does not clip to an inline ancestor, nor to the root or the body (their overflow is the viewport)', async () => {
    const o = newOverlay();
    const span = document.createElement('span');
    document.body.append(span);
    layout.set(span, { left: 0, top: 0, width: 10, height: 10 });
    styles.set(span, { display: 'inline', overflowX: 'hidden', overflowY: 'hidden' });
    const contents = document.createElement('div');
    span.append(contents);
    styles.set(contents, { display: 'contents', overflowX: 'hidden', overflowY: 'hidden' });
    styles.set(document.body, { overflowX: 'hidden', overflowY: 'hidden', contain: 'paint' });
    styles.set(document.documentElement, { overflowX: 'hidden', overflowY: 'hidden' });
    const { text } = paragraph('Yerevan', 20, 10, contents);
    o.show(markOf(text, 0, 7));
    await Promise.resolve();
    expect(boxes()).toEqual([{ left: 20, top: 10, width: 70, height: 20 }]);
  });

  it('draws nothing where the box is clipped away entirely', async () => {
    const o = newOverlay();
    const box = document.createElement('div');
    document.body.append(box);
    layout.set(box, { left: 0, top: 0, width: 300, height: 50 });
    styles.set(box, { overflowX: 'hidden', overflowY: 'hidden' });
    const { text } = paragraph('Yerevan', 0, 80, box);
    o.show(markOf(text, 0, 7));
    await Promise.resolve();
    expect(rects()).toHaveLength(0);
  });

  it('draws no box where another element lies over any of the mark’s middle and ends', async () => {
    const o = newOverlay();
    const header = document.createElement('header');
    document.body.append(header);
    const under = paragraph('Yerevan', 0, 0);
    const end = paragraph('Yerevan', 0, 100);
    const free = paragraph('Yerevan', 0, 200);
    covers.push({ el: header, box: { left: 0, top: 0, width: 1000, height: 40 } });
    // Only the last letters of the second mark are covered (a menu).
    covers.push({ el: header, box: { left: 65, top: 100, width: 100, height: 20 } });
    o.show(markOf(under.text, 0, 7));
    o.show(markOf(end.text, 0, 7));
    o.show(markOf(free.text, 0, 7));
    await Promise.resolve();
    expect(boxes()).toEqual([{ left: 0, top: 200, width: 70, height: 20 }]);
  });

  it('draws a box where the top element is inside the text’s element or holds it', async () => {
    const o = newOverlay();
    const { el, text } = paragraph('Yerevan', 0, 0);
    const inner = document.createElement('b');
    el.append(inner);
    covers.push({ el: inner, box: { left: 0, top: 0, width: 30, height: 20 } });
    const other = paragraph('Baku', 0, 100);
    covers.push({ el: document.body, box: { left: 0, top: 100, width: 1000, height: 20 } });
    o.show(markOf(text, 0, 7));
    o.show(markOf(other.text, 0, 4));
    await Promise.resolve();
    expect(boxes()).toEqual([
      { left: 0, top: 0, width: 70, height: 20 },
      { left: 0, top: 100, width: 40, height: 20 },
    ]);
  });

  it('looks through Siyaq’s own elements (its card) to what the page shows under them', async () => {
    const o = newOverlay();
    const card = document.createElement('siyaq-card');
    document.documentElement.append(card);
    own.add(card);
    const header = document.createElement('header');
    document.body.append(header);
    const under = paragraph('Yerevan', 0, 0);
    const covered = paragraph('Baku', 0, 100);
    covers.push({ el: card, box: { left: 0, top: 0, width: 1000, height: 200 } });
    covers.push({ el: header, box: { left: 0, top: 100, width: 1000, height: 20 } });
    o.show(markOf(under.text, 0, 7));
    o.show(markOf(covered.text, 0, 4));
    await Promise.resolve();
    expect(boxes()).toEqual([{ left: 0, top: 0, width: 70, height: 20 }]);
    card.remove();
  });

  it('draws nothing where only Siyaq’s own elements answer the hit test', async () => {
    const o = newOverlay();
    const card = document.createElement('siyaq-card');
    document.documentElement.append(card);
    own.add(card);
    const { text } = paragraph('Yerevan', 0, 0);
    document.elementFromPoint = () => card;
    document.elementsFromPoint = () => [card];
    o.show(markOf(text, 0, 7));
    await Promise.resolve();
    expect(rects()).toHaveLength(0);
    card.remove();
  });

  it('draws nothing for invisible text', async () => {
    const o = newOverlay();
    const { text, el } = paragraph('Yerevan', 0, 0);
    styles.set(el, { visibility: 'hidden' });
    o.show(markOf(text, 0, 7));
    await Promise.resolve();
    expect(rects()).toHaveLength(0);
  });

  it.each([
    ['fixed', { position: 'fixed' }],
    ['sticky', { position: 'sticky' }],
    ['transformed', { transform: 'matrix(1, 0, 0, 1, 5, 0)' }],
    ['translated', { translate: '5px' }],
    ['rotated', { rotate: '3deg' }],
    ['scaled', { scale: '2' }],
    ['clip-pathed', { clipPath: 'inset(2px)' }],
    ['masked', { maskImage: 'linear-gradient(black, transparent)' }],
    ['filtered', { filter: 'blur(1px)' }],
    ['translucent', { opacity: '0.9' }],
    ['zoomed', { zoom: '1.5' }],
  ])('leaves a mark under a %s ancestor to the Highlight API, and takes it back when hidden', async (_, style) => {
    const o = newOverlay();
    const outer = document.createElement('div');
    document.body.append(outer);
    styles.set(outer, style);
    const { text } = paragraph('Yerevan', 0, 0, outer);
    const mark = markOf(text, 0, 7);
    o.show(mark);
    await Promise.resolve();
    expect(elsewhere.add).toHaveBeenCalledExactlyOnceWith(mark);
    expect(rects()).toHaveLength(0);
    o.hide(mark);
    expect(elsewhere.delete).toHaveBeenCalledExactlyOnceWith(mark);
  });

  it('paints a mark itself under ordinary ancestors, and never hands it to the Highlight API', async () => {
    const o = newOverlay();
    const outer = document.createElement('div');
    document.body.append(outer);
    styles.set(outer, { position: 'relative', opacity: '1', zoom: '1' });
    const { text } = paragraph('Yerevan', 0, 0, outer);
    const mark = markOf(text, 0, 7);
    o.show(mark);
    await Promise.resolve();
    expect(rects()).toHaveLength(1);
    o.hide(mark);
    expect(elsewhere.add).not.toHaveBeenCalled();
    expect(elsewhere.delete).not.toHaveBeenCalled();
  });

  it('follows a header made fixed and back: the mark goes to the Highlight API and returns', async () => {
    const o = newOverlay();
    const header = document.createElement('header');
    document.body.append(header);
    const { text } = paragraph('Yerevan', 0, 0, header);
    const mark = markOf(text, 0, 7);
    o.show(mark);
    await Promise.resolve();
    expect(rects()).toHaveLength(1);
    styles.set(header, { position: 'fixed' });
    o.pageChanged([header]);
    scrollTo(0, 0);
    runFrames();
    expect(elsewhere.add).toHaveBeenCalledExactlyOnceWith(mark);
    expect(rects()).toHaveLength(0);
    styles.delete(header);
    o.pageChanged([header]);
    scrollTo(0, 0);
    runFrames();
    expect(elsewhere.delete).toHaveBeenCalledExactlyOnceWith(mark);
    expect(rects()).toHaveLength(1);
  });

  it('paints a mark in a page’s shadow root, hit-tested there, and reads its ancestors through the host', async () => {
    const o = newOverlay();
    const widget = document.createElement('div');
    document.body.append(widget);
    const shadow = widget.attachShadow({ mode: 'open' });
    // The page's shadow root answers hit tests inside it; the document would answer with its host.
    const asked = vi.fn((x: number, y: number) => hits(x, y)[0] ?? null);
    Object.assign(shadow, { elementFromPoint: asked });
    const { text } = paragraph('Yerevan', 0, 0, shadow);
    const mark = markOf(text, 0, 7);
    o.show(mark);
    await Promise.resolve();
    expect(asked).toHaveBeenCalled();
    expect(rects()).toHaveLength(1);
    o.hide(mark);
    styles.set(widget, { position: 'fixed' });
    o.pageChanged([widget]);
    o.show(mark);
    await Promise.resolve();
    expect(elsewhere.add).toHaveBeenCalledExactlyOnceWith(mark);
  });

  it('reads a slotted text’s ancestors through its slot', async () => {
    const o = newOverlay();
    const widget = document.createElement('div');
    document.body.append(widget);
    const shadow = widget.attachShadow({ mode: 'open' });
    const panel = document.createElement('div');
    const slot = document.createElement('slot');
    panel.append(slot);
    shadow.append(panel);
    styles.set(panel, { position: 'sticky' });
    const { text, el } = paragraph('Yerevan', 0, 0, widget);
    // happy-dom assigns no slots: the paragraph is given the one Chromium would give it.
    Object.defineProperty(el, 'assignedSlot', { value: slot });
    const mark = markOf(text, 0, 7);
    o.show(mark);
    await Promise.resolve();
    expect(elsewhere.add).toHaveBeenCalledExactlyOnceWith(mark);
  });

  it('removes a hidden mark’s boxes and no others', async () => {
    const o = newOverlay();
    const a = paragraph('Yerevan', 0, 0);
    const b = paragraph('Baku', 0, 100);
    const ma = markOf(a.text, 0, 7);
    o.show(ma);
    o.show(markOf(b.text, 0, 4));
    await Promise.resolve();
    expect(rects()).toHaveLength(2);
    o.hide(ma);
    expect(boxes()).toEqual([{ left: 0, top: 100, width: 40, height: 20 }]);
    o.hide(ma);
    expect(rects()).toHaveLength(1);
  });

  it('measures a mark shown twice once', async () => {
    const o = newOverlay();
    const { text } = paragraph('Yerevan', 0, 0);
    const mark = markOf(text, 0, 7);
    o.show(mark);
    o.show(mark);
    await Promise.resolve();
    expect(rects()).toHaveLength(1);
    expect(measured).toHaveBeenCalledOnce();
  });

  it('drops the boxes of a mark that shrank to fewer lines', async () => {
    const o = newOverlay();
    const p = document.createElement('p');
    document.body.append(p);
    const a = document.createTextNode('New');
    const b = document.createTextNode('York');
    p.append(a, b);
    layout.set(p, { left: 0, top: 0, width: 70, height: 40 });
    texts.set(a, { left: 0, top: 0 });
    texts.set(b, { left: 0, top: 20 });
    o.show({ topic: 'new-york', nodes: [a, b], start: 0, end: 4 });
    await Promise.resolve();
    expect(rects()).toHaveLength(2);
    const first = rects()[0];
    // The second line went under a banner, its element moved.
    covers.push({ el: document.createElement('aside'), box: { left: 0, top: 30, width: 1000, height: 40 } });
    layout.set(p, { left: 0, top: 10, width: 70, height: 40 });
    texts.set(a, { left: 0, top: 10 });
    texts.set(b, { left: 0, top: 30 });
    o.pageChanged([p]);
    runFrames();
    expect(rects()).toEqual([first]);
    expect(boxes()).toEqual([{ left: 0, top: 10, width: 30, height: 20 }]);
  });

  it('skips a mark whose text was taken out, and paints the others', async () => {
    const o = newOverlay();
    const gone = paragraph('Yerevan', 0, 0);
    const kept = paragraph('Baku', 0, 100);
    o.show(markOf(gone.text, 0, 7));
    gone.el.remove();
    o.show(markOf(kept.text, 0, 4));
    await Promise.resolve();
    expect(boxes()).toEqual([{ left: 0, top: 100, width: 40, height: 20 }]);
  });

  it('builds its host once, puts it back when the page takes it out, and makes it catch no pointer', async () => {
    const o = newOverlay();
    expect(o.contains(document.body)).toBe(false);
    const { text } = paragraph('Yerevan', 0, 0);
    o.show(markOf(text, 0, 7));
    await Promise.resolve();
    const h = host()!;
    expect(h.tagName).toBe(OVERLAY_HOST_TAG);
    expect(o.contains(h)).toBe(true);
    expect(o.contains(document.body)).toBe(false);
    expect(roots).toHaveLength(1);
    expect(roots[0]!.mode).toBe('closed');
    const css = roots[0]!.querySelector('style')!.textContent;
    expect(css).toMatch(/:host\s*\{[^}]*all: initial !important/);
    expect(css).toMatch(/:host\s*\{[^}]*pointer-events: none !important/);
    expect(css).toMatch(/svg\s*\{[^}]*pointer-events: none/);
    h.remove();
    o.pageChanged([document.body]);
    runFrames();
    expect(host()).toBe(h);
    expect(roots).toHaveLength(1);
    // Moved into the body (a page that rebuilds its layout): put back at the root, where its origin is the document's.
    document.body.append(h);
    o.pageChanged([document.body]);
    runFrames();
    expect(h.parentNode).toBe(document.documentElement);
  });

  it('paints nothing when the page took the host’s name and shadow root, and keeps working', async () => {
    attachShadow.mockImplementation(() => {
      throw new DOMException('taken', 'NotSupportedError');
    });
    const { o } = await shown('Yerevan', 0, 0);
    expect(host()).toBeNull();
    expect(o.contains(document.body)).toBe(false);
    scrollTo(0, 10);
    expect(() => runFrames()).not.toThrow();
  });

  it('does nothing for a frame with no marks shown', async () => {
    newOverlay();
    runFrames();
    expect(host()).toBeNull();
  });

  it('on destroy: removes its host, gives back marks painted elsewhere, and stops listening', async () => {
    const o = newOverlay();
    const fixed = document.createElement('div');
    document.body.append(fixed);
    styles.set(fixed, { position: 'fixed' });
    const inFixed = markOf(paragraph('Yerevan', 0, 0, fixed).text, 0, 7);
    const plain = markOf(paragraph('Baku', 0, 100).text, 0, 4);
    o.show(inFixed);
    o.show(plain);
    await Promise.resolve();
    const h = host()!;
    scrollTo(0, 10);
    expect(frames.size).toBe(1);
    o.destroy();
    overlay = null;
    expect(frames.size).toBe(0);
    expect(h.isConnected).toBe(false);
    expect(o.contains(h)).toBe(false);
    expect(elsewhere.delete).toHaveBeenCalledExactlyOnceWith(inFixed);
    scrollTo(0, 20);
    window.dispatchEvent(new Event('resize'));
    expect(frames.size).toBe(0);
    expect(host()).toBeNull();
  });

  describe('pageChanged', () => {
    it('reads no layout after a change inside a fixed box that holds no mark, and skips that node for a second, then two', async () => {
      const now = vi.spyOn(performance, 'now').mockReturnValue(10_000);
      const { o, text } = await shown('Yerevan', 0, 0);
      const ticker = document.createElement('div');
      document.body.append(ticker);
      styles.set(ticker, { position: 'fixed' });
      const tick = document.createTextNode('0');
      ticker.append(tick);
      rectsRead.mockClear();
      expect(o.pageChanged([tick])).toBe(true);
      runFrames();
      expect(rectsRead).not.toHaveBeenCalled();
      now.mockReturnValue(10_999);
      expect(o.pageChanged([tick])).toBe(false);
      expect(frames.size).toBe(0);
      now.mockReturnValue(11_000);
      expect(o.pageChanged([tick])).toBe(true);
      runFrames();
      expect(rectsRead).not.toHaveBeenCalled();
      // Found to move nothing again at once: left alone twice as long.
      now.mockReturnValue(12_999);
      expect(o.pageChanged([tick])).toBe(false);
      now.mockReturnValue(13_000);
      expect(o.pageChanged([tick])).toBe(true);
      runFrames();
      // Another node with it: looked at.
      expect(o.pageChanged([tick, text])).toBe(true);
    });

    it('reads no layout after a change to a static element inside a fixed box', async () => {
      const { o } = await shown('Yerevan', 0, 0);
      const ticker = document.createElement('div');
      document.body.append(ticker);
      styles.set(ticker, { position: 'fixed' });
      const item = document.createElement('span');
      ticker.append(item);
      rectsRead.mockClear();
      o.pageChanged([item]);
      runFrames();
      expect(rectsRead).not.toHaveBeenCalled();
    });

    it('measures after a scroll that comes with a change in a fixed box', async () => {
      const { o, text } = await shown('Yerevan', 0, 100);
      runFrames();
      const ticker = document.createElement('div');
      document.body.append(ticker);
      styles.set(ticker, { position: 'fixed' });
      texts.set(text, { left: 0, top: 60 });
      o.pageChanged([ticker.appendChild(document.createTextNode('1'))]);
      scrollTo(0, 10);
      runFrames();
      expect(boxes()).toEqual([{ left: 0, top: 60, width: 70, height: 20 }]);
    });

    it('paints a mark shown in the same task as a change in a fixed box', async () => {
      const o = newOverlay();
      const first = paragraph('Yerevan', 0, 100);
      o.show(markOf(first.text, 0, 7));
      await Promise.resolve();
      runFrames();
      const ticker = document.createElement('div');
      document.body.append(ticker);
      styles.set(ticker, { position: 'fixed' });
      const later = paragraph('Baku', 0, 200);
      o.pageChanged([ticker.appendChild(document.createTextNode('1'))]);
      o.show(markOf(later.text, 0, 4));
      await Promise.resolve();
      expect(rects()).toHaveLength(2);
    });

    it('looks at a change inside an absolute box that holds a mark', async () => {
      const o = newOverlay();
      const box = document.createElement('div');
      document.body.append(box);
      styles.set(box, { position: 'absolute' });
      const { text, el } = paragraph('Yerevan', 0, 0, box);
      o.show(markOf(text, 0, 7));
      await Promise.resolve();
      move(el, 50, 0);
      expect(o.pageChanged([text])).toBe(true);
      runFrames();
      expect(boxes()).toEqual([{ left: 50, top: 0, width: 70, height: 20 }]);
      expect(o.pageChanged([text])).toBe(true);
    });

    it('looks at a box that has just become absolute (what followed it moved)', async () => {
      const { o, el } = await shown('Yerevan', 0, 100);
      const banner = document.createElement('div');
      document.body.append(banner);
      styles.set(banner, { position: 'absolute' });
      move(el, 0, 40);
      o.pageChanged([banner]);
      runFrames();
      expect(boxes()).toEqual([{ left: 0, top: 40, width: 70, height: 20 }]);
      // Absolute before and after: its own change moves nothing else.
      move(el, 0, 60);
      o.pageChanged([banner]);
      runFrames();
      expect(boxes()).toEqual([{ left: 0, top: 40, width: 70, height: 20 }]);
    });

    it('looks at everything after a change in flow, even with a change in a fixed box', async () => {
      const { o, el } = await shown('Yerevan', 0, 100);
      const ticker = document.createElement('div');
      document.body.append(ticker);
      styles.set(ticker, { position: 'fixed' });
      move(el, 0, 140);
      o.pageChanged([ticker.appendChild(document.createTextNode('1')), document.body]);
      runFrames();
      expect(boxes()).toEqual([{ left: 0, top: 140, width: 70, height: 20 }]);
    });

    it('reads the ancestors again after a change (a box restyled to clip)', async () => {
      const o = newOverlay();
      const box = document.createElement('div');
      document.body.append(box);
      layout.set(box, { left: 0, top: 0, width: 40, height: 100 });
      const { text, el } = paragraph('Yerevan', 0, 0, box);
      o.show(markOf(text, 0, 7));
      await Promise.resolve();
      expect(boxes()[0]!.width).toBe(70);
      styles.set(box, { overflowX: 'hidden' });
      move(el, 0, 10);
      o.pageChanged([box]);
      runFrames();
      expect(boxes()).toEqual([{ left: 0, top: 10, width: 40, height: 20 }]);
    });

    it('gives up listing the nodes after many changes, and looks at everything', async () => {
      const { o, el } = await shown('Yerevan', 0, 100);
      const ticker = document.createElement('div');
      document.body.append(ticker);
      styles.set(ticker, { position: 'fixed' });
      const ticks = Array.from({ length: 64 }, (_, i) => ticker.appendChild(document.createTextNode(String(i))));
      o.pageChanged(ticks);
      o.pageChanged([ticker.appendChild(document.createTextNode('64'))]);
      move(el, 0, 300);
      runFrames();
      expect(boxes()).toEqual([{ left: 0, top: 300, width: 70, height: 20 }]);
    });
  });
});
