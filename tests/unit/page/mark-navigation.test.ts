// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';

import { stepMark } from '../../../lib/page/mark-navigation';
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
});
