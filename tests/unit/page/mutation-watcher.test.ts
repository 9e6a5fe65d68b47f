// @vitest-environment happy-dom
// What the watcher reports from the page's changes: edited text, added and
// removed nodes, the attributes and style sheets that show or hide text, once
// per batch; never Siyaq's own nodes.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { MutationWatcher } from '../../../lib/page/mutation-watcher';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('MutationWatcher', () => {
  let calls: string[];
  let texts: Text[];
  let added: [Node, Node][];
  let own: HTMLElement;
  let watcher: MutationWatcher;
  let working: boolean;
  let asked: number;
  let restyled: (readonly Node[] | undefined)[];
  let batches: (readonly Node[])[];
  let removed: (readonly Node[])[];

  beforeEach(() => {
    calls = [];
    texts = [];
    added = [];
    working = true;
    asked = 0;
    restyled = [];
    batches = [];
    removed = [];
    own = document.createElement('siyaq-card');
    document.body.innerHTML = '<p id="p">Quenlin met Zorvath.</p><div id="box" class="closed"></div>';
    document.body.append(own);
    watcher = new MutationWatcher({
      onText: (node) => {
        texts.push(node);
        calls.push('text');
      },
      onAdded: (node, parent) => {
        added.push([node, parent]);
        calls.push('added');
      },
      onRemoved: (nodes) => {
        removed.push(nodes);
        calls.push('removed');
      },
      onRestyled: (changed) => {
        restyled.push(changed);
        calls.push('restyled');
      },
      onBatch: (targets) => {
        batches.push(targets);
        calls.push('batch');
      },
      isOwn: (node) => own.contains(node),
      mayWork: () => {
        asked++;
        return working;
      },
    });
    watcher.watch(document);
  });

  afterEach(() => {
    watcher.disconnect();
    document.body.replaceChildren();
  });

  it('reports text edited in place, then the batch', async () => {
    const text = document.getElementById('p')!.firstChild as Text;
    text.data = 'Quenlin left Melbrook.';
    await settle();
    expect(texts).toEqual([text]);
    expect(calls).toEqual(['text', 'batch']);
  });

  it("names the batch's changed nodes, Siyaq's own left out: the text edited, the parent of an addition, the element restyled", async () => {
    const p = document.getElementById('p')!;
    const text = p.firstChild as Text;
    text.data = 'Quenlin again.';
    const span = document.createElement('span');
    document.body.append(span);
    p.className = 'moved';
    own.setAttribute('class', 'shown');
    await settle();
    expect(batches).toEqual([[text, document.body, p]]);
  });

  it('asks whether Siyaq may act once per batch, and ignores the batch when it may not', async () => {
    const text = document.getElementById('p')!.firstChild as Text;
    for (let i = 0; i < 5; i++) text.data = `Quenlin ${i}`;
    document.getElementById('box')!.className = 'open';
    await settle();
    expect(asked).toBe(1);
    expect(calls).toEqual(['text', 'text', 'text', 'text', 'text', 'restyled', 'batch']);
    working = false;
    calls = [];
    text.data = 'Zorvath';
    await settle();
    expect(asked).toBe(2);
    expect(calls).toEqual([]);
  });

  it('reports an added node with the parent it was added to', async () => {
    const box = document.getElementById('box')!;
    const p = document.createElement('p');
    p.textContent = 'Melbrook';
    box.append(p);
    await settle();
    expect(added).toEqual([[p, box]]);
    expect(calls).toEqual(['added', 'batch']);
  });

  it('reports the removed nodes once per batch, after the additions', async () => {
    const box = document.getElementById('box')!;
    const p = document.getElementById('p')!;
    p.remove();
    const span = box.appendChild(document.createElement('span'));
    box.textContent = '';
    await settle();
    expect(calls.filter((c) => c === 'removed')).toHaveLength(1);
    expect(calls.slice(-2)).toEqual(['removed', 'batch']);
    expect(removed).toEqual([[p, span]]);
  });

  it('reports a change of the attributes that show or hide text, but not of others', async () => {
    const box = document.getElementById('box')!;
    box.setAttribute('data-x', '1');
    box.setAttribute('title', 'x');
    await settle();
    expect(calls).toEqual([]);
    for (const [name, value] of [
      ['class', 'open'],
      ['style', 'display:block'],
      ['hidden', ''],
      ['open', ''],
    ] as const) {
      calls = [];
      box.setAttribute(name, value);
      await settle();
      expect(calls, name).toEqual(['restyled', 'batch']);
    }
    // Named, so that only hidden text around them need be looked at at once.
    expect(restyled).toEqual([[box], [box], [box], [box]]);
    restyled = [];
    const p = document.getElementById('p')!;
    p.className = 'a';
    box.className = 'b';
    await settle();
    expect(restyled).toEqual([[p, box]]);
  });

  it('reports a style sheet or a linked sheet added as a restyle too', async () => {
    document.head.append(document.createElement('style'));
    await settle();
    expect(calls).toEqual(['added', 'restyled', 'batch']);
    calls = [];
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    document.head.append(link);
    await settle();
    expect(calls).toEqual(['added', 'restyled', 'batch']);
    // A sheet may show anything: no elements named, even beside a class changed in the same batch.
    restyled = [];
    document.getElementById('box')!.className = 'open';
    document.head.append(document.createElement('style'));
    await settle();
    expect(restyled).toEqual([undefined]);
  });

  it("ignores Siyaq's own nodes: changes inside them, and nodes of its own added elsewhere", async () => {
    const mine = document.createElement('span');
    own.append(mine);
    mine.textContent = 'card text';
    (mine.firstChild as Text).data = 'changed';
    own.setAttribute('class', 'shown');
    await settle();
    expect(calls).toEqual([]);
    // Its host added to the page: the page itself did change, but the node is not reported.
    const watcher2Calls: string[] = [];
    const pageHost = document.createElement('div');
    document.body.append(pageHost);
    const page = pageHost.attachShadow({ mode: 'open' });
    const w2 = new MutationWatcher({
      onText: () => watcher2Calls.push('text'),
      onAdded: () => watcher2Calls.push('added'),
      onRemoved: () => watcher2Calls.push('removed'),
      onRestyled: () => watcher2Calls.push('restyled'),
      onBatch: () => watcher2Calls.push('batch'),
      isOwn: (node) => node === own,
      mayWork: () => true,
    });
    w2.watch(page);
    page.append(own);
    await settle();
    w2.disconnect();
    expect(watcher2Calls).toEqual(['batch']);
  });

  it('watches an open shadow root too, once however often it is asked', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    watcher.watch(shadow);
    watcher.watch(shadow);
    await settle();
    calls = [];
    const p = document.createElement('p');
    shadow.append(p);
    await settle();
    expect(calls).toEqual(['added', 'batch']);
  });

  it('stops on disconnect, and watches again when asked after it', async () => {
    watcher.disconnect();
    const text = document.getElementById('p')!.firstChild as Text;
    text.data = 'one';
    await settle();
    expect(calls).toEqual([]);
    watcher.watch(document);
    text.data = 'two';
    await settle();
    expect(calls).toEqual(['text', 'batch']);
  });

  it('calls nothing for a batch of its own changes only', async () => {
    const onBatch = vi.fn();
    const w = new MutationWatcher({
      onText: vi.fn(),
      onAdded: vi.fn(),
      onRemoved: vi.fn(),
      onRestyled: vi.fn(),
      onBatch,
      isOwn: () => true,
      mayWork: () => true,
    });
    w.watch(document);
    document.body.append(document.createElement('p'));
    await settle();
    w.disconnect();
    expect(onBatch).not.toHaveBeenCalled();
  });

  describe('a muted element', () => {
    /** A page with a muted ticker inside nested boxes, beside text and boxes at every level. */
    function nested(): { ticker: HTMLElement; text: Text } {
      document.body.innerHTML =
        '<p id="p">Quenlin met Zorvath.</p><div id="outer">before<div id="inner"><div id="ticker">tick 0</div><p id="beside">Melbrook</p></div>after</div>';
      const ticker = document.getElementById('ticker')!;
      return { ticker, text: ticker.firstChild as Text };
    }

    it('is not heard at all, its text, children or attributes; everything around it still is', async () => {
      const { ticker, text } = nested();
      await settle();
      calls = [];
      watcher.mute(ticker);
      text.data = 'tick 1';
      ticker.className = 'on';
      ticker.append(document.createElement('span'));
      await settle();
      expect(calls).toEqual([]);
      // Its siblings, its ancestors' text and attributes, and the rest of the page.
      const beside = document.getElementById('beside')!;
      (beside.firstChild as Text).data = 'Zorvath';
      (document.getElementById('outer')!.firstChild as Text).data = 'Quenlin';
      document.getElementById('inner')!.className = 'open';
      (document.getElementById('p')!.firstChild as Text).data = 'Melbrook';
      await settle();
      // (happy-dom calls back once per observed node; a browser once for them all.)
      expect(calls.filter((c) => c !== 'batch')).toEqual(['text', 'text', 'restyled', 'text']);
      expect(texts.map((t) => t.data)).toEqual(['Zorvath', 'Quenlin', 'Melbrook']);
    });

    it('still reports itself taken out, or nodes added beside it, and hears what is added beside it later', async () => {
      const { ticker } = nested();
      await settle();
      watcher.mute(ticker);
      const inner = document.getElementById('inner')!;
      const added = document.createElement('p');
      added.textContent = 'new';
      inner.append(added);
      await settle();
      expect(calls.slice(-2)).toEqual(['added', 'batch']);
      calls = [];
      texts = [];
      (added.firstChild as Text).data = 'Quenlin';
      await settle();
      expect(texts.map((t) => t.data)).toEqual(['Quenlin']);
      calls = [];
      ticker.remove();
      await settle();
      expect(removed.at(-1)).toEqual([ticker]);
      expect(calls).toEqual(['removed', 'batch']);
    });

    it('is heard again once unmuted, and changes made just before muting are reported, not lost', async () => {
      const { ticker, text } = nested();
      await settle();
      calls = [];
      (document.getElementById('beside')!.firstChild as Text).data = 'before the mute';
      watcher.mute(ticker);
      expect(calls).toEqual(['text', 'batch']);
      watcher.unmute(ticker);
      calls = [];
      text.data = 'tick 2';
      await settle();
      expect(texts.at(-1)).toBe(text);
      expect(calls).toEqual(['text', 'batch']);
    });

    it('inside another muted element is covered by it; a disconnect forgets every muted element', async () => {
      const { ticker, text } = nested();
      const inner = document.getElementById('inner')!;
      await settle();
      calls = [];
      watcher.mute(ticker);
      watcher.mute(inner);
      watcher.unmute(ticker);
      text.data = 'tick 3';
      (document.getElementById('beside')!.firstChild as Text).data = 'x';
      await settle();
      expect(calls).toEqual([]);
      watcher.disconnect();
      watcher.watch(document);
      text.data = 'tick 4';
      await settle();
      expect(calls).toEqual(['text', 'batch']);
    });
  });
});
