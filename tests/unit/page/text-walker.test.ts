// @vitest-environment happy-dom
// The runs of visible text the scanner hands the detector: inline elements
// join a run, blocks part runs, hidden, skipped and editable parts are left
// out (and hidden ones reported), open shadow roots are walked too.
import { afterEach, describe, expect, it } from 'vitest';

import { blockOf, isInline, visibleTextRuns, type TextRun } from '../../../lib/page/text-walker';
import { fill } from './html';

function runsOf(root: Node, onShadowRoot?: (root: ShadowRoot) => void, onHidden?: (el: Element) => void): string[] {
  return [...visibleTextRuns(root, onShadowRoot, onHidden)].filter((r): r is TextRun => r !== null).map((r) => r.text);
}

function page(html: string): HTMLElement {
  const root = document.createElement('main');
  fill(root, html);
  document.body.append(root);
  return root;
}

afterEach(() => {
  document.body.replaceChildren();
  document.designMode = 'off';
});

describe('visibleTextRuns', () => {
  it('joins text across inline elements and parts it at blocks', () => {
    const root = page('<p><b>قره</b> باغ and <a href="#">Pashin<wbr>yan</a></p><p>Second <span>line</span></p><div>one</div>two');
    expect(runsOf(root)).toEqual(['قره باغ and Pashinyan', 'Second line', 'one', 'two']);
  });

  it('gives each run its text nodes, in order, joined to its text', () => {
    const root = page('<p>Zor<i>vath</i> met</p>');
    const [run] = [...visibleTextRuns(root)].filter((r): r is TextRun => r !== null);
    expect(run!.nodes.map((n) => n.data)).toEqual(['Zor', 'vath', ' met']);
    expect(run!.text).toBe('Zorvath met');
  });

  it('parts runs at a line break, a list item or a table cell', () => {
    const root = page(
      'Quenlin<br>Zorvath<ul><li>one item</li><li>two items</li></ul><table><tr><td>cell a</td><td>cell b</td></tr></table>',
    );
    expect(runsOf(root)).toEqual(['Quenlin', 'Zorvath', 'one item', 'two items', 'cell a', 'cell b']);
  });

  it('leaves out code, form fields, buttons, editable regions and Siyaq itself', () => {
    const root = page(
      '<p>kept one</p><script>var x = "Quenlin";</script><style>.a{}</style><textarea>typed text</textarea>' +
        '<button>Press here</button><select><option>Option</option></select><div contenteditable="true">edit me</div>' +
        '<siyaq-card>card text</siyaq-card><p>kept two</p>',
    );
    expect(runsOf(root)).toEqual(['kept one', 'kept two']);
  });

  it('reads a contenteditable="false" element, and nothing at all in a document in design mode', () => {
    const root = page('<div contenteditable="false">read only</div>');
    expect(runsOf(root)).toEqual(['read only']);
    document.designMode = 'on';
    expect(runsOf(root)).toEqual([]);
  });

  it('leaves out blank and one-letter runs', () => {
    const root = page('<p>   </p><p>a</p><p>ab</p>');
    expect(runsOf(root)).toEqual(['ab']);
  });

  it('leaves out hidden text and reports the hidden element, or the element whose text it is', () => {
    const hidden: Element[] = [];
    const root = page(
      '<p>shown text</p><p id="h" hidden>hidden attr</p><div style="display:none"><span id="n">display none</span></div><p>after</p>',
    );
    expect(runsOf(root, undefined, (el) => hidden.push(el))).toEqual(['shown text', 'after']);
    expect(hidden.map((el) => el.id)).toEqual(['h', 'n']);
  });

  it('reports an element hidden by a style, and no element inside skipped code', () => {
    const hidden: Element[] = [];
    const root = page('<p id="s" style="visibility:hidden">invisible</p><script><span hidden>x</span></script>');
    expect(runsOf(root, undefined, (el) => hidden.push(el))).toEqual([]);
    expect(hidden.map((el) => el.id)).toEqual(['s']);
  });

  it('starts from a hidden root: reports it and yields nothing', () => {
    const hidden: Element[] = [];
    const root = page('<p>text</p>');
    root.hidden = true;
    expect(runsOf(root, undefined, (el) => hidden.push(el))).toEqual([]);
    expect(hidden).toEqual([root]);
    root.hidden = false;
    const inner = root.querySelector('p')!;
    root.style.display = 'none';
    hidden.length = 0;
    expect(runsOf(inner, undefined, (el) => hidden.push(el))).toEqual([]);
    expect(hidden).toEqual([inner]);
  });

  it('does not report a hidden element inside a skipped one it starts from', () => {
    const hidden: Element[] = [];
    const root = page('<textarea></textarea>');
    const area = root.querySelector('textarea')!;
    expect(runsOf(area, undefined, (el) => hidden.push(el))).toEqual([]);
    expect(hidden).toEqual([]);
  });

  it('walks open shadow roots after the light tree, telling the caller of each', () => {
    const root = page('<p>light one</p><div id="host"></div><p>light two</p>');
    const host = root.querySelector('#host')!;
    const shadow = host.attachShadow({ mode: 'open' });
    fill(shadow, '<p>in the <b>shadow</b></p>');
    const inner = shadow.querySelector('p')!.appendChild(document.createElement('span'));
    const innerShadow = inner.attachShadow({ mode: 'open' });
    fill(innerShadow, '<p>deeper</p>');
    const seen: ShadowRoot[] = [];
    expect(runsOf(root, (s) => seen.push(s))).toEqual(['light one', 'light two', 'in the shadow', 'deeper']);
    expect(seen).toEqual([shadow, innerShadow]);
  });

  it("walks a start element's own shadow root", () => {
    const root = page('');
    const shadow = root.attachShadow({ mode: 'open' });
    fill(shadow, '<p>only in shadow</p>');
    expect(runsOf(root)).toEqual(['only in shadow']);
  });

  it('offers a pause now and then on a long stretch of empty elements', () => {
    const root = page('<div></div>'.repeat(1500) + '<p>end text</p>');
    const all = [...visibleTextRuns(root)];
    const pauses = all.filter((r) => r === null).length;
    expect(pauses).toBeGreaterThanOrEqual(2);
    expect(pauses).toBeLessThanOrEqual(3);
    expect(all.filter((r) => r !== null).map((r) => r?.text)).toEqual(['end text']);
  });

  it('walks a whole document', () => {
    fill(document.body, '<p>from the document</p>');
    expect(runsOf(document)).toEqual(['from the document']);
  });
});

describe('isInline and blockOf', () => {
  it('tells inline elements from blocks, whatever the case of the tag', () => {
    expect(isInline(document.createElement('b'))).toBe(true);
    expect(isInline(document.createElement('span'))).toBe(true);
    expect(isInline(document.createElement('p'))).toBe(false);
    expect(isInline(document.createElement('custom-element'))).toBe(false);
    expect(isInline(document.createElementNS('http://www.w3.org/1999/xhtml', 'A'))).toBe(true);
  });

  it('finds the block a text or an inline element belongs to', () => {
    const root = page('<p id="p"><b><i>deep</i></b> text</p>');
    const p = root.querySelector('#p')!;
    const deep = root.querySelector('i')!.firstChild!;
    expect(blockOf(deep)).toBe(p);
    expect(blockOf(root.querySelector('b')!)).toBe(p);
    expect(blockOf(p)).toBe(p);
    const loose = document.createElement('span');
    expect(blockOf(loose)).toBe(loose);
  });
});
