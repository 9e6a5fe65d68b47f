// @vitest-environment happy-dom
// The mark under the pointer: the caret position the browser gives for the
// point, one letter back when the caret sits just after the name, and only
// when the point really lies in one of the name's line boxes.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { mentionAtPoint, textDirectionOf } from '../../../lib/page/mention-at-point';
import { MentionRegistry, type Mark } from '../../../lib/page/mention-registry';
import { fill } from './html';

/** The document's caret APIs, set and taken away by the tests (happy-dom has neither). */
const doc = document as unknown as Record<'caretPositionFromPoint' | 'caretRangeFromPoint', unknown>;

/** Line boxes of the name: two lines, the second below the first. */
const LINES = [DOMRect.fromRect({ x: 100, y: 50, width: 40, height: 20 }), DOMRect.fromRect({ x: 10, y: 80, width: 30, height: 20 })];

let text: Text;
let mark: Mark;
let registry: MentionRegistry;

beforeEach(() => {
  fill(document.body, '<p>Talks with Quenlin today</p>');
  text = document.querySelector('p')!.firstChild as Text;
  mark = { topic: 'quenlin', nodes: [text], start: 11, end: 18 };
  registry = new MentionRegistry();
  registry.add(mark);
  vi.spyOn(Range.prototype, 'getClientRects').mockImplementation(() => LINES as unknown as DOMRectList);
});

afterEach(() => {
  vi.restoreAllMocks();
  delete doc.caretPositionFromPoint;
  delete doc.caretRangeFromPoint;
  document.body.replaceChildren();
});

function caretAt(node: Node, offset: number) {
  const calls: unknown[][] = [];
  doc.caretPositionFromPoint = (...args: unknown[]) => {
    calls.push(args);
    return { offsetNode: node, offset };
  };
  return calls;
}

describe('mentionAtPoint', () => {
  it('finds the mark whose letter is under the point, with the line box the point is in', () => {
    const roots = [document.createElement('div').attachShadow({ mode: 'open' })];
    const calls = caretAt(text, 13);
    expect(mentionAtPoint(120, 60, registry, roots)).toEqual({ mark, rect: { left: 100, top: 50, width: 40, height: 20 } });
    // The caret API is asked for this point, into the shadow roots given.
    expect(calls).toEqual([[120, 60, { shadowRoots: roots }]]);
    // On the name's second line.
    expect(mentionAtPoint(20, 90, registry, [])).toEqual({ mark, rect: { left: 10, top: 80, width: 30, height: 20 } });
  });

  it('finds the mark when the caret sits just after its last letter', () => {
    caretAt(text, 18);
    expect(mentionAtPoint(139, 60, registry, [])?.mark).toBe(mark);
    caretAt(text, 19);
    expect(mentionAtPoint(139, 60, registry, [])).toBeNull();
    caretAt(text, 10);
    expect(mentionAtPoint(139, 60, registry, [])).toBeNull();
  });

  it('accepts a point a pixel off the box, and nothing further', () => {
    caretAt(text, 12);
    for (const [x, y] of [
      [99, 60],
      [141, 60],
      [120, 49],
      [120, 71],
    ] as const) {
      expect(mentionAtPoint(x, y, registry, []), `${x},${y}`).not.toBeNull();
    }
    for (const [x, y] of [
      [98.5, 60],
      [141.5, 60],
      [120, 48.5],
      [120, 71.5],
      // Between the two lines, and left of the first.
      [60, 75],
    ] as const) {
      expect(mentionAtPoint(x, y, registry, []), `${x},${y}`).toBeNull();
    }
  });

  it('finds nothing where the caret is not in text or there is no caret', () => {
    caretAt(document.querySelector('p')!, 0);
    expect(mentionAtPoint(120, 60, registry, [])).toBeNull();
    doc.caretPositionFromPoint = () => null;
    expect(mentionAtPoint(120, 60, registry, [])).toBeNull();
    // Text with no mark at all.
    fill(document.body, '<p>nothing here</p>');
    caretAt(document.querySelector('p')!.firstChild!, 3);
    expect(mentionAtPoint(120, 60, registry, [])).toBeNull();
  });

  it('uses caretRangeFromPoint where caretPositionFromPoint is missing', () => {
    const calls: unknown[][] = [];
    doc.caretRangeFromPoint = (...args: unknown[]) => {
      calls.push(args);
      const range = document.createRange();
      range.setStart(text, 14);
      return range;
    };
    expect(mentionAtPoint(120, 60, registry, [])?.mark).toBe(mark);
    expect(calls).toEqual([[120, 60]]);
    doc.caretRangeFromPoint = () => null;
    expect(mentionAtPoint(120, 60, registry, [])).toBeNull();
    delete doc.caretRangeFromPoint;
    expect(mentionAtPoint(120, 60, registry, [])).toBeNull();
  });
});

describe('textDirectionOf', () => {
  it('is the direction of the text’s element, left-to-right without one', () => {
    fill(document.body, '<p style="direction: rtl">نص</p><p style="direction: ltr">text</p><p>plain</p>');
    const [rtl, ltr, plain] = [...document.querySelectorAll('p')].map((p) => p.firstChild!);
    expect(textDirectionOf(rtl!)).toBe('rtl');
    expect(textDirectionOf(ltr!)).toBe('ltr');
    expect(textDirectionOf(plain!)).toBe('ltr');
    expect(textDirectionOf(document.createTextNode('loose'))).toBe('ltr');
  });
});
