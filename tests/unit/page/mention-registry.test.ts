// @vitest-environment happy-dom
// The page's marks: looked up by node and offset, in document order, counted
// by topic, dropped by node or when their text leaves the page; and the mark a
// selection or caret points at.
import { afterEach, describe, expect, it } from 'vitest';

import { markRange, MentionRegistry, spanIn, type Mark } from '../../../lib/page/mention-registry';
import { firstMarkIn } from '../../../lib/page/selection-mark';

afterEach(() => {
  document.body.replaceChildren();
});

function setup() {
  document.body.innerHTML = '<p id="one"><b>Nova</b> Melbrook and Quenlin</p><p id="two">Zorvath and Quenlin</p>';
  const nova = document.querySelector('b')!.firstChild as Text;
  const rest = nova.parentNode!.nextSibling as Text; // " Melbrook and Quenlin"
  const two = document.getElementById('two')!.firstChild as Text;
  const melbrook: Mark = { topic: 'melbrook', nodes: [nova, rest], start: 0, end: 9 };
  const quenlin1: Mark = { topic: 'quenlin', nodes: [rest], start: 14, end: 21 };
  const zorvath: Mark = { topic: 'zorvath', nodes: [two], start: 0, end: 7 };
  const quenlin2: Mark = { topic: 'quenlin', nodes: [two], start: 12, end: 19 };
  const registry = new MentionRegistry();
  // Added out of order: the registry orders them by the page.
  for (const mark of [quenlin2, quenlin1, zorvath, melbrook]) registry.add(mark);
  return { registry, nova, rest, two, melbrook, quenlin1, zorvath, quenlin2 };
}

describe('MentionRegistry', () => {
  it('gives the part of a mark that lies in each of its nodes, and its range', () => {
    const { nova, rest, melbrook, quenlin1 } = setup();
    expect(spanIn(melbrook, nova)).toEqual({ start: 0, end: 4 });
    expect(spanIn(melbrook, rest)).toEqual({ start: 0, end: 9 });
    expect(spanIn(quenlin1, rest)).toEqual({ start: 14, end: 21 });
    expect(markRange(melbrook).toString()).toBe('Nova Melbrook');
    expect(markRange(quenlin1).toString()).toBe('Quenlin');
    // A node shortened since: the range stops at its end.
    expect(markRange({ ...quenlin1, end: 99 }).toString()).toBe('Quenlin');
  });

  it('finds the mark at an offset of a node, its last letter included and the one after not', () => {
    const { registry, nova, rest, two, melbrook, quenlin1, zorvath, quenlin2 } = setup();
    expect(registry.at(nova, 0)).toBe(melbrook);
    expect(registry.at(rest, 8)).toBe(melbrook);
    expect(registry.at(rest, 9)).toBeNull();
    expect(registry.at(rest, 13)).toBeNull();
    expect(registry.at(rest, 14)).toBe(quenlin1);
    expect(registry.at(rest, 20)).toBe(quenlin1);
    expect(registry.at(rest, 21)).toBeNull();
    expect(registry.at(two, 6)).toBe(zorvath);
    expect(registry.at(two, 12)).toBe(quenlin2);
    expect(registry.at(document.createTextNode('x'), 0)).toBeNull();
    expect(registry.has(rest)).toBe(true);
    expect(registry.has(document.createTextNode('x'))).toBe(false);
    expect(registry.size).toBe(4);
  });

  it('lists marks in document order, counts topics by first appearance, and finds the first of a topic', () => {
    const { registry, melbrook, quenlin1, zorvath, quenlin2 } = setup();
    expect(registry.marksInOrder()).toEqual([melbrook, quenlin1, zorvath, quenlin2]);
    expect(registry.topicCounts()).toEqual([
      { topic: 'melbrook', count: 1 },
      { topic: 'quenlin', count: 2 },
      { topic: 'zorvath', count: 1 },
    ]);
    expect(registry.firstOf('quenlin')).toBe(quenlin1);
    expect(registry.firstOf('zorvath')).toBe(zorvath);
    expect(registry.firstOf('nobody')).toBeNull();
  });

  it('drops every mark touching a node, from all its nodes', () => {
    const { registry, nova, rest, melbrook, quenlin1 } = setup();
    expect(new Set(registry.dropNode(rest))).toEqual(new Set([melbrook, quenlin1]));
    expect(registry.has(rest)).toBe(false);
    // melbrook also lay in nova: gone from there too.
    expect(registry.has(nova)).toBe(false);
    expect(registry.at(nova, 0)).toBeNull();
    expect(registry.size).toBe(2);
    expect(registry.dropNode(rest)).toEqual([]);
  });

  it('keeps the other marks of a node when one of them goes', () => {
    const { registry, two, zorvath, quenlin2 } = setup();
    const detached = document.createTextNode('Zorvath');
    const lone: Mark = { topic: 'zorvath', nodes: [detached, two], start: 0, end: 3 };
    registry.add(lone);
    expect(registry.prune()).toEqual([lone]);
    expect(registry.at(two, 0)).toBe(zorvath);
    expect(registry.at(two, 12)).toBe(quenlin2);
    expect(registry.has(two)).toBe(true);
    expect(registry.prune()).toEqual([]);
  });

  it('prunes the marks whose text left the page', () => {
    const { registry, melbrook, quenlin1, zorvath, quenlin2 } = setup();
    document.getElementById('one')!.remove();
    expect(new Set(registry.prune())).toEqual(new Set([melbrook, quenlin1]));
    expect(registry.marksInOrder()).toEqual([zorvath, quenlin2]);
    registry.clear();
    expect(registry.size).toBe(0);
    expect(registry.marksInOrder()).toEqual([]);
  });
});

describe('firstMarkIn', () => {
  it('finds the mark under a caret, or just before it', () => {
    const { registry, rest, two, quenlin1, zorvath } = setup();
    const caret = (node: Text, offset: number) => {
      const range = document.createRange();
      range.setStart(node, offset);
      range.collapse(true);
      return range;
    };
    expect(firstMarkIn(caret(rest, 16), registry)).toBe(quenlin1);
    expect(firstMarkIn(caret(rest, 21), registry)).toBe(quenlin1);
    expect(firstMarkIn(caret(two, 7), registry)).toBe(zorvath);
    expect(firstMarkIn(caret(two, 9), registry)).toBeNull();
  });

  it('finds the first mark a selection overlaps, not one it only touches', () => {
    const { registry, rest, two, melbrook, quenlin1, zorvath } = setup();
    const select = (a: Text, from: number, b: Text, to: number) => {
      const range = document.createRange();
      range.setStart(a, from);
      range.setEnd(b, to);
      return range;
    };
    expect(firstMarkIn(select(rest, 5, two, 3), registry)).toBe(melbrook);
    expect(firstMarkIn(select(rest, 9, rest, 15), registry)).toBe(quenlin1);
    // Ends exactly where a mark starts, or starts exactly where one ends: no overlap.
    expect(firstMarkIn(select(rest, 10, rest, 14), registry)).toBeNull();
    expect(firstMarkIn(select(rest, 21, two, 0), registry)).toBeNull();
    expect(firstMarkIn(select(rest, 21, two, 1), registry)).toBe(zorvath);
    const whole = document.createRange();
    whole.selectNodeContents(document.body);
    expect(firstMarkIn(whole, registry)).toBe(melbrook);
  });
});
