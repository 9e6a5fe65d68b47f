// @vitest-environment happy-dom
// Marks painted through the CSS Custom Highlight API (a stand-in here, since
// happy-dom has none): one highlight per style, past a limit only marks on
// screen (tinted rather than underlined), a flash that ends, and a retired copy
// that leaves the new copy's highlights alone.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import type { Mark } from '../../../lib/page/mention-registry';
import { highlightsSupported, PAINT_ALL_LIMIT, TextHighlighter } from '../../../lib/page/text-highlighter';

class FakeHighlight extends Set<unknown> {
  constructor(...ranges: unknown[]) {
    super(ranges);
  }
}

class FakeStaticRange {
  constructor(readonly init: { startContainer: Node; startOffset: number; endContainer: Node; endOffset: number }) {}
}

/** An IntersectionObserver the test moves: `observers[i].show(el, true)`. */
class FakeObserver {
  static all: FakeObserver[] = [];
  readonly observed = new Set<Element>();
  disconnected = false;
  constructor(
    private readonly callback: (entries: { target: Element; isIntersecting: boolean }[]) => void,
    readonly options: { rootMargin?: string; delay?: number },
  ) {
    FakeObserver.all.push(this);
  }
  observe(el: Element): void {
    this.observed.add(el);
  }
  unobserve(el: Element): void {
    this.observed.delete(el);
  }
  disconnect(): void {
    this.disconnected = true;
    this.observed.clear();
  }
  show(target: Element, isIntersecting: boolean): void {
    this.callback([{ target, isIntersecting }]);
  }
}

let highlights: Map<string, FakeHighlight>;

beforeEach(() => {
  highlights = new Map();
  FakeObserver.all = [];
  vi.stubGlobal('CSS', { highlights });
  vi.stubGlobal('Highlight', FakeHighlight);
  vi.stubGlobal('StaticRange', FakeStaticRange);
  vi.stubGlobal('IntersectionObserver', FakeObserver);
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
  document.body.replaceChildren();
});

function marksIn(count: number, perParagraph = 1): Mark[] {
  const marks: Mark[] = [];
  for (let i = 0; i < count; i += perParagraph) {
    const p = document.createElement('p');
    p.textContent = 'Quenlin '.repeat(perParagraph);
    document.body.append(p);
    const text = p.firstChild as Text;
    for (let k = 0; k < perParagraph && i + k < count; k++) marks.push({ topic: 'quenlin', nodes: [text], start: k * 8, end: k * 8 + 7 });
  }
  return marks;
}

const painted = (name: string) => highlights.get(name)?.size ?? 0;

describe('TextHighlighter', () => {
  it('knows whether the page has the API', () => {
    expect(highlightsSupported()).toBe(true);
    vi.stubGlobal('Highlight', undefined);
    expect(highlightsSupported()).toBe(false);
    vi.stubGlobal('CSS', {});
    expect(highlightsSupported()).toBe(false);
  });

  it('paints each mark once under the chosen style, and moves them when the style changes', () => {
    const h = new TextHighlighter();
    h.setStyle('underline');
    expect(h.markStyle).toBe('underline');
    const [a, b] = marksIn(2);
    h.mark(a!);
    h.mark(a!);
    h.mark(b!);
    expect(painted('siyaq-underline')).toBe(2);
    const range = [...highlights.get('siyaq-underline')!][0] as FakeStaticRange;
    expect(range.init).toEqual({ startContainer: a!.nodes[0], startOffset: 0, endContainer: a!.nodes[0], endOffset: 7 });
    h.setStyle('background');
    expect(highlights.has('siyaq-underline')).toBe(false);
    expect(painted('siyaq-background')).toBe(2);
    h.setStyle('none');
    expect([...highlights.keys()]).toEqual([]);
    expect(h.markStyle).toBe('none');
    h.unmark(a!);
    h.setStyle('underline');
    expect(painted('siyaq-underline')).toBe(1);
  });

  it('paints nothing, and fails nothing, where the page has no API', () => {
    vi.stubGlobal('Highlight', undefined);
    const h = new TextHighlighter();
    h.setStyle('underline');
    const [a] = marksIn(1);
    h.mark(a!);
    h.unmark(a!);
    h.flash(document.createRange());
    h.clear();
    expect(highlights.size).toBe(0);
    expect(h.markStyle).toBe('underline');
  });

  it('past the limit paints only marks on screen, tinted, following the scroll', () => {
    const h = new TextHighlighter();
    h.setStyle('underline');
    const marks = marksIn(PAINT_ALL_LIMIT + 2, 2);
    for (const m of marks.slice(0, PAINT_ALL_LIMIT)) h.mark(m);
    expect(painted('siyaq-underline')).toBe(PAINT_ALL_LIMIT);
    expect(FakeObserver.all).toHaveLength(0);
    h.mark(marks[PAINT_ALL_LIMIT]!);
    const observer = FakeObserver.all[0]!;
    // Recomputed at most once a second (scrolling is followed by a search of its own).
    expect(observer.options).toEqual({ delay: 1000 });
    expect(highlights.has('siyaq-underline')).toBe(false);
    expect(painted('siyaq-tint')).toBe(0);
    expect(observer.observed.size).toBe((PAINT_ALL_LIMIT + 2) / 2);
    const first = marks[0]!.nodes[0]!.parentElement!;
    observer.show(first, true);
    expect(painted('siyaq-tint')).toBe(2);
    // A mark added where the screen already is: painted at once.
    h.mark(marks[PAINT_ALL_LIMIT + 1]!);
    const last = marks[PAINT_ALL_LIMIT + 1]!.nodes[0]!.parentElement!;
    expect(painted('siyaq-tint')).toBe(2);
    observer.show(last, true);
    expect(painted('siyaq-tint')).toBe(4);
    observer.show(first, false);
    expect(painted('siyaq-tint')).toBe(2);
    // Unmarking the last mark of an element stops watching it.
    h.unmark(marks[PAINT_ALL_LIMIT]!);
    expect(painted('siyaq-tint')).toBe(1);
    expect(observer.observed.has(last)).toBe(true);
    h.unmark(marks[PAINT_ALL_LIMIT + 1]!);
    expect(observer.observed.has(last)).toBe(false);
    expect(painted('siyaq-tint')).toBe(0);
    observer.show(first, true);
    const again = marks[1]!;
    h.unmark(again);
    h.mark(again);
    expect(painted('siyaq-tint')).toBe(2);
  });

  it('can be told to paint on-screen marks only, once, and starts over on clear', () => {
    const h = new TextHighlighter();
    h.setStyle('underline');
    const marks = marksIn(3);
    for (const m of marks) h.mark(m);
    h.paintInViewOnly();
    h.paintInViewOnly();
    expect(FakeObserver.all).toHaveLength(1);
    expect(painted('siyaq-tint')).toBe(0);
    // The background style keeps its own look: it has no decoration to spare.
    h.setStyle('background');
    expect([...highlights.keys()]).toEqual(['siyaq-background']);
    h.setStyle('underline');
    h.clear();
    expect(FakeObserver.all[0]!.disconnected).toBe(true);
    expect([...highlights.keys()]).toEqual([]);
    h.setStyle('underline');
    h.mark(marks[0]!);
    expect(painted('siyaq-underline')).toBe(1);
    // Without IntersectionObserver everything stays painted.
    vi.stubGlobal('IntersectionObserver', undefined);
    const plain = new TextHighlighter();
    plain.setStyle('background');
    plain.mark(marks[1]!);
    plain.paintInViewOnly();
    expect(painted('siyaq-background')).toBe(1);
  });

  it('leaves the highlights of a newer copy alone when an old copy is cleared', () => {
    const old = new TextHighlighter();
    old.setStyle('underline');
    const [a] = marksIn(1);
    old.mark(a!);
    const fresh = new TextHighlighter();
    fresh.setStyle('underline');
    fresh.mark(a!);
    old.clear();
    expect(painted('siyaq-underline')).toBe(1);
    fresh.clear();
    expect(highlights.has('siyaq-underline')).toBe(false);
  });

  it('flashes a range for a while, and a later flash is not cut short by an earlier one', () => {
    vi.useFakeTimers();
    const h = new TextHighlighter();
    const range = document.createRange();
    h.flash(range, 1000);
    expect([...highlights.get('siyaq-flash')!]).toEqual([range]);
    vi.advanceTimersByTime(600);
    const second = document.createRange();
    h.flash(second, 1000);
    vi.advanceTimersByTime(500);
    expect([...highlights.get('siyaq-flash')!]).toEqual([second]);
    vi.advanceTimersByTime(500);
    expect(highlights.has('siyaq-flash')).toBe(false);
    h.flash(range);
    vi.advanceTimersByTime(1500);
    expect(highlights.has('siyaq-flash')).toBe(true);
    h.clear();
    expect(highlights.has('siyaq-flash')).toBe(false);
  });
});
