// @vitest-environment happy-dom
// Which parts of a page are muted (small, unmarked, changing ten times a
// second), how they are looked at while muted, and when they are heard again.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { CALM_LOOKS, LOOK_MS, MOST_NODES, mutable, MutedSubtrees } from '../../../lib/page/muted-subtrees';
import { fill } from './html';

describe('MutedSubtrees', () => {
  let log: string[];
  let marked: Set<Text>;
  let parts: MutedSubtrees;

  beforeEach(() => {
    vi.useFakeTimers();
    log = [];
    marked = new Set();
    fill(document.body, '<div id="ticker">tick</div><p id="news">Quenlin met <b>Zorvath</b>.</p><div id="big"></div><div id="host"></div>');
    parts = new MutedSubtrees({
      mute: (el) => log.push(`mute ${el.id}`),
      unmute: (el) => log.push(`unmute ${el.id}`),
      isMarked: (node) => marked.has(node),
      look: (el, text) => log.push(`look ${el.id}${text ? '' : ' (no text)'}`),
      moved: (el) => log.push(`moved ${el.id}`),
    });
  });

  afterEach(() => {
    parts.stop();
    vi.useRealTimers();
    document.body.replaceChildren();
  });

  const el = (id: string) => document.getElementById(id)!;

  /** The page changes node every 100 ms for `ms` from `from` on, as the watcher reports it (its text edited, if it is text). */
  function tick(node: Node, ms: number, from = 0): void {
    for (let t = from; t < from + ms; t += 100) {
      if (node instanceof Text) node.data = `tick ${t}`;
      parts.changed(node, t);
    }
  }

  /** The page edits el's text every 100 ms while `ms` pass on the clock. */
  async function edit(el: Element, ms: number): Promise<void> {
    for (let t = 0; t < ms; t += 100) {
      el.textContent = `tick ${t}`;
      await vi.advanceTimersByTimeAsync(100);
    }
  }

  it('mutes a small part without marks that changes ten times a second, named by its block, within about a second', () => {
    const text = el('ticker').firstChild as Text;
    tick(text, 1000);
    expect(log).toEqual([]);
    tick(text, 200, 1000);
    expect(log).toEqual(['mute ticker']);
    // Text in an inline element names its block.
    tick(el('news').querySelector('b')!.firstChild!, 1200);
    expect(log).toEqual(['mute ticker', 'mute news']);
    // Changes reported from inside a muted part (just as it was muted) mute nothing more.
    fill(el('ticker'), '<p>inner</p>');
    tick(el('ticker').firstChild!, 3000);
    tick(el('ticker'), 3000);
    expect(log).toHaveLength(2);
  });

  it('leaves alone a part holding a mark, a big part, a shadow host, the body, and a part changed now and then', () => {
    marked.add(el('news').querySelector('b')!.firstChild as Text);
    tick(el('news'), 3000);
    fill(el('big'), '<span>x</span>'.repeat(MOST_NODES));
    tick(el('big'), 3000);
    el('host').attachShadow({ mode: 'open' });
    tick(el('host'), 3000);
    tick(document.body, 3000);
    for (let t = 0; t < 30_000; t += 500) parts.changed(el('ticker'), t);
    expect(log).toEqual([]);
  });

  it('looks at a muted part every LOOK_MS while it changes, and hears it again once CALM_LOOKS looks in a row found it unchanged', async () => {
    tick(el('ticker'), 1200);
    log = [];
    await edit(el('ticker'), LOOK_MS * 3);
    expect(log).toEqual(['look ticker', 'look ticker', 'look ticker']);
    log = [];
    // A class or style changed counts too.
    el('ticker').className = 'on';
    await vi.advanceTimersByTimeAsync(LOOK_MS);
    el('ticker').style.color = 'red';
    await vi.advanceTimersByTimeAsync(LOOK_MS);
    expect(log).toEqual(['look ticker', 'look ticker']);
    // A pause shorter than that changes nothing.
    await vi.advanceTimersByTimeAsync(LOOK_MS * (CALM_LOOKS - 1));
    el('ticker').className = 'off';
    await vi.advanceTimersByTimeAsync(LOOK_MS);
    expect(log).toEqual(['look ticker', 'look ticker', 'look ticker']);
    await vi.advanceTimersByTimeAsync(LOOK_MS * (CALM_LOOKS - 1));
    expect(log).toHaveLength(3);
    await vi.advanceTimersByTimeAsync(LOOK_MS);
    expect(log).toEqual(['look ticker', 'look ticker', 'look ticker', 'unmute ticker']);
    await edit(el('ticker'), LOOK_MS * 3);
    expect(log).toHaveLength(4);
  });

  it('hears a part again at once when a mark is made in it, and at the next look once it left the page or grew big', async () => {
    tick(el('ticker'), 1200);
    tick(el('news'), 1200);
    tick(el('big'), 1200);
    log = [];
    parts.marked(el('news').querySelector('b')!.firstChild!);
    expect(log).toEqual(['unmute news']);
    parts.marked(el('news'));
    expect(log).toHaveLength(1);
    log = [];
    el('ticker').remove();
    fill(el('big'), '<span>x</span>'.repeat(MOST_NODES));
    await vi.advanceTimersByTimeAsync(LOOK_MS);
    expect(log).toEqual(['unmute ticker', 'unmute big', 'look big']);
  });

  it('tells a look at a part without text from one with text, and tells when a look finds it left or joined the flow', async () => {
    fill(document.body, '<div id="box"><i></i> </div><div id="ticker">tick</div>');
    tick(el('box'), 1200);
    tick(el('ticker'), 1200);
    log = [];
    el('box').className = 'on';
    (el('ticker').firstChild as Text).data = 'tock';
    await vi.advanceTimersByTimeAsync(LOOK_MS);
    expect(log).toEqual(['look box (no text)', 'look ticker']);
    log = [];
    // Taken out of the flow (or its margins changed), it moves what follows without changing its size.
    el('box').style.position = 'absolute';
    el('ticker').style.margin = '4px';
    await vi.advanceTimersByTimeAsync(LOOK_MS);
    expect(log).toEqual(['look box (no text)', 'moved box', 'look ticker', 'moved ticker']);
    log = [];
    el('box').className = 'off';
    await vi.advanceTimersByTimeAsync(LOOK_MS);
    expect(log).toEqual(['look box (no text)']);
  });

  it('stop forgets every muted part without a call, and no look comes after it', async () => {
    tick(el('ticker'), 1200);
    log = [];
    parts.stop();
    await edit(el('ticker'), LOOK_MS * 3);
    expect(log).toEqual([]);
  });
});

describe('mutable', () => {
  it('is null for a part with a mark, a shadow root or more than MOST_NODES nodes; else whether it holds text', () => {
    fill(
      document.body,
      '<div id="a" class="x"><p hidden>one</p><details open>two</details></div><div id="b"></div><div id="c"> <i>\n</i> </div>',
    );
    const a = document.getElementById('a')!;
    const b = document.getElementById('b')!;
    expect(mutable(a, () => false)).toBe(true);
    expect(mutable(a, (t) => t.data === 'two')).toBe(null);
    expect(mutable(document.getElementById('c')!, () => false)).toBe(false);
    fill(b, '<i></i>'.repeat(MOST_NODES - 1));
    expect(mutable(b, () => false)).toBe(false);
    b.append(document.createElement('i'));
    expect(mutable(b, () => false)).toBe(null);
    a.querySelector('p')!.attachShadow({ mode: 'open' });
    expect(mutable(a, () => false)).toBe(null);
  });
});
