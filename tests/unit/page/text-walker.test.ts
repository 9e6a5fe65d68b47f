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

describe('visibleTextRuns at the edges', () => {
  /** An element of each tag, holding a text node, put between two words of one paragraph. */
  function between(tags: readonly string[]): HTMLElement {
    const root = page('');
    for (const tag of tags) {
      const p = document.createElement('p');
      const el = document.createElement(tag);
      el.append(`in ${tag}`);
      p.append('Quen', el, 'lin');
      root.append(p);
    }
    return root;
  }

  it('leaves out the text of every element a reader does not read as prose, and parts the run around it', () => {
    const tags = ['noscript', 'template', 'input', 'select', 'option', 'svg', 'math', 'canvas', 'iframe'];
    const more = ['object', 'embed', 'video', 'audio', 'head', 'title', 'script', 'style', 'textarea', 'button'];
    const root = between([...tags, ...more]);
    expect(runsOf(root)).toEqual(Array.from({ length: tags.length + more.length }, () => ['Quen', 'lin']).flat());
  });

  it('joins a run across every inline element', () => {
    const inline = ['a', 'abbr', 'acronym', 'b', 'bdi', 'bdo', 'big', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'font', 'i'];
    const more = ['ins', 'kbd', 'label', 'mark', 'nobr', 'q', 's', 'samp', 'small', 'span', 'strike', 'strong', 'sub', 'sup'];
    const last = ['time', 'tt', 'u', 'var', 'wbr'];
    const tags = [...inline, ...more, ...last];
    expect(runsOf(between(tags))).toEqual(tags.map((tag) => `Quenin ${tag}lin`));
    for (const tag of tags) expect(isInline(document.createElement(tag))).toBe(true);
  });

  it('parts a run at a hidden inline element, and reports it', () => {
    const hidden: Element[] = [];
    const root = page('<p>Quen<span id="h" hidden>zz</span>lin met</p>');
    expect(runsOf(root, undefined, (el) => hidden.push(el))).toEqual(['Quen', 'lin met']);
    expect(hidden.map((el) => el.id)).toEqual(['h']);
  });

  it('parts runs where a nested block starts and where it ends', () => {
    const root = page(
      '<div>before <b>it</b><p>inner <i>one</i></p>after <u>it</u><ul><li>item <ol><li>sub item</li></ol> tail</li></ul></div>',
    );
    expect(runsOf(root)).toEqual(['before it', 'inner one', 'after it', 'item ', 'sub item', ' tail']);
  });

  it('reads right-to-left and aria-hidden text like any other: both are on the screen', () => {
    const root = page('<p dir="rtl">التقى <bdi>نيكول</bdi> <span aria-hidden="true">باشينيان</span> في يريفان</p>');
    expect(runsOf(root)).toEqual(['التقى نيكول باشينيان في يريفان']);
  });

  it('reports an element whose text is hidden by its display only when the text is more than blanks', () => {
    const hidden: Element[] = [];
    const root = page('<div id="blank" style="display:none"> \n </div><div id="full" style="display:none">Quenlin</div><p>shown</p>');
    expect(runsOf(root, undefined, (el) => hidden.push(el))).toEqual(['shown']);
    expect(hidden.map((el) => el.id)).toEqual(['full']);
  });

  it('leaves out empty text nodes of a run', () => {
    const root = page('<p>Quen<b></b>lin</p>');
    root.querySelector('b')!.append(document.createTextNode(''));
    const [run] = [...visibleTextRuns(root)].filter((r): r is TextRun => r !== null);
    expect(run!.nodes.map((n) => n.data)).toEqual(['Quen', 'lin']);
  });

  it('reads the text of an element shown as its contents, unless its own visibility hides it', () => {
    const root = page(
      '<div style="display:contents">Quenlin <b>here</b></div><div style="display:contents;visibility:hidden">Zorvath gone</div>',
    );
    expect(runsOf(root)).toEqual(['Quenlin here']);
  });

  it('reads a page as shown when the browser cannot tell what is rendered, but still leaves out hidden elements', () => {
    const root = page('<p style="display:none">styled away</p><p hidden>hidden away</p>');
    const check = Object.getOwnPropertyDescriptor(Element.prototype, 'checkVisibility')!;
    Object.defineProperty(Element.prototype, 'checkVisibility', { value: undefined, configurable: true });
    try {
      expect(runsOf(root)).toEqual(['styled away']);
    } finally {
      Object.defineProperty(Element.prototype, 'checkVisibility', check);
    }
  });

  it('walks sibling shadow roots in the order of their hosts', () => {
    const root = page('<div id="one"></div><div id="two"></div><div id="three"></div>');
    const seen: ShadowRoot[] = [];
    const shadows = ['one', 'two', 'three'].map((id) => {
      const shadow = root.querySelector(`#${id}`)!.attachShadow({ mode: 'open' });
      fill(shadow, `<p>shadow ${id}</p>`);
      return shadow;
    });
    expect(runsOf(root, (s) => seen.push(s))).toEqual(['shadow one', 'shadow two', 'shadow three']);
    expect(seen).toHaveLength(3);
    expect(seen).toEqual(expect.arrayContaining(shadows));
  });

  it('starting inside a shadow root, leaves it out when its host is inside skipped or hidden elements', () => {
    const root = page(
      '<button><span id="in-button"></span></button><div hidden><span id="in-hidden"></span></div><div><span id="plain"></span></div>',
    );
    const inner = (id: string) => {
      const shadow = root.querySelector(`#${id}`)!.attachShadow({ mode: 'open' });
      fill(shadow, '<p>Quenlin inside</p>');
      return shadow.querySelector('p')!;
    };
    expect(runsOf(inner('in-button'))).toEqual([]);
    expect(runsOf(inner('in-hidden'))).toEqual([]);
    expect(runsOf(inner('plain'))).toEqual(['Quenlin inside']);
  });

  it('reads text that lies right in a shadow root', () => {
    const root = page('<p>light</p><div id="host"></div>');
    const shadow = root.querySelector('#host')!.attachShadow({ mode: 'open' });
    shadow.append('Quenlin ', document.createElement('b'), ' and more');
    shadow.querySelector('b')!.append('bold');
    expect(runsOf(root)).toEqual(['light', 'Quenlin bold and more']);
    expect(runsOf(shadow)).toEqual(['Quenlin bold and more']);
    // Hidden with its host: the host is what to watch for being shown.
    const hidden: Element[] = [];
    shadow.replaceChildren('Quenlin hidden');
    (shadow.host as HTMLElement).style.display = 'none';
    expect(runsOf(shadow, undefined, (el) => hidden.push(el))).toEqual([]);
    expect(hidden).toEqual([shadow.host]);
  });
});

describe('blockOf at the edges', () => {
  it('has no block for a text without a parent, and stops at a shadow root', () => {
    expect(blockOf(document.createTextNode('alone'))).toBeNull();
    const root = page('<div id="host"></div>');
    const shadow = root.querySelector('#host')!.attachShadow({ mode: 'open' });
    fill(shadow, '<b><i>deep</i></b>');
    expect(blockOf(shadow.querySelector('i')!.firstChild!)).toBe(shadow);
    expect(blockOf(shadow.querySelector('b')!)).toBe(shadow);
  });

  it('takes a block element, even inside an inline one, as its own block', () => {
    const root = page('<span><div id="d">text</div></span>');
    const d = root.querySelector('#d')!;
    expect(blockOf(d)).toBe(d);
    expect(blockOf(d.firstChild!)).toBe(d);
  });
});
