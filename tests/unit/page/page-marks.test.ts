// @vitest-environment happy-dom
// The marks of a page kept true to its text: a whole scan, names across inline
// elements, text edited in place (dropped at once, read again), added and
// removed nodes, hidden text shown later, and nothing once Siyaq may not work.
import { afterEach, describe, expect, it, vi } from 'vitest';

import type { Mark, PageMention } from '../../../lib/page/mention-registry';
import { PageMarks } from '../../../lib/page/page-marks';
import { fill } from './html';

const NAMES: Record<string, string> = {
  Quenlin: 'quenlin',
  Zorvath: 'zorvath',
  'Karabakh Region': 'karabakh',
  Melbrook: 'melbrook',
  'Nova Melbrook': 'nova-melbrook',
};

/** A detector that knows a few whole names, as the real one answers: offsets into the text. */
function detect(text: string): PageMention[] {
  const found: PageMention[] = [];
  for (const [name, topic] of Object.entries(NAMES)) {
    for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + name.length)) {
      found.push({ topic, start: at, end: at + name.length });
    }
  }
  // The longest name wins where two overlap.
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  return found.filter((m, i) => !found.slice(0, i).some((o) => o.end > m.start));
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function setup(html: string, work = () => true) {
  fill(document.body, html);
  const dropped: Mark[][] = [];
  const changed = vi.fn();
  const own = document.createElement('siyaq-card');
  document.documentElement.append(own);
  const read = vi.fn(detect);
  const marks = new PageMarks({
    detect: read,
    isOwn: (node) => own.contains(node),
    mayWork: work,
    onDropped: (m) => dropped.push([...m]),
    onChanged: changed,
  });
  return { marks, dropped, changed, own, read };
}

const marked = (marks: PageMarks) =>
  marks.registry.marksInOrder().map((m) => [m.topic, m.nodes.map((n) => n.data.slice(0, 12)).join('|'), m.start, m.end]);
const topics = (marks: PageMarks) => marks.registry.marksInOrder().map((m) => m.topic);

let current: PageMarks | null = null;
afterEach(() => {
  current?.stop();
  current = null;
  document.body.replaceChildren();
  document.documentElement.querySelector('siyaq-card')?.remove();
});

async function started(html: string, work?: () => boolean) {
  const s = setup(html, work);
  current = s.marks;
  s.marks.start();
  await s.marks.settled(5000);
  return s;
}

describe('PageMarks', () => {
  it('marks every name on the page, across inline elements, in document order', async () => {
    const { marks, changed } = await started('<p>Zorvath met <b>Quenlin</b>.</p><p>The <i>Karabakh</i> Region.</p>');
    expect(marked(marks)).toEqual([
      ['zorvath', 'Zorvath met ', 0, 7],
      ['quenlin', 'Quenlin', 0, 7],
      ['karabakh', 'Karabakh| Region.', 0, 7],
    ]);
    expect(marks.registry.topicCounts()).toEqual([
      { topic: 'zorvath', count: 1 },
      { topic: 'quenlin', count: 1 },
      { topic: 'karabakh', count: 1 },
    ]);
    expect(changed).toHaveBeenCalled();
  });

  it('drops the marks of text edited in place, and reads the new text', async () => {
    const { marks, dropped } = await started('<p id="p">Quenlin spoke.</p>');
    const text = document.getElementById('p')!.firstChild as Text;
    text.data = 'Zorvath spoke.';
    await wait(0);
    expect(dropped.map((d) => d.map((m) => m.topic))).toEqual([['quenlin']]);
    await marks.settled(5000);
    expect(topics(marks)).toEqual(['zorvath']);
  });

  it('reads a text edited again within a second once more, a second later, with its last words', async () => {
    const { marks } = await started('<p id="p">nothing here</p>');
    const text = document.getElementById('p')!.firstChild as Text;
    text.data = 'Quenlin one';
    await wait(0);
    await marks.settled(5000);
    expect(topics(marks)).toEqual(['quenlin']);
    text.data = 'Zorvath two';
    await wait(0);
    await marks.settled(5000);
    // Its old mark went at once; the new words wait for the next read.
    expect(topics(marks)).toEqual([]);
    await wait(1100);
    await marks.settled(5000);
    expect(topics(marks)).toEqual(['zorvath']);
  });

  it('reads a text the page keeps editing after one second, then, muted, at every look, with its last words', async () => {
    vi.useFakeTimers({
      toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'performance', 'requestIdleCallback', 'cancelIdleCallback'],
    });
    try {
      const { marks, read } = setup('<p id="p">nothing here</p>');
      current = marks;
      marks.start();
      await vi.advanceTimersByTimeAsync(100);
      const text = document.getElementById('p')!.firstChild as Text;
      const t0 = performance.now();
      const readAt: number[] = [];
      read.mockImplementation((t: string) => {
        if (t.startsWith('tick')) readAt.push(Math.round((performance.now() - t0) / 100) * 100);
        return detect(t);
      });
      for (let tick = 0; tick < 80; tick++) {
        text.data = `tick ${tick}`;
        await vi.advanceTimersByTimeAsync(100);
      }
      expect(readAt).toEqual([0, 1000, 3000, 5000, 7000]);
      text.data = 'Zorvath at last';
      await vi.advanceTimersByTimeAsync(900);
      expect(topics(marks)).toEqual([]);
      await vi.advanceTimersByTimeAsync(200);
      expect(topics(marks)).toEqual(['zorvath']);
    } finally {
      vi.useRealTimers();
    }
  });

  it('reads a text the page keeps replacing (textContent) as one it keeps editing, and drops its marks at once', async () => {
    vi.useFakeTimers({
      toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'performance', 'requestIdleCallback', 'cancelIdleCallback'],
    });
    try {
      const { marks, read, dropped } = setup('<p>Quenlin</p><p id="p">nothing here</p>');
      current = marks;
      marks.start();
      await vi.advanceTimersByTimeAsync(100);
      const p = document.getElementById('p')!;
      const t0 = performance.now();
      const readAt: number[] = [];
      read.mockImplementation((t: string) => {
        if (t.startsWith('tick')) readAt.push(Math.round((performance.now() - t0) / 100) * 100);
        return detect(t);
      });
      for (let tick = 0; tick < 40; tick++) {
        p.textContent = `tick ${tick}`;
        await vi.advanceTimersByTimeAsync(100);
      }
      expect(readAt).toEqual([0, 1000, 3000]);
      p.textContent = 'Zorvath at last';
      await vi.advanceTimersByTimeAsync(3100);
      expect(topics(marks)).toEqual(['quenlin', 'zorvath']);
      p.textContent = 'gone';
      await vi.advanceTimersByTimeAsync(0);
      expect(dropped.map((d) => d.map((m) => m.topic))).toEqual([['zorvath']]);
      expect(topics(marks)).toEqual(['quenlin']);
    } finally {
      vi.useRealTimers();
    }
  });

  it('drops the marks in a removed block, in a shadow root under it, and keeps those of a moved one', async () => {
    const { marks, dropped } = await started(
      '<div id="a"><p>Quenlin</p><div id="host"></div></div><div id="b"><p id="moved">Melbrook</p></div>',
    );
    const root = document.getElementById('host')!.attachShadow({ mode: 'open' });
    root.append(Object.assign(document.createElement('p'), { textContent: 'Zorvath' }));
    marks.scanAll();
    await marks.settled(5000);
    expect(topics(marks).sort()).toEqual(['melbrook', 'quenlin', 'zorvath']);
    document.getElementById('a')!.append(document.getElementById('moved')!);
    await wait(0);
    await marks.settled(5000);
    expect(dropped).toEqual([]);
    document.getElementById('a')!.remove();
    await wait(0);
    expect(
      dropped
        .flat()
        .map((m) => m.topic)
        .sort(),
    ).toEqual(['melbrook', 'quenlin', 'zorvath']);
    expect(marks.registry.size).toBe(0);
    expect(marks.shadowRoots).toEqual([]);
  });

  it('marks names in an added block, and in text joining a run', async () => {
    const { marks } = await started('<p id="p">Hello </p>');
    const block = document.createElement('div');
    block.innerHTML = '<p>Quenlin arrived.</p>';
    document.body.append(block);
    document.getElementById('p')!.append('Zorvath');
    await wait(0);
    await marks.settled(5000);
    expect(topics(marks).sort()).toEqual(['quenlin', 'zorvath']);
  });

  it('drops the marks of removed text, and looks again at what is left of a run', async () => {
    const { marks, dropped } = await started('<p><b id="b">Nova</b> Melbrook</p><p id="gone">Zorvath</p>');
    expect(topics(marks)).toEqual(['nova-melbrook', 'zorvath']);
    document.getElementById('gone')!.remove();
    document.getElementById('b')!.remove();
    await wait(0);
    expect(
      dropped
        .flat()
        .map((m) => m.topic)
        .sort(),
    ).toEqual(['nova-melbrook', 'zorvath']);
    await marks.settled(5000);
    expect(topics(marks)).toEqual(['melbrook']);
  });

  it('marks hidden text once the page shows it', async () => {
    const { marks } = await started('<p>Zorvath</p><div id="more" hidden><p>Quenlin</p></div>');
    expect(topics(marks)).toEqual(['zorvath']);
    document.getElementById('more')!.hidden = false;
    await wait(100);
    await marks.settled(5000);
    expect(topics(marks)).toEqual(['zorvath', 'quenlin']);
  });

  it("never reads Siyaq's own nodes", async () => {
    const { marks, own } = await started('<p>Zorvath</p>');
    own.textContent = 'Quenlin in the card';
    await wait(50);
    await marks.settled(5000);
    expect(topics(marks)).toEqual(['zorvath']);
  });

  it('finds names in open shadow roots and keeps them as roots to hit-test', async () => {
    const s = setup('<div id="host"></div>');
    current = s.marks;
    const shadow2 = document.getElementById('host')!.attachShadow({ mode: 'open' });
    fill(shadow2, '<p>Quenlin</p>');
    s.marks.start();
    await s.marks.settled(5000);
    expect(topics(s.marks)).toEqual(['quenlin']);
    expect(s.marks.shadowRoots).toEqual([shadow2]);
    // A change inside the shadow root is seen too.
    shadow2.querySelector('p')!.append(' and Zorvath');
    await wait(0);
    await s.marks.settled(5000);
    expect(topics(s.marks)).toEqual(['quenlin', 'zorvath']);
    // Its host taken out: its marks and the root go.
    document.getElementById('host')!.remove();
    await wait(0);
    expect(s.marks.shadowRoots).toEqual([]);
    expect(topics(s.marks)).toEqual([]);
  });

  it('does nothing with changes while it may not work', async () => {
    let work = true;
    const { marks, dropped } = await started('<p id="p">Quenlin</p>', () => work);
    work = false;
    (document.getElementById('p')!.firstChild as Text).data = 'Zorvath';
    document.body.append(Object.assign(document.createElement('p'), { textContent: 'Quenlin again' }));
    await wait(50);
    await marks.settled(5000);
    expect(dropped).toEqual([]);
    expect(topics(marks)).toEqual(['quenlin']);
  });

  it('forgets everything on stop, and watches nothing after it', async () => {
    const { marks, changed } = await started('<p id="p">Quenlin</p>');
    marks.stop();
    current = null;
    expect(marks.registry.size).toBe(0);
    changed.mockClear();
    (document.getElementById('p')!.firstChild as Text).data = 'Zorvath';
    await wait(50);
    expect(changed).not.toHaveBeenCalled();
    expect(marks.registry.size).toBe(0);
  });
});
