// Finds the text a reader can see under a root: skips code, form fields,
// editable regions, hidden subtrees and Siyaq's own UI, and descends into open
// shadow roots. Yields text nodes lazily so scanning can stop at any point.

const SKIPPED_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'BUTTON',
  'SVG', 'MATH', 'CANVAS', 'IFRAME', 'OBJECT', 'EMBED', 'VIDEO', 'AUDIO', 'HEAD', 'TITLE',
]);

/** Tag name of Siyaq's shadow host: never scanned. */
export const SIYAQ_HOST_TAG = 'SIYAQ-CARD';

export function isSkippedElement(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  if (SKIPPED_TAGS.has(tag) || tag === SIYAQ_HOST_TAG) return true;
  if (el instanceof HTMLElement) {
    if (el.isContentEditable || el.hidden) return true;
  }
  return false;
}

/** Text that is only whitespace or too short to hold a name is not worth a detector call. */
function worthScanning(text: string): boolean {
  return text.length >= 2 && /\S/.test(text);
}

/**
 * Walks text nodes under root in document order. `onShadowRoot` hears of every
 * open shadow root found so the caller can watch it for mutations.
 */
export function* visibleTextNodes(root: Node, onShadowRoot?: (root: ShadowRoot) => void): Generator<Text> {
  const doc = root.ownerDocument ?? (root as Document);
  const visibility = new Map<Element, boolean>();
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const start = stack.pop()!;
    if (start instanceof Element && !isScannable(start, visibility)) continue;
    // The walker does not enter shadow trees, so their hosts are noted on the way.
    const shadows: ShadowRoot[] = [];
    const walker = doc.createTreeWalker(start, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
      acceptNode(node) {
        if (node.nodeType === Node.TEXT_NODE) return NodeFilter.FILTER_ACCEPT;
        const el = node as Element;
        if (isSkippedElement(el)) return NodeFilter.FILTER_REJECT;
        if (el.shadowRoot) shadows.push(el.shadowRoot);
        return NodeFilter.FILTER_SKIP;
      },
    });
    if (start instanceof Element && start.shadowRoot) shadows.push(start.shadowRoot);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node as Text;
      const parent = text.parentElement;
      if (parent && worthScanning(text.data) && isScannable(parent, visibility)) yield text;
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
  const parent = node.parentElement;
  return !!parent && worthScanning(node.data) && isScannable(parent, new Map());
}

/** Visible and not inside skipped or editable content; memoised per walk. */
function isScannable(el: Element, memo: Map<Element, boolean>): boolean {
  const known = memo.get(el);
  if (known !== undefined) return known;
  let result: boolean;
  if (isSkippedElement(el)) result = false;
  else if (typeof el.checkVisibility === 'function' && !el.checkVisibility({ visibilityProperty: true })) {
    result = false;
  } else {
    const parent = el.parentElement ?? ((el.getRootNode() as ShadowRoot).host as Element | undefined);
    result = parent ? isScannable(parent, memo) : true;
  }
  memo.set(el, result);
  return result;
}
