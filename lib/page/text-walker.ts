// Finds the text a reader can see under a root, in runs a name may cross
// (inline elements join them, blocks part them): skips code, form fields,
// editable regions, hidden subtrees and Siyaq's own UI, and descends into open
// shadow roots. Yields runs lazily so scanning can stop at any point.

const SKIPPED_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'BUTTON',
  'SVG',
  'MATH',
  'CANVAS',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'VIDEO',
  'AUDIO',
  'HEAD',
  'TITLE',
]);

/** Tag name of Siyaq's shadow host: never scanned. */
export const SIYAQ_HOST_TAG = 'SIYAQ-CARD';

/**
 * Nodes passed over without yielding text before the walk offers its caller a
 * pause: thousands of empty elements or blank text nodes must not be crossed
 * in one go (20,000 take tens of milliseconds).
 */
const NODES_PER_PAUSE = 512;

function isSkippedElement(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  if (SKIPPED_TAGS.has(tag) || tag === SIYAQ_HOST_TAG) return true;
  if (el instanceof HTMLElement) {
    if (el.hidden || el.ownerDocument.designMode === 'on') return true;
    // An editing host. isContentEditable climbs the tree on each call, so it
    // is asked only where the attribute is; the walk never enters the host.
    if (el.hasAttribute('contenteditable') && el.isContentEditable) return true;
  }
  return false;
}

/**
 * Elements that flow inside a line of text: a name may run across them
 * (`<b>قره</b> باغ`, `Pashin<wbr>yan`). Every other element (`p`, `li`,
 * `td`, `br`, `div`, unknown ones) ends a run of text, so no name spans it.
 */
const INLINE_TAGS = new Set([
  'A',
  'ABBR',
  'ACRONYM',
  'B',
  'BDI',
  'BDO',
  'BIG',
  'CITE',
  'CODE',
  'DATA',
  'DEL',
  'DFN',
  'EM',
  'FONT',
  'I',
  'INS',
  'KBD',
  'LABEL',
  'MARK',
  'NOBR',
  'Q',
  'S',
  'SAMP',
  'SMALL',
  'SPAN',
  'STRIKE',
  'STRONG',
  'SUB',
  'SUP',
  'TIME',
  'TT',
  'U',
  'VAR',
  'WBR',
]);

export function isInline(el: Element): boolean {
  return INLINE_TAGS.has(el.tagName.toUpperCase());
}

/** The nearest node at or above node that ends runs of text: what a change to node asks to look at again. */
export function blockOf(node: Node): Node | null {
  let at: Node | null = node.nodeType === Node.ELEMENT_NODE ? node : node.parentNode;
  while (at instanceof Element && isInline(at) && at.parentNode) at = at.parentNode;
  return at;
}

/** Text a reader reads as one line of words: the text nodes between two block boundaries. */
export interface TextRun {
  nodes: Text[];
  /** Their texts joined. */
  text: string;
}

/** Text that is only whitespace or too short to hold a name is not worth a detector call. */
function worthScanning(text: string): boolean {
  return text.length >= 2 && /\S/.test(text);
}

/**
 * Walks the text under root in document order and yields each run of visible
 * text nodes that no block boundary separates, and null now and then (a point
 * where the caller may pause). `onShadowRoot` hears of every open shadow root
 * found so the caller can watch it for mutations. Runs never cross root or a
 * shadow boundary.
 */
export function* visibleTextRuns(
  root: Node,
  onShadowRoot?: (root: ShadowRoot) => void,
  onHidden?: (el: Element) => void,
): Generator<TextRun | null> {
  const doc = root.ownerDocument ?? (root as Document);
  const verdicts = newVerdicts();
  const blocks = new Map<Element, Node>();
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const start = stack.pop()!;
    if (start instanceof Element && !isScannable(start, verdicts)) {
      if (!insideSkipped(start, verdicts.skipped) || (start instanceof HTMLElement && start.hidden)) onHidden?.(start);
      continue;
    }
    // The walker does not enter shadow trees, so their hosts are noted on the way.
    const shadows: ShadowRoot[] = [];
    let boundary = false;
    const walker = doc.createTreeWalker(start, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
      acceptNode(node) {
        if (node.nodeType === Node.TEXT_NODE) return NodeFilter.FILTER_ACCEPT;
        const el = node as Element;
        if (!isInline(el)) boundary = true;
        if (isSkippedElement(el)) {
          boundary = true;
          // `hidden` (and `hidden="until-found"`) may be taken off later.
          if (el instanceof HTMLElement && el.hidden) onHidden?.(el);
          return NodeFilter.FILTER_REJECT;
        }
        if (el.shadowRoot) shadows.push(el.shadowRoot);
        return NodeFilter.FILTER_ACCEPT;
      },
    });
    if (start instanceof Element && start.shadowRoot) shadows.push(start.shadowRoot);
    let nodes: Text[] = [];
    let runBlock: Node | null = null;
    let passed = 0;
    const flush = (): TextRun | null => {
      const run = nodes.length > 0 ? { nodes, text: nodes.map((n) => n.data).join('') } : null;
      nodes = [];
      runBlock = null;
      return run && worthScanning(run.text) ? run : null;
    };
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (boundary) {
        boundary = false;
        const run = flush();
        if (run) yield run;
      }
      if (node.nodeType === Node.TEXT_NODE && !isShownText(node as Text, verdicts)) {
        const parent = parentOf(node);
        if (parent && !insideSkipped(parent, verdicts.skipped) && /\S/.test((node as Text).data)) onHidden?.(parent);
      } else if (node.nodeType === Node.TEXT_NODE) {
        // Text right in a shadow root has no element above it in that tree: the root is its block.
        const block = node.parentElement ? blockIn(node.parentElement, start, blocks) : start;
        if (block !== runBlock) {
          const run = flush();
          if (run) yield run;
          runBlock = block;
        }
        nodes.push(node as Text);
      }
      if (++passed % NODES_PER_PAUSE === 0) yield null;
    }
    const run = flush();
    if (run) yield run;
    for (let i = shadows.length - 1; i >= 0; i--) {
      const shadow = shadows[i]!;
      onShadowRoot?.(shadow);
      stack.push(shadow);
    }
  }
}

/** The nearest non-inline element at or above el, stopping at the walk's start; remembered per element. */
function blockIn(el: Element, start: Node, memo: Map<Element, Node>): Node {
  const passed: Element[] = [];
  let answer: Node = start;
  for (let at: Element | null = el; at; at = at.parentElement) {
    const known = memo.get(at);
    if (known) {
      answer = known;
      break;
    }
    if (at === start || !isInline(at)) {
      answer = at;
      break;
    }
    passed.push(at);
  }
  for (const at of passed) memo.set(at, answer);
  return answer;
}

/** Text under an element a reader sees (whitespace too: it joins the words around it). */
function isShownText(node: Text, verdicts: Verdicts): boolean {
  const parent = parentOf(node);
  return !!parent && node.length > 0 && isScannable(parent, verdicts);
}

/** The element above (for text, the element it is shown as part of), crossing out of a shadow root to its host. */
function parentOf(node: Node): Element | null {
  if (node.parentElement) return node.parentElement;
  const root = node.parentNode;
  return root instanceof ShadowRoot ? root.host : null;
}

/** Answers already found in one walk, so each element is judged once. */
interface Verdicts {
  skipped: Map<Element, boolean>;
  shown: Map<Element, boolean>;
}

function newVerdicts(): Verdicts {
  return { skipped: new Map(), shown: new Map() };
}

/** Shown, and neither skipped nor inside a skipped element. */
function isScannable(el: Element, verdicts: Verdicts): boolean {
  return !insideSkipped(el, verdicts.skipped) && isShown(el, verdicts.shown);
}

/**
 * Climbs from el until an ancestor's answer is already known or decide() gives
 * one, and records it for every element passed. A loop, not recursion: pages
 * nest thousands deep.
 */
function climb(el: Element, memo: Map<Element, boolean>, decide: (at: Element) => boolean | undefined, otherwise: boolean): boolean {
  const passed: Element[] = [];
  let answer = otherwise;
  for (let at: Element | null = el; at; at = parentOf(at)) {
    const remembered = memo.get(at);
    if (remembered !== undefined) {
      answer = remembered;
      break;
    }
    passed.push(at);
    const decided = decide(at);
    if (decided !== undefined) {
      answer = decided;
      break;
    }
  }
  for (const at of passed) memo.set(at, answer);
  return answer;
}

function insideSkipped(el: Element, memo: Map<Element, boolean>): boolean {
  return climb(el, memo, (at) => (isSkippedElement(at) ? true : undefined), false);
}

/**
 * Whether the element is rendered. checkVisibility() already accounts for the
 * ancestors, and each call climbs them, so it is asked of text parents only:
 * asked up the tree it would cost the square of the depth. It says false for
 * `display: contents`, whose children are shown all the same, so such an
 * element is as shown as its parent unless its own visibility hides its text.
 */
function isShown(el: Element, memo: Map<Element, boolean>): boolean {
  return climb(
    el,
    memo,
    (at) => {
      if (typeof at.checkVisibility !== 'function' || at.checkVisibility({ visibilityProperty: true })) return true;
      const style = getComputedStyle(at);
      return style.display !== 'contents' || style.visibility !== 'visible' ? false : undefined;
    },
    true,
  );
}
