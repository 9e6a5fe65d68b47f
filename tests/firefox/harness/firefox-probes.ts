// What the Firefox tests ask a page from its own (main) world: the ranges
// under a highlight name, where a word is, what the card's shadow root shows.
import type { Page } from 'puppeteer-core';

/** Texts of the ranges painted under a highlight name, in the order they were added. */
export function highlightedTexts(page: Page, name = 'siyaq-underline'): Promise<string[]> {
  return page.evaluate((highlightName) => {
    const highlight = CSS.highlights.get(highlightName);
    if (!highlight) return [];
    return [...highlight].map((r) => {
      const range = r;
      return (range.startContainer.textContent ?? '').slice(range.startOffset, range.endOffset);
    });
  }, name);
}

/** Waits until the number of marked ranges is at least min and stops changing. */
export async function settledHighlights(page: Page, min: number, name = 'siyaq-underline'): Promise<string[]> {
  let last = -1;
  for (let i = 0; i < 100; i++) {
    const texts = await highlightedTexts(page, name);
    if (texts.length >= min && texts.length === last) return texts;
    last = texts.length;
    await new Promise((done) => setTimeout(done, 150));
  }
  return highlightedTexts(page, name);
}

/** Centre of the first occurrence of a word, in viewport coordinates, measured with a Range after scrolling it into view. */
export async function pointOfWord(page: Page, word: string): Promise<{ x: number; y: number }> {
  const point = await page.evaluate((wanted) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const at = node.data.indexOf(wanted);
      if (at === -1) continue;
      node.parentElement?.scrollIntoView({ block: 'center' });
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      const box = range.getClientRects()[0];
      if (!box) return null;
      return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    }
    return null;
  }, word);
  if (!point) throw new Error(`"${word}" is not on the page`);
  return point;
}

export interface CardState {
  /** The page has Siyaq's host element and its shadow root is open. */
  hostWithOpenShadow: boolean;
  topic: string | null;
  title: string | null;
  passages: number;
}

/** What the card in Siyaq's shadow host shows, read through the open shadow root. */
export function cardState(page: Page): Promise<CardState> {
  return page.evaluate(() => {
    const host = document.querySelector('siyaq-card');
    const root = host?.shadowRoot ?? null;
    const card = root?.querySelector<HTMLElement>('.siyaq-card[data-topic]') ?? null;
    return {
      hostWithOpenShadow: !!root,
      topic: card?.dataset.topic ?? null,
      title: card?.querySelector('.siyaq-card__title')?.textContent ?? null,
      passages: card?.querySelectorAll('.siyaq-passage').length ?? 0,
    };
  });
}

/**
 * Centre of the first element matching a selector inside the card's shadow
 * root, in viewport coordinates, after scrolling the card to it as a reader
 * would; null while there is no such element or it is not on screen.
 */
export async function pointInCard(page: Page, selector: string): Promise<{ x: number; y: number } | null> {
  return page.evaluate((wanted) => {
    const el = document.querySelector('siyaq-card')?.shadowRoot?.querySelector(wanted);
    if (!el) return null;
    el.scrollIntoView({ block: 'center' });
    const box = el.getBoundingClientRect();
    const x = box.left + box.width / 2;
    const y = box.top + box.height / 2;
    const onScreen = box.width > 0 && box.height > 0 && x >= 0 && y >= 0 && x < innerWidth && y < innerHeight;
    return onScreen ? { x, y } : null;
  }, selector);
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
