// What the Firefox tests ask a page: the ranges under a highlight name and
// where a word is (from the page's own world), what the card's closed shadow
// root shows (through WebDriver BiDi, in a sandbox).
import type { Page } from 'puppeteer-core';

import { highlightedRanges, locateWord, settled } from '../../harness/in-page';

/** Texts of the ranges painted under a highlight name, in the order they were added. */
export async function highlightedTexts(page: Page, name = 'siyaq-underline'): Promise<string[]> {
  return (await page.evaluate(highlightedRanges, name)).map((range) => range.text);
}

/** Waits until the number of marked ranges is at least min and stops changing. */
export function settledHighlights(page: Page, min: number, name = 'siyaq-underline'): Promise<string[]> {
  return settled(() => highlightedTexts(page, name), min);
}

/** Centre of the first occurrence of a word, in viewport coordinates, measured with a Range after scrolling it into view. */
export async function pointOfWord(page: Page, word: string): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(locateWord, { word, nth: 0 });
  if (!point) throw new Error(`"${word}" is not on the page`);
  return point;
}

export interface CardState {
  /** The page has Siyaq's host element, and its shadow root is closed to the page's own scripts. */
  hostWithClosedShadow: boolean;
  topic: string | null;
  title: string | null;
  passages: number;
}

interface BidiConnection {
  send: (method: string, params: object) => Promise<{ result: Record<string, unknown> }>;
}

/**
 * Runs a function (given as source, called with Siyaq's shadow root or null)
 * in a sandbox of the page and returns its JSON-able value. The root is
 * closed, so page scripts cannot reach it; WebDriver BiDi can, as the
 * browser's inspector does, when asked to include closed shadow trees.
 */
export async function inCard<T>(page: Page, source: string): Promise<T> {
  const connection = (page.browser() as unknown as { connection: BidiConnection }).connection;
  const context = (page.mainFrame() as unknown as { _id: string })._id;
  const located = await connection.send('browsingContext.locateNodes', {
    context,
    locator: { type: 'css', value: 'siyaq-card' },
    maxNodeCount: 1,
    serializationOptions: { includeShadowTree: 'all', maxDomDepth: 0 },
  });
  const nodes = located.result.nodes as { value?: { shadowRoot?: { sharedId?: string } | null } }[];
  const shadowId = nodes[0]?.value?.shadowRoot?.sharedId;
  const called = await connection.send('script.callFunction', {
    functionDeclaration: `function () { return JSON.stringify((${source})(${shadowId ? 'this' : 'null'})); }`,
    ...(shadowId ? { this: { sharedId: shadowId } } : {}),
    target: { context, sandbox: 'siyaq-tests' },
    awaitPromise: true,
  });
  const result = called.result as { type: string; result?: { value?: string }; exceptionDetails?: { text: string } };
  if (result.type !== 'success') throw new Error(`In the card: ${result.exceptionDetails?.text ?? 'failed'}`);
  return JSON.parse(result.result?.value ?? 'null') as T;
}

/** What the card in Siyaq's shadow host shows. */
export async function cardState(page: Page): Promise<CardState> {
  const hostVisibleToPage = await page.evaluate(() => {
    const host = document.querySelector('siyaq-card');
    return { host: !!host, openRoot: !!host?.shadowRoot };
  });
  const inside = await inCard<Omit<CardState, 'hostWithClosedShadow'>>(
    page,
    `(root) => {
      const card = root ? root.querySelector('.siyaq-card[data-topic]') : null;
      return {
        topic: card ? card.dataset.topic : null,
        title: card ? (card.querySelector('.siyaq-card__title') || {}).textContent || null : null,
        passages: card ? card.querySelectorAll('.siyaq-passage').length : 0,
      };
    }`,
  );
  return { hostWithClosedShadow: hostVisibleToPage.host && !hostVisibleToPage.openRoot, ...inside };
}

/**
 * Centre of the first element matching a selector inside the card's shadow
 * root, in viewport coordinates, after scrolling the card to it as a reader
 * would; null while there is no such element or it is not on screen.
 */
export async function pointInCard(page: Page, selector: string): Promise<{ x: number; y: number } | null> {
  return inCard(
    page,
    `(root) => {
      const el = root ? root.querySelector(${JSON.stringify(selector)}) : null;
      if (!el) return null;
      el.scrollIntoView({ block: 'center' });
      const box = el.getBoundingClientRect();
      const x = box.left + box.width / 2;
      const y = box.top + box.height / 2;
      const onScreen = box.width > 0 && box.height > 0 && x >= 0 && y >= 0 && x < innerWidth && y < innerHeight;
      return onScreen ? { x, y } : null;
    }`,
  );
}

/** Polls until read returns something other than null, and returns it; fails naming what it waited for. */
export async function eventually<T>(read: () => Promise<T | null>, what: string, timeoutMs = 10_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (value !== null) return value;
    if (Date.now() > until) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((done) => setTimeout(done, 100));
  }
}
