// On a page that keeps changing, Siyaq paints its on-screen marks as boxes in a
// closed shadow root of its own (lib/page/mark-overlay.ts), which page scripts
// cannot read. The devtools protocol can, as the browser's inspector does.
import type { CDPSession, Page } from 'playwright-core';

const sessions = new WeakMap<Page, Promise<CDPSession>>();

/** One painted box, in viewport coordinates, with the text node under its middle. */
export interface OverlayBox {
  x: number;
  y: number;
  width: number;
  height: number;
  /** The data of the text node under the box's middle, null when there is none. */
  text: string | null;
  /** The caret offset in that text at the box's middle. */
  offset: number;
}

/** The boxes Siyaq paints above the page now (none when it paints no overlay). */
export async function overlayBoxes(page: Page): Promise<OverlayBox[]> {
  let cdp = sessions.get(page);
  if (!cdp) sessions.set(page, (cdp = page.context().newCDPSession(page)));
  const session = await cdp;
  const { root } = await session.send('DOM.getDocument', { depth: 0 });
  const { nodeId } = await session.send('DOM.querySelector', { nodeId: root.nodeId, selector: 'siyaq-marks' });
  if (!nodeId) return [];
  const { node } = await session.send('DOM.describeNode', { nodeId, depth: 1, pierce: true });
  const shadow = node.shadowRoots?.[0];
  if (!shadow) return [];
  const { object } = await session.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
  const reply = (await session.send('Runtime.callFunctionOn', {
    objectId: object.objectId!,
    functionDeclaration: `function () {
      return [...this.querySelectorAll('rect')].map((d) => {
        const r = d.getBoundingClientRect();
        const caret = document.caretRangeFromPoint(r.left + r.width / 2, r.top + r.height / 2);
        const under = caret && caret.startContainer.nodeType === 3 ? caret.startContainer.data : null;
        return { x: r.left, y: r.top, width: r.width, height: r.height, text: under, offset: caret ? caret.startOffset : -1 };
      });
    }`,
    returnByValue: true,
  })) as { result: { value: OverlayBox[] } };
  return reply.result.value;
}
