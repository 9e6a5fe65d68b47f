// Things the tests ask a page from its own (main) world: what is highlighted,
// where a word is, what the DOM looks like without Siyaq's host.
import type { Page } from 'playwright-core';

import { highlightedRanges, locateWord, settled, type MarkedRange } from '../../harness/in-page';
import { cardAtRest, cardLocator } from './card-probe';

export type { MarkedRange };

/** Ranges painted under any of Siyaq's highlight names. */
export function markedRanges(page: Page, name = 'siyaq-underline'): Promise<MarkedRange[]> {
  return page.evaluate(highlightedRanges, name);
}

/** Waits until the number of marked ranges stops changing and is at least min. */
export function settledMarks(page: Page, min = 1, name = 'siyaq-underline'): Promise<MarkedRange[]> {
  return settled(() => markedRanges(page, name), min);
}

/** Centre of the nth occurrence of a word in the page's text, in viewport coordinates (scrolled into view). */
export async function pointOfWord(page: Page, word: string, nth = 0): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(locateWord, { word, nth });
  if (!point) throw new Error(`"${word}" (#${nth}) is not on the page`);
  return point;
}

/** Moves the pointer onto the nth occurrence of a word, as a reader would, and waits for the card. */
export async function hoverCard(page: Page, word: string, nth = 0) {
  const point = await pointOfWord(page, word, nth);
  await page.mouse.move(point.x - 40, point.y - 40);
  await page.mouse.move(point.x, point.y, { steps: 3 });
  const card = cardLocator(page);
  await card.waitFor({ state: 'visible', timeout: 5000 });
  await cardAtRest(page);
  return card;
}

/** The page's DOM as HTML, with Siyaq's shadow hosts (the card's, the marks' on a busy page) left out. */
export async function domWithoutSiyaq(page: Page): Promise<string> {
  return page.evaluate(() => {
    const clone = document.documentElement.cloneNode(true) as HTMLElement;
    clone.querySelectorAll('siyaq-card, siyaq-marks').forEach((el) => el.remove());
    return clone.outerHTML;
  });
}

/** The same page's DOM as its HTML source alone would build it (no scripts run in fixtures). */
export async function domFromSource(page: Page, html: string): Promise<string> {
  return page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'text/html');
    return doc.documentElement.outerHTML;
  }, html);
}
