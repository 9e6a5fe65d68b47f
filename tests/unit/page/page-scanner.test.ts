// @vitest-environment happy-dom
// The scanner on its own, with idle callbacks and the clock in the test's
// hands: runs of a queued part are read a piece at a time, names across
// inline elements are marked in the right nodes, a change in an inline
// element looks at its whole block again, the queue drops what a queued
// ancestor covers, and the slices stop when their budget is spent.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { SLICE_BUDGET_MS } from '../../../lib/page/idle-slices';
import { MentionRegistry, type Mark, type PageMention } from '../../../lib/page/mention-registry';
import { PageScanner } from '../../../lib/page/page-scanner';
import type { TextHighlighter } from '../../../lib/page/text-highlighter';
import { fill } from './html';

const NAMES: Record<string, string> = { Quenlin: 'quenlin', Zorvath: 'zorvath', 'قره باغ': 'karabakh' };

/** The clock the slices read; the detector and the highlighter spend time on it. */
let clock = 0;
/** Idle callbacks asked for and not yet run. */
let idle: (() => void)[] = [];
/** What happened, in order: each slice, each detector call, each mark and unmark. */
let log: string[] = [];
let detectCost = 0;
let markCost = 0;

function detect(text: string): PageMention[] {
  log.push(`detect ${text}`);
  clock += detectCost;
  const found: PageMention[] = [];
  for (const [name, topic] of Object.entries(NAMES)) {
    for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + name.length)) {
      found.push({ topic, start: at, end: at + name.length, why: { surface: name, match: 'exact' } });
    }
  }
  return found;
}

function setup(detector: (text: string) => PageMention[] = detect) {
  const registry = new MentionRegistry();
  const marked: Mark[] = [];
  const unmarked: Mark[] = [];
  const highlighter = {
    mark(mark: Mark) {
      log.push(`mark ${mark.topic}`);
      clock += markCost;
      marked.push(mark);
    },
    unmark(mark: Mark) {
      log.push(`unmark ${mark.topic}`);
      unmarked.push(mark);
    },
  } as unknown as TextHighlighter;
  const shadows: ShadowRoot[] = [];
  const hidden: Element[] = [];
  const onIdle = vi.fn(() => log.push('idle'));
  const scanner = new PageScanner(
    detector,
    registry,
    highlighter,
    (root) => shadows.push(root),
    (el) => hidden.push(el),
    onIdle,
  );
  return { scanner, registry, marked, unmarked, shadows, hidden, onIdle };
}

/** Runs one idle callback (one slice), as the browser would when the page is idle. */
function slice(): void {
  const next = idle.shift();
  if (!next) throw new Error('no idle callback was asked for');
  log.push('slice');
  next();
}

/** Runs slices until none is asked for; returns how many ran. */
function drain(): number {
  let n = 0;
  while (idle.length > 0) {
    slice();
    if (++n > 1000) throw new Error('the scan never ends');
  }
  return n;
}

const textIn = (root: ParentNode, selector: string) => root.querySelector(selector)!.firstChild as Text;

/** A mark as offsets into the data of its nodes. */
const described = (mark: Mark) => ({ topic: mark.topic, nodes: mark.nodes.map((n) => n.data), start: mark.start, end: mark.end });

const measures = (name: string) => performance.getEntriesByName(name, 'measure') as PerformanceMeasure[];

beforeEach(() => {
  clock = 0;
  idle = [];
  log = [];
  detectCost = 0;
  markCost = 0;
  vi.spyOn(performance, 'now').mockImplementation(() => clock);
  vi.stubGlobal('requestIdleCallback', (fn: () => void) => idle.push(fn));
  performance.clearMeasures();
});

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  document.body.replaceChildren();
  performance.clearMeasures();
});

describe('PageScanner', () => {
  it('waits for idle time, then marks the names of every run and says when it is done', async () => {
    fill(document.body, '<p id="a">Quenlin met Zorvath.</p><p id="b">Then Zorvath left.</p>');
    const { scanner, registry, marked, onIdle } = setup();
    scanner.enqueue(document.body);
    expect(log).toEqual([]);
    let settled = false;
    void scanner.whenIdle().then(() => (settled = true));
    expect(drain()).toBe(1);
    expect(log).toEqual([
      'slice',
      'detect Quenlin met Zorvath.',
      'mark quenlin',
      'mark zorvath',
      'detect Then Zorvath left.',
      'mark zorvath',
      'idle',
    ]);
    expect(registry.marksInOrder().map(described)).toEqual([
      { topic: 'quenlin', nodes: ['Quenlin met Zorvath.'], start: 0, end: 7 },
      { topic: 'zorvath', nodes: ['Quenlin met Zorvath.'], start: 12, end: 19 },
      { topic: 'zorvath', nodes: ['Then Zorvath left.'], start: 5, end: 12 },
    ]);
    expect(marked).toEqual(registry.marksInOrder());
    expect(marked[0]!.why).toEqual({ surface: 'Quenlin', match: 'exact' });
    expect(onIdle).toHaveBeenCalledTimes(1);
    await Promise.resolve();
    expect(settled).toBe(true);
  });

  it('is idle at once when nothing is queued, and only once the queue runs dry when something is', async () => {
    fill(document.body, '<p>Quenlin</p>');
    const { scanner, onIdle } = setup();
    let early = false;
    void scanner.whenIdle().then(() => (early = true));
    await Promise.resolve();
    expect(early).toBe(true);
    scanner.enqueue(document.body);
    let late = false;
    void scanner.whenIdle().then(() => (late = true));
    await Promise.resolve();
    expect(late).toBe(false);
    expect(onIdle).not.toHaveBeenCalled();
    drain();
    await Promise.resolve();
    expect(late).toBe(true);
    expect(onIdle).toHaveBeenCalledTimes(1);
  });

  it('marks a name across inline elements in each node it touches', () => {
    fill(document.body, '<p id="p">Met Quen<b>l</b><i>in</i> and <a href="#">قره</a> باغ</p>');
    const { scanner, registry } = setup();
    scanner.enqueue(document.body);
    drain();
    expect(registry.marksInOrder().map(described)).toEqual([
      { topic: 'quenlin', nodes: ['Met Quen', 'l', 'in'], start: 4, end: 2 },
      { topic: 'karabakh', nodes: ['قره', ' باغ'], start: 0, end: 4 },
    ]);
  });

  it('starts a mark in the node where its first letter is, and ends it in the node of its last', () => {
    fill(document.body, '<p>Hi <b>Quenlin</b></p><p><b>Zorvath</b> met</p>');
    const { scanner, registry } = setup();
    scanner.enqueue(document.body);
    drain();
    expect(registry.marksInOrder().map(described)).toEqual([
      { topic: 'quenlin', nodes: ['Quenlin'], start: 0, end: 7 },
      { topic: 'zorvath', nodes: ['Zorvath'], start: 0, end: 7 },
    ]);
  });

  it('keeps no "why" on a mark whose mention has none, and drops a mention that ends past its run', () => {
    fill(document.body, '<p>Quenlin</p><p>Zor<b>vath</b></p>');
    const { scanner, registry } = setup((text) =>
      text === 'Quenlin' ? [{ topic: 'quenlin', start: 0, end: 7 }] : [{ topic: 'past-the-end', start: 3, end: text.length + 5 }],
    );
    scanner.enqueue(document.body);
    drain();
    const marks = registry.marksInOrder();
    expect(marks.map(described)).toEqual([{ topic: 'quenlin', nodes: ['Quenlin'], start: 0, end: 7 }]);
    expect('why' in marks[0]!).toBe(false);
  });

  it('looks at the whole block again when text in one of its inline elements changes', () => {
    fill(document.body, '<p id="p">Quen<b id="b">x</b>lin and Zorvath</p><p id="other">Zorvath too</p>');
    const { scanner, registry, unmarked } = setup();
    scanner.enqueue(document.body);
    drain();
    expect(registry.marksInOrder().map((m) => m.topic)).toEqual(['zorvath', 'zorvath']);
    const old = registry.marksInOrder()[0]!;
    log = [];
    textIn(document.body, '#b').data = '';
    scanner.enqueue(textIn(document.body, '#b'));
    drain();
    // The paragraph alone, read whole: its old mark goes, both names come (the emptied node is no part of either).
    expect(log).toEqual(['slice', 'detect Quenlin and Zorvath', 'unmark zorvath', 'mark quenlin', 'mark zorvath', 'idle']);
    expect(unmarked).toEqual([old]);
    expect(registry.marksInOrder().map(described)).toEqual([
      { topic: 'quenlin', nodes: ['Quen', 'lin and Zorvath'], start: 0, end: 3 },
      { topic: 'zorvath', nodes: ['lin and Zorvath'], start: 8, end: 15 },
      { topic: 'zorvath', nodes: ['Zorvath too'], start: 0, end: 7 },
    ]);
  });

  it('takes an inline element that changed to its block, and a block as it is', () => {
    fill(document.body, '<div id="d"><p id="p"><span><b id="b">Quenlin</b></span> met</p><p>Zorvath</p></div>');
    const { scanner } = setup();
    scanner.enqueue(document.getElementById('b')!);
    drain();
    expect(log.filter((l) => l.startsWith('detect'))).toEqual(['detect Quenlin met']);
    log = [];
    scanner.enqueue(document.getElementById('d')!);
    drain();
    expect(log.filter((l) => l.startsWith('detect'))).toEqual(['detect Quenlin met', 'detect Zorvath']);
  });

  it('does not queue a part twice, nor one a queued ancestor covers, but queues it again once scanned', () => {
    fill(document.body, '<div id="d"><p id="p">Quenlin <b>met</b></p></div><p id="q">Zorvath</p>');
    const { scanner, registry } = setup();
    const p = document.getElementById('p')!;
    scanner.enqueue(document.getElementById('d')!);
    scanner.enqueue(p);
    scanner.enqueue(p.querySelector('b')!);
    scanner.enqueue(document.getElementById('d')!);
    scanner.enqueue(document.getElementById('q')!);
    expect(idle).toHaveLength(1);
    drain();
    expect(log).toEqual(['slice', 'detect Quenlin met', 'mark quenlin', 'detect Zorvath', 'mark zorvath', 'idle']);
    expect(registry.size).toBe(2);
    log = [];
    scanner.enqueue(p);
    expect(idle).toHaveLength(1);
    drain();
    // Read again: the old mark is replaced, not doubled.
    expect(log).toEqual(['slice', 'detect Quenlin met', 'unmark quenlin', 'mark quenlin', 'idle']);
    expect(registry.size).toBe(2);
  });

  it('passes over a queued part taken out of the page before its turn', () => {
    fill(document.body, '<div id="d"><p id="p">Quenlin</p></div><p id="q">Zorvath</p>');
    const { scanner, registry, hidden } = setup();
    const p = document.getElementById('p')!;
    scanner.enqueue(p);
    scanner.enqueue(document.getElementById('q')!);
    p.remove();
    drain();
    expect(log).toEqual(['slice', 'detect Zorvath', 'mark zorvath', 'idle']);
    // Not looked at at all: a part out of the page is not a hidden one.
    expect(hidden).toEqual([]);
    expect(registry.marksInOrder().map((m) => m.topic)).toEqual(['zorvath']);
  });

  it('goes on past a long stretch of empty elements, where the walk offers pauses', () => {
    fill(document.body, `${'<span></span>'.repeat(1200)}<p>Quenlin at the end</p>`);
    const { scanner, registry } = setup();
    scanner.enqueue(document.body);
    drain();
    expect(registry.marksInOrder().map(described)).toEqual([{ topic: 'quenlin', nodes: ['Quenlin at the end'], start: 0, end: 7 }]);
  });

  it('ignores a change to a node with no parent', () => {
    const { scanner, onIdle } = setup();
    scanner.enqueue(document.createTextNode('Quenlin'));
    expect(idle).toHaveLength(0);
    expect(onIdle).not.toHaveBeenCalled();
  });

  it('reports the open shadow roots and hidden elements it meets, and marks names inside shadow roots', () => {
    fill(document.body, '<p id="h" hidden>Quenlin hidden</p><div id="host"></div><p>Zorvath</p>');
    const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
    fill(shadow, '<p>in the shadow, Quenlin</p>');
    const { scanner, registry, marked, shadows, hidden } = setup();
    scanner.enqueue(document.body);
    drain();
    expect(shadows).toEqual([shadow]);
    expect(hidden).toEqual([document.getElementById('h')]);
    expect(registry.size).toBe(2);
    // The light tree first, then the shadow tree.
    expect(marked.map(described)).toEqual([
      { topic: 'zorvath', nodes: ['Zorvath'], start: 0, end: 7 },
      { topic: 'quenlin', nodes: ['in the shadow, Quenlin'], start: 15, end: 22 },
    ]);
  });

  it('stops the slices when their budget is spent, and goes on in the next idle time', () => {
    fill(document.body, '<p id="a">Quenlin one</p><p id="b">Zorvath two</p>');
    detectCost = SLICE_BUDGET_MS;
    const { scanner, onIdle } = setup();
    scanner.enqueue(document.getElementById('a')!);
    scanner.enqueue(document.getElementById('b')!);
    slice();
    expect(log).toEqual(['slice', 'detect Quenlin one']);
    expect(idle).toHaveLength(1);
    expect(onIdle).not.toHaveBeenCalled();
    drain();
    expect(log).toEqual(['slice', 'detect Quenlin one', 'slice', 'mark quenlin', 'detect Zorvath two', 'slice', 'mark zorvath', 'idle']);
  });

  it('ends a slice between two queued parts once its budget is spent', () => {
    fill(document.body, '<p id="a">Quenlin</p><p id="b">Zorvath</p>');
    detectCost = SLICE_BUDGET_MS;
    markCost = SLICE_BUDGET_MS;
    const { scanner } = setup();
    scanner.enqueue(document.getElementById('a')!);
    scanner.enqueue(document.getElementById('b')!);
    drain();
    expect(log).toEqual([
      'slice',
      'detect Quenlin',
      'slice',
      'mark quenlin',
      'slice',
      'detect Zorvath',
      'slice',
      'mark zorvath',
      'slice',
      'idle',
    ]);
  });

  it('reads a long text a piece at a time, a slice each, and marks a name wherever it lies', () => {
    const long = `${'word '.repeat(300)}Quenlin ${'more '.repeat(300)}Zorvath`;
    fill(document.body, `<p>${long}</p>`);
    detectCost = SLICE_BUDGET_MS;
    const { scanner, registry } = setup();
    scanner.enqueue(document.body);
    const slices = drain();
    const calls = log.filter((l) => l.startsWith('detect')).length;
    expect(calls).toBeGreaterThan(1);
    expect(slices).toBe(calls + 1);
    expect(registry.marksInOrder().map(described)).toEqual([
      { topic: 'quenlin', nodes: [long], start: 1500, end: 1507 },
      { topic: 'zorvath', nodes: [long], start: long.length - 7, end: long.length },
    ]);
  });

  it('marks nothing in a run whose text changed or left while its pieces were read', () => {
    const long = `${'word '.repeat(300)}Quenlin`;
    fill(document.body, `<p id="a">${long}</p><p id="b">Zorvath <b>two</b> ${long}</p><p id="c">${long}</p>`);
    detectCost = SLICE_BUDGET_MS;
    const { scanner, registry } = setup();
    scanner.enqueue(document.getElementById('a')!);
    scanner.enqueue(document.getElementById('b')!);
    scanner.enqueue(document.getElementById('c')!);
    slice();
    textIn(document.body, '#a').data = `${long} again`;
    drain();
    expect(registry.marksInOrder().map((m) => m.topic)).toEqual(['zorvath', 'quenlin', 'quenlin']);
    log = [];
    detectCost = 0;
    scanner.enqueue(document.getElementById('a')!);
    drain();
    expect(registry.marksInOrder().map((m) => m.topic)).toEqual(['quenlin', 'zorvath', 'quenlin', 'quenlin']);

    // The last node of a run edited, and a run taken out, between slices.
    registry.clear();
    detectCost = SLICE_BUDGET_MS;
    scanner.enqueue(document.getElementById('b')!);
    scanner.enqueue(document.getElementById('c')!);
    slice();
    document.querySelector('#b b')!.nextSibling!.textContent = ' changed';
    slice();
    slice();
    document.getElementById('c')!.remove();
    drain();
    expect(registry.size).toBe(0);
  });

  it('marks a run whose nodes were split otherwise while it was read, when their joined text is the same', () => {
    fill(document.body, '<p><b>ab</b>cd Quenlin</p>');
    const { scanner, registry } = setup((text) => {
      // The edit happens while the detector reads: same joined length, other split.
      const b = document.querySelector('b')!.firstChild as Text;
      if (b.data === 'ab') {
        b.data = 'abc';
        (b.parentNode!.nextSibling as Text).data = 'd Quenlin';
      }
      return detect(text);
    });
    scanner.enqueue(document.body);
    drain();
    expect(registry.marksInOrder().map(described)).toEqual([{ topic: 'quenlin', nodes: ['d Quenlin'], start: 2, end: 9 }]);
  });

  it('stops: drops the queue and the scan under way, frees those waiting, and starts afresh on the next change', async () => {
    fill(document.body, '<p id="a">Quenlin</p><p id="b">Zorvath</p>');
    detectCost = SLICE_BUDGET_MS;
    const { scanner, registry, onIdle } = setup();
    scanner.enqueue(document.getElementById('a')!);
    scanner.enqueue(document.getElementById('b')!);
    slice();
    let freed = false;
    void scanner.whenIdle().then(() => (freed = true));
    scanner.stop();
    await Promise.resolve();
    expect(freed).toBe(true);
    drain();
    expect(log).toEqual(['slice', 'detect Quenlin', 'slice']);
    expect(registry.size).toBe(0);
    expect(onIdle).not.toHaveBeenCalled();
    // A stopped scanner queues again: nothing of the old queue or scan is left.
    detectCost = 0;
    log = [];
    scanner.enqueue(document.getElementById('b')!);
    drain();
    expect(log).toEqual(['slice', 'detect Zorvath', 'mark zorvath', 'idle']);
    // The paragraph dropped from the queue is not taken for queued.
    log = [];
    scanner.enqueue(document.getElementById('a')!);
    drain();
    expect(log).toEqual(['slice', 'detect Quenlin', 'mark quenlin', 'idle']);
  });

  it('starts no second round of slices while one is under way, and a new one after it ends', () => {
    fill(document.body, '<p id="a">Quenlin</p><p id="b">Zorvath</p>');
    detectCost = SLICE_BUDGET_MS;
    const { scanner, onIdle } = setup();
    scanner.enqueue(document.getElementById('a')!);
    slice();
    scanner.enqueue(document.getElementById('b')!);
    expect(idle).toHaveLength(1);
    drain();
    expect(onIdle).toHaveBeenCalledTimes(1);
    expect(log.filter((l) => l.startsWith('detect'))).toEqual(['detect Quenlin', 'detect Zorvath']);
    scanner.enqueue(document.getElementById('a')!);
    expect(idle).toHaveLength(1);
    drain();
    expect(onIdle).toHaveBeenCalledTimes(2);
  });
});

describe("PageScanner's timings", () => {
  it('leaves a whole-page scan on the timeline: its span, its longest slice, and its slices with the time they took', () => {
    fill(document.body, '<p>Quenlin one</p><p>Zorvath two</p><p>Quenlin three</p>');
    clock = 1000;
    detectCost = SLICE_BUDGET_MS + 2;
    const { scanner } = setup();
    scanner.enqueue(document.body);
    clock = 1100;
    const n = drain();
    expect(n).toBe(4);
    const [scan] = measures('siyaq:scan');
    const [longest] = measures('siyaq:longest-slice');
    const [slices] = measures('siyaq:slices');
    expect(scan).toMatchObject({ startTime: 1000, duration: 130 });
    expect(longest).toMatchObject({ startTime: 1000, duration: 10 });
    expect(slices).toMatchObject({ startTime: 1000, duration: 30, detail: { count: 4 } });
  });

  it('counts each scan afresh', () => {
    fill(document.body, '<p>Quenlin one</p><p>Zorvath two</p>');
    detectCost = SLICE_BUDGET_MS + 4;
    const { scanner } = setup();
    scanner.enqueue(document.body);
    drain();
    performance.clearMeasures();
    detectCost = SLICE_BUDGET_MS + 1;
    clock = 500;
    fill(document.body, '<p>Zorvath</p>');
    scanner.enqueue(document.body);
    drain();
    expect(measures('siyaq:scan')).toMatchObject([{ startTime: 500, duration: 9 }]);
    expect(measures('siyaq:longest-slice')).toMatchObject([{ duration: 9 }]);
    expect(measures('siyaq:slices')).toMatchObject([{ duration: 9, detail: { count: 2 } }]);
  });

  it('leaves a one-slice scan of a part of the page off the timeline, and a longer one on it', () => {
    fill(document.body, '<p id="a">Quenlin one</p><p id="b">Zorvath two</p>');
    const { scanner } = setup();
    scanner.enqueue(document.getElementById('a')!);
    expect(drain()).toBe(1);
    expect(measures('siyaq:scan')).toEqual([]);
    expect(measures('siyaq:slices')).toEqual([]);
    expect(measures('siyaq:longest-slice')).toEqual([]);
    detectCost = SLICE_BUDGET_MS;
    scanner.enqueue(document.getElementById('b')!);
    expect(drain()).toBe(2);
    expect(measures('siyaq:slices')).toMatchObject([{ detail: { count: 2 } }]);
    // A whole page in one slice is on it; the flag does not outlive its scan.
    performance.clearMeasures();
    detectCost = 0;
    scanner.enqueue(document.documentElement);
    expect(drain()).toBe(1);
    expect(measures('siyaq:slices')).toMatchObject([{ detail: { count: 1 } }]);
    performance.clearMeasures();
    scanner.enqueue(document.body);
    expect(drain()).toBe(1);
    expect(measures('siyaq:slices')).toMatchObject([{ detail: { count: 1 } }]);
    performance.clearMeasures();
    scanner.enqueue(document.getElementById('a')!);
    expect(drain()).toBe(1);
    expect(measures('siyaq:slices')).toEqual([]);
  });

  it('finishes its scan when the timeline refuses the figures', () => {
    fill(document.body, '<p>Quenlin</p>');
    vi.spyOn(performance, 'measure').mockImplementation(() => {
      throw new Error('no timeline here');
    });
    const { scanner, registry, onIdle } = setup();
    scanner.enqueue(document.body);
    drain();
    expect(registry.size).toBe(1);
    expect(onIdle).toHaveBeenCalledTimes(1);
  });
});
