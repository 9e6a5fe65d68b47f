// Siyaq's card lives in a closed shadow root: page scripts, and so Playwright's
// locators, cannot reach it. The devtools protocol can (as the browser's own
// inspector does), so the tests read the card through it, and click it with
// the real mouse, whose events are trusted like a reader's. The probes run in
// a world of their own, so a page that replaced built-ins does not upset them.
import type { CDPSession, Page } from 'playwright-core';

const sessions = new WeakMap<Page, Promise<CDPSession>>();
const worlds = new WeakMap<Page, Map<string, number>>();

function session(page: Page): Promise<CDPSession> {
  let found = sessions.get(page);
  if (!found) {
    found = page.context().newCDPSession(page);
    sessions.set(page, found);
  }
  return found;
}

/** The probes' own world in a frame's current document. */
async function probeWorld(cdp: CDPSession, page: Page, frameId: string, loaderId: string): Promise<number> {
  const key = `${frameId}:${loaderId}`;
  let known = worlds.get(page);
  if (!known) worlds.set(page, (known = new Map()));
  const found = known.get(key);
  if (found !== undefined) return found;
  const { executionContextId } = await cdp.send('Page.createIsolatedWorld', { frameId, worldName: 'siyaq-tests' });
  known.set(key, executionContextId);
  return executionContextId;
}

/**
 * A handle on Siyaq's shadow root, or on the document when there is no card
 * host; in the top document, or in the one of the iframe `frame` selects.
 */
async function shadowRootObject(page: Page, frame?: string): Promise<{ objectId: string; found: boolean }> {
  const cdp = await session(page);
  let { root } = await cdp.send('DOM.getDocument', { depth: 0 });
  let childFrameId: string | undefined;
  if (frame) {
    const { nodeId: iframe } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: frame });
    const { node } = await cdp.send('DOM.describeNode', { nodeId: iframe, depth: 1, pierce: true });
    if (!node.contentDocument) throw new Error(`No document in ${frame}`);
    childFrameId = node.frameId;
    const { nodeIds } = await cdp.send('DOM.pushNodesByBackendIdsToFrontend', { backendNodeIds: [node.contentDocument.backendNodeId] });
    root = { ...node.contentDocument, nodeId: nodeIds[0]! };
  }
  const { frameTree } = await cdp.send('Page.getFrameTree');
  const frameInfo = frame ? frameTree.childFrames?.find((f) => f.frame.id === childFrameId)?.frame : frameTree.frame;
  if (!frameInfo) throw new Error(`No frame for ${frame}`);
  const executionContextId = await probeWorld(cdp, page, frameInfo.id, frameInfo.loaderId);
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: 'siyaq-card' });
  let target = root.backendNodeId;
  let found = false;
  if (nodeId) {
    const { node } = await cdp.send('DOM.describeNode', { nodeId, depth: 1, pierce: true });
    const shadow = node.shadowRoots?.[0];
    if (shadow) {
      target = shadow.backendNodeId;
      found = true;
    }
  }
  const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: target, executionContextId });
  if (!object.objectId) throw new Error('The devtools protocol gave no handle on the card');
  return { objectId: object.objectId, found };
}

/**
 * Runs fn in the page with Siyaq's shadow root (null when there is none) and
 * returns its value. fn may be given as source text, for callers (tsx) whose
 * compiled functions refer to helpers the page lacks.
 */
export async function inCard<T, A = undefined>(
  page: Page,
  fn: ((root: ShadowRoot | null, arg: A) => T | Promise<T>) | string,
  arg?: A,
  frame?: string,
): Promise<T> {
  const { objectId, found } = await shadowRootObject(page, frame);
  const cdp = await session(page);
  const reply = (await cdp.send('Runtime.callFunctionOn', {
    objectId,
    functionDeclaration: `function (arg) { return (${typeof fn === 'string' ? fn : fn.toString()})(${found ? 'this' : 'null'}, arg); }`,
    arguments: [{ value: arg ?? null }],
    returnByValue: true,
    awaitPromise: true,
  })) as { result: { value: T }; exceptionDetails?: { text: string; exception?: { description?: string } } };
  if (reply.exceptionDetails) throw new Error(reply.exceptionDetails.exception?.description ?? reply.exceptionDetails.text);
  return reply.result.value;
}

/** Resolves once the card's own animations (its fade in) have finished, so a screenshot shows it at rest. */
export function cardAtRest(page: Page): Promise<boolean> {
  return inCard(page, (root) => (root ? Promise.all(root.getAnimations().map((a) => a.finished)).then(() => true) : false));
}

interface Found {
  count: number;
  text: string | null;
  attribute: string | null;
  visible: boolean;
  box: { x: number; y: number; width: number; height: number } | null;
}

/**
 * The few things the tests ask of a card element, in the manner of a
 * Playwright locator: `cardLocator(page)` is the open card,
 * `.locator(selector)` narrows, `.first()`/`.nth(i)` picks one.
 */
export class CardLocator {
  constructor(
    private readonly page: Page,
    private readonly selectors: readonly string[] = ['.siyaq-card'],
    private readonly index = 0,
  ) {}

  locator(selector: string): CardLocator {
    return new CardLocator(this.page, [...this.selectors, selector], this.index);
  }

  first(): CardLocator {
    return this.nth(0);
  }

  last(): CardLocator {
    return this.nth(-1);
  }

  nth(i: number): CardLocator {
    return new CardLocator(this.page, this.selectors, i);
  }

  private find(attribute = ''): Promise<Found> {
    return inCard(
      this.page,
      (root, { selector, index, attribute }) => {
        const all = root ? [...root.querySelectorAll<HTMLElement>(selector)] : [];
        const el = all.at(index);
        const rect = el?.getBoundingClientRect();
        const style = el ? getComputedStyle(el) : null;
        return {
          count: all.length,
          text: el?.textContent ?? null,
          attribute: el && attribute ? el.getAttribute(attribute) : null,
          visible: !!rect && rect.width > 0 && rect.height > 0 && style?.visibility === 'visible',
          box: rect ? { x: rect.x, y: rect.y, width: rect.width, height: rect.height } : null,
        };
      },
      { selector: this.selectors.join(' '), index: this.index, attribute },
    );
  }

  async count(): Promise<number> {
    return (await this.find()).count;
  }

  async textContent(): Promise<string | null> {
    return (await this.find()).text;
  }

  async getAttribute(name: string): Promise<string | null> {
    return (await this.find(name)).attribute;
  }

  async isVisible(): Promise<boolean> {
    return (await this.find()).visible;
  }

  async boundingBox(): Promise<Found['box']> {
    return (await this.find()).box;
  }

  async waitFor(options: { state?: 'visible' | 'attached' | 'detached' | 'hidden'; timeout?: number } = {}): Promise<void> {
    const state = options.state ?? 'visible';
    const deadline = Date.now() + (options.timeout ?? 10_000);
    for (;;) {
      const found = await this.find();
      const done =
        state === 'visible'
          ? found.visible
          : state === 'attached'
            ? found.count > Math.max(this.index, -this.index - 1)
            : state === 'detached'
              ? found.count <= Math.max(this.index, -this.index - 1)
              : !found.visible;
      if (done) return;
      if (Date.now() > deadline) throw new Error(`card element ${this.selectors.join(' ')} not ${state} in time`);
      await this.page.waitForTimeout(50);
    }
  }

  /** The text of every matching element. */
  allTextContents(): Promise<string[]> {
    return inCard(
      this.page,
      (root, selector) => (root ? [...root.querySelectorAll(selector)].map((el) => el.textContent ?? '') : []),
      this.selectors.join(' '),
    );
  }

  /** Runs fn on the element in the probes' world (fn must not refer to anything outside itself). */
  evaluate<T>(fn: (el: Element) => T): Promise<T> {
    return inCard(
      this.page,
      `(root, { selector, index }) => {
        const el = root ? [...root.querySelectorAll(selector)].at(index) : null;
        if (!el) throw new Error('no element ' + selector);
        return (${fn.toString()})(el);
      }`,
      { selector: this.selectors.join(' '), index: this.index },
    );
  }

  /** A real click at the element's centre: a trusted event, like the reader's. */
  async click(): Promise<void> {
    await this.waitFor({ state: 'visible' });
    await inCard(
      this.page,
      (root, { selector, index }) => (root ? [...root.querySelectorAll(selector)].at(index) : null)?.scrollIntoView({ block: 'nearest' }),
      {
        selector: this.selectors.join(' '),
        index: this.index,
      },
    );
    const box = (await this.boundingBox())!;
    await this.page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  }

  /** A real tap at the element's centre, on a page with touch. */
  async tap(): Promise<void> {
    await this.waitFor({ state: 'visible' });
    await this.evaluate((el) => el.scrollIntoView({ block: 'nearest' }));
    const box = (await this.boundingBox())!;
    await this.page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
  }
}

/** The open card, or (with selectors) elements inside Siyaq's shadow root. */
export function cardLocator(page: Page, ...selectors: string[]): CardLocator {
  return new CardLocator(page, selectors.length > 0 ? selectors : ['.siyaq-card']);
}
