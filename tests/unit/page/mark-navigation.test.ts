// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';

import { marksInOrder, stepMark, type MarkAt } from '../../../lib/page/mark-navigation';
import { MentionRegistry } from '../../../lib/page/mention-registry';

function page() {
  document.body.innerHTML = '<p id="a">Baku and Yerevan</p><div><p id="b">Kursk</p></div><p id="c">Lachin then Moscow</p>';
  const text = (id: string) => document.getElementById(id)!.firstChild as Text;
  const registry = new MentionRegistry();
  // Registered out of order: stepping follows the document, not the registry.
  registry.set(text('c'), [
    { topic: 'moscow', start: 12, end: 18 },
    { topic: 'lachin', start: 0, end: 6 },
  ]);
  registry.set(text('a'), [
    { topic: 'baku', start: 0, end: 4 },
    { topic: 'yerevan', start: 9, end: 16 },
  ]);
  registry.set(text('b'), [{ topic: 'kursk', start: 0, end: 5 }]);
  return { registry, text };
}

const topics = (marks: (MarkAt | null)[]) => marks.map((m) => m?.mention.topic);

describe('stepMark', () => {
  it('walks forward and back in document order, wrapping at the ends', () => {
    const { registry } = page();
    const marks = marksInOrder(registry);
    expect(topics(marks)).toEqual(['baku', 'yerevan', 'kursk', 'lachin', 'moscow']);
    const forward: (MarkAt | null)[] = [];
    let at: MarkAt | null = null;
    for (let i = 0; i < 6; i++) {
      at = stepMark(marks, at && { node: at.node, offset: at.mention.start }, 'next');
      forward.push(at);
    }
    expect(topics(forward)).toEqual(['baku', 'yerevan', 'kursk', 'lachin', 'moscow', 'baku']);
    const back: (MarkAt | null)[] = [];
    for (let i = 0; i < 3; i++) {
      at = stepMark(marks, at && { node: at.node, offset: at.mention.start }, 'previous');
      back.push(at);
    }
    expect(topics(back)).toEqual(['moscow', 'lachin', 'kursk']);
  });

  it('starts from a caret between marks, or from an element that holds text', () => {
    const { registry, text } = page();
    const marks = marksInOrder(registry);
    expect(stepMark(marks, { node: text('a'), offset: 6 }, 'next')?.mention.topic).toBe('yerevan');
    expect(stepMark(marks, { node: text('a'), offset: 6 }, 'previous')?.mention.topic).toBe('baku');
    expect(stepMark(marks, { node: document.getElementById('b')!, offset: 0 }, 'next')?.mention.topic).toBe('kursk');
  });

  it('starts on screen when nothing is current, and has nothing on a page without marks', () => {
    const { registry } = page();
    const marks = marksInOrder(registry);
    const onScreen = (m: MarkAt) => ['kursk', 'lachin'].includes(m.mention.topic);
    expect(stepMark(marks, null, 'next', onScreen)?.mention.topic).toBe('kursk');
    expect(stepMark(marks, null, 'previous', onScreen)?.mention.topic).toBe('lachin');
    expect(stepMark(marks, null, 'next')?.mention.topic).toBe('baku');
    expect(stepMark([], null, 'next')).toBeNull();
  });
});
