// Finds the text a reader can see under a root: skips code, form fields,
// editable regions, hidden subtrees and Siyaq's own UI, and descends into open
// shadow roots. Yields text nodes lazily so scanning can stop at any point.

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

/** Text that is only whitespace or too short to hold a name is not worth a detector call. */
function worthScanning(text: string): boolean {
  return text.length >= 2 && /\S/.test(text);
}

/**
 * Walks text nodes under root in document order, yielding each visible one,
 * and null now and then in long stretches without text (a point where the
 * caller may pause). `onShadowRoot` hears of every open shadow root found so
 * the caller can watch it for mutations.
 */
export function* visibleTextNodes(root: Node, onShadowRoot?: (root: ShadowRoot) => void): Generator<Text | null> {
  const doc = root.ownerDocument ?? (root as Document);
  const verdicts = newVerdicts();
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const start = stack.pop()!;
    if (start instanceof Element && !isScannable(start, verdicts)) continue;
    // The walker does not enter shadow trees, so their hosts are noted on the way.
    const shadows: ShadowRoot[] = [];
    const walker = doc.createTreeWalker(start, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
      acceptNode(node) {
        if (node.nodeType === Node.TEXT_NODE) return NodeFilter.FILTER_ACCEPT;
        const el = node as Element;
        if (isSkippedElement(el)) return NodeFilter.FILTER_REJECT;
        if (el.shadowRoot) shadows.push(el.shadowRoot);
        return NodeFilter.FILTER_ACCEPT;
      },
    });
    if (start instanceof Element && start.shadowRoot) shadows.push(start.shadowRoot);
    let passedOver = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.nodeType === Node.TEXT_NODE && isShownText(node as Text, verdicts)) {
        passedOver = 0;
        yield node as Text;
      } else if (++passedOver % NODES_PER_PAUSE === 0) {
        yield null;
      }
    }
    for (let i = shadows.length - 1; i >= 0; i--) {
      const shadow = shadows[i]!;
      onShadowRoot?.(shadow);
      stack.push(shadow);
    }
  }
}

/** Whether one text node, taken alone, is text a reader sees. */
export function isVisibleText(node: Text): boolean {
  return isShownText(node, newVerdicts());
}

/** Text long enough to hold a name, under an element a reader sees. */
function isShownText(node: Text, verdicts: Verdicts): boolean {
  const parent = node.parentElement;
  return !!parent && worthScanning(node.data) && isScannable(parent, verdicts);
}

/** The element above, crossing out of a shadow root to its host. */
function parentOf(el: Element): Element | null {
  if (el.parentElement) return el.parentElement;
  const root = el.parentNode;
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
