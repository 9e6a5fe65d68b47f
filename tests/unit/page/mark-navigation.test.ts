// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';

import { bringIntoView, caretStart, stepMark } from '../../../lib/page/mark-navigation';
import { MentionRegistry, type Mark } from '../../../lib/page/mention-registry';

function page() {
  document.body.innerHTML = '<p id="a">Baku and Yerevan</p><div><p id="b">Kursk</p></div><p id="c">Lachin then Moscow</p>';
  const text = (id: string) => document.getElementById(id)!.firstChild as Text;
  const registry = new MentionRegistry();
  // Registered out of order: stepping follows the document, not the registry.
  const add = (id: string, topic: string, start: number, end: number) => registry.add({ topic, nodes: [text(id)], start, end });
  add('c', 'moscow', 12, 18);
  add('c', 'lachin', 0, 6);
  add('a', 'baku', 0, 4);
  add('a', 'yerevan', 9, 16);
  add('b', 'kursk', 0, 5);
  return { registry, text };
}

const topics = (marks: (Mark | null)[]) => marks.map((m) => m?.topic);
const startOf = (m: Mark | null) => m && { node: m.nodes[0]!, offset: m.start };

describe('stepMark', () => {
  it('walks forward and back in document order, wrapping at the ends', () => {
    const { registry } = page();
    const marks = registry.marksInOrder();
    expect(topics(marks)).toEqual(['baku', 'yerevan', 'kursk', 'lachin', 'moscow']);
    const forward: (Mark | null)[] = [];
    let at: Mark | null = null;
    for (let i = 0; i < 6; i++) {
      at = stepMark(marks, startOf(at), 'next');
      forward.push(at);
    }
    expect(topics(forward)).toEqual(['baku', 'yerevan', 'kursk', 'lachin', 'moscow', 'baku']);
    const back: (Mark | null)[] = [];
    for (let i = 0; i < 3; i++) {
      at = stepMark(marks, startOf(at), 'previous');
      back.push(at);
    }
    expect(topics(back)).toEqual(['moscow', 'lachin', 'kursk']);
  });

  it('starts from a caret between marks, or from an element that holds text', () => {
    const { registry, text } = page();
    const marks = registry.marksInOrder();
    expect(stepMark(marks, { node: text('a'), offset: 6 }, 'next')?.topic).toBe('yerevan');
    expect(stepMark(marks, { node: text('a'), offset: 6 }, 'previous')?.topic).toBe('baku');
    expect(stepMark(marks, { node: document.getElementById('b')!, offset: 0 }, 'next')?.topic).toBe('kursk');
  });

  it('starts on screen when nothing is current, and has nothing on a page without marks', () => {
    const { registry } = page();
    const marks = registry.marksInOrder();
    const onScreen = (m: Mark) => ['kursk', 'lachin'].includes(m.topic);
    expect(stepMark(marks, null, 'next', onScreen)?.topic).toBe('kursk');
    expect(stepMark(marks, null, 'previous', onScreen)?.topic).toBe('lachin');
    expect(stepMark(marks, null, 'next')?.topic).toBe('baku');
    expect(stepMark([], null, 'next')).toBeNull();
  });

  it('starts from the last mark going back when none is on screen, and counts a mark with no text as before', () => {
    const { registry, text } = page();
    const marks = registry.marksInOrder();
    expect(stepMark(marks, null, 'previous')?.topic).toBe('moscow');
    expect(stepMark(marks, null, 'previous', () => false)?.topic).toBe('moscow');
    const empty: Mark = { topic: 'nowhere', nodes: [], start: 0, end: 0 };
    expect(stepMark([empty, ...marks], { node: text('a'), offset: 0 }, 'previous')).toBe(empty);
    expect(stepMark([empty, ...marks], { node: text('a'), offset: 0 }, 'next')?.topic).toBe('yerevan');
    // At a mark's own start: the next one is after it, the previous one before it.
    expect(stepMark(marks, { node: text('c'), offset: 12 }, 'next')?.topic).toBe('baku');
    expect(stepMark(marks, { node: text('c'), offset: 12 }, 'previous')?.topic).toBe('lachin');
  });
});

describe('caretStart', () => {
  afterEach(() => document.getSelection()?.removeAllRanges());

  it('is the selection’s start, or nothing without a selection', () => {
    const { text } = page();
    expect(caretStart(null)).toBeNull();
    const selection = document.getSelection()!;
    selection.removeAllRanges();
    expect(caretStart(selection)).toBeNull();
    const range = document.createRange();
    range.setStart(text('c'), 3);
    range.setEnd(text('c'), 9);
    selection.addRange(range);
    expect(caretStart(selection)).toEqual({ node: text('c'), offset: 3 });
  });
});

describe('bringIntoView', () => {
  afterEach(() => vi.restoreAllMocks());

  /** A range with this box, and another once the page scrolled it into view. */
  function rangeAt(box: { left: number; top: number; right: number; bottom: number }, node: Node) {
    const after = DOMRect.fromRect({ x: 10, y: 300, width: 50, height: 20 });
    let scrolled = false;
    const range = {
      startContainer: node,
      getBoundingClientRect: () => (scrolled ? after : (box as DOMRect)),
    } as unknown as Range;
    return { range, after, scroll: () => (scrolled = true) };
  }

  it('leaves a range on screen where it is, and scrolls one off screen to the middle', () => {
    vi.stubGlobal('innerWidth', 1000);
    vi.stubGlobal('innerHeight', 800);
    const { text } = page();
    const inside = { left: 0, top: 0, right: 1000, bottom: 800 };
    const calls: unknown[][] = [];
    let onScroll = () => {};
    vi.spyOn(Element.prototype, 'scrollIntoView').mockImplementation(function (this: Element, ...args: unknown[]) {
      calls.push([this, ...args]);
      onScroll();
    });
    expect(bringIntoView(rangeAt(inside, text('b')).range)).toBe(inside);
    expect(calls).toEqual([]);
    for (const off of [
      { ...inside, left: -1 },
      { ...inside, top: -1 },
      { ...inside, right: 1001 },
      { ...inside, bottom: 801 },
    ]) {
      calls.length = 0;
      const at = rangeAt(off, text('b'));
      onScroll = at.scroll;
      expect(bringIntoView(at.range), JSON.stringify(off)).toBe(at.after);
      expect(calls).toEqual([[document.getElementById('b'), { block: 'center', inline: 'nearest' }]]);
    }
    // A range that starts in no element scrolls the page's root.
    calls.length = 0;
    bringIntoView(rangeAt({ ...inside, top: -5 }, document).range);
    expect(calls[0]![0]).toBe(document.documentElement);
    vi.unstubAllGlobals();
  });
});
