// What the Firefox tests ask a page from its own (main) world: the ranges
// under a highlight name, where a word is, what the card's shadow root shows.
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
