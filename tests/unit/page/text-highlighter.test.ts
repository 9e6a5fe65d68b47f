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

/** Each paragraph's top in the document; the stubbed layout gives every one 500 × 50 px there, shifted by the scroll. */
let tops: Map<Element, number>;

function scrollToY(y: number): void {
  vi.stubGlobal('scrollY', y);
  document.dispatchEvent(new Event('scroll'));
}

let highlights: Map<string, FakeHighlight>;

beforeEach(() => {
  highlights = new Map();
  tops = new Map();
  vi.stubGlobal('CSS', { highlights });
  vi.stubGlobal('Highlight', FakeHighlight);
  vi.stubGlobal('StaticRange', FakeStaticRange);
  vi.stubGlobal('scrollY', 0);
  vi.stubGlobal('innerHeight', 800);
  vi.stubGlobal('innerWidth', 1000);
  vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => setTimeout(() => cb(performance.now()), 16));
  vi.stubGlobal('cancelAnimationFrame', (id: number) => clearTimeout(id));
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
    const top = tops.get(this);
    return top === undefined ? new DOMRect(0, 0, 0, 0) : new DOMRect(0, top - scrollY, 500, 50);
  });
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  vi.useRealTimers();
  document.body.replaceChildren();
});

function marksIn(count: number, perParagraph = 1): Mark[] {
  const marks: Mark[] = [];
  for (let i = 0; i < count; i += perParagraph) {
    const p = document.createElement('p');
    p.textContent = 'Quenlin '.repeat(perParagraph);
    document.body.append(p);
    tops.set(p, tops.size * 100);
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

  it('past the limit paints only marks on screen, tinted, following the scroll and the page', async () => {
    vi.useFakeTimers();
    const h = new TextHighlighter();
    h.setStyle('underline');
    // Two marks a paragraph, a paragraph every 100 px: 8 paragraphs (16 marks) in an 800 px screen.
    const marks = marksIn(PAINT_ALL_LIMIT + 2, 2);
    for (const m of marks.slice(0, PAINT_ALL_LIMIT)) h.mark(m);
    expect(painted('siyaq-underline')).toBe(PAINT_ALL_LIMIT);
    h.mark(marks[PAINT_ALL_LIMIT]!);
    expect(highlights.has('siyaq-underline')).toBe(false);
    expect(painted('siyaq-tint')).toBe(0);
    await vi.advanceTimersByTimeAsync(600);
    const paintedTexts = () => [...highlights.get('siyaq-tint')!].map((r) => (r as FakeStaticRange).init.startContainer.parentElement);
    const paragraphs = [...document.querySelectorAll('p')];
    expect(new Set(paintedTexts())).toEqual(new Set(paragraphs.slice(0, 8)));
    expect(painted('siyaq-tint')).toBe(16);
    // Scrolled: those now on screen, at the next frame.
    scrollToY(50_000);
    await vi.advanceTimersByTimeAsync(20);
    expect(new Set(paintedTexts())).toEqual(new Set(paragraphs.slice(500, 508)));
    // A mark added where the screen already is: painted at once.
    h.unmark(marks[1001]!);
    expect(painted('siyaq-tint')).toBe(15);
    h.mark(marks[1001]!);
    expect(painted('siyaq-tint')).toBe(16);
    // The page moves its text (something inserted above): found once the places may be measured again.
    for (const [el, top] of tops) tops.set(el, top + 1000);
    h.pageChanged();
    await vi.advanceTimersByTimeAsync(1100);
    expect(new Set(paintedTexts())).toEqual(new Set(paragraphs.slice(490, 498)));
    // Marks added far away (the last paragraph) are not painted; unmarking the painted ones leaves nothing.
    h.mark(marks[PAINT_ALL_LIMIT + 1]!);
    await vi.advanceTimersByTimeAsync(600);
    expect(paintedTexts()).not.toContain(paragraphs.at(-1));
    for (const m of marks.slice(980, 996)) h.unmark(m);
    expect(painted('siyaq-tint')).toBe(0);
  });

  it('can be told to paint on-screen marks only, once, and starts over on clear', async () => {
    vi.useFakeTimers();
    const h = new TextHighlighter();
    h.setStyle('underline');
    const marks = marksIn(30);
    for (const m of marks) h.mark(m);
    h.paintInViewOnly();
    h.paintInViewOnly();
    expect(painted('siyaq-tint')).toBe(0);
    await vi.advanceTimersByTimeAsync(600);
    expect(painted('siyaq-tint')).toBe(8);
    // The background style keeps its own look: it has no decoration to spare.
    h.setStyle('background');
    expect([...highlights.keys()]).toEqual(['siyaq-background']);
    h.setStyle('underline');
    h.clear();
    expect([...highlights.keys()]).toEqual([]);
    // Cleared, it paints every mark again, and scrolling does nothing.
    h.setStyle('underline');
    h.mark(marks[20]!);
    expect(painted('siyaq-underline')).toBe(1);
    scrollToY(2000);
    await vi.advanceTimersByTimeAsync(20);
    expect(painted('siyaq-underline')).toBe(1);
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
