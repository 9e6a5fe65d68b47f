// Things the tests ask a page from its own (main) world: what is highlighted,
// where a word is, what the DOM looks like without Siyaq's host.
import type { Page } from 'playwright-core';

import { cardLocator } from './card-probe';

export interface MarkedRange {
  text: string;
  start: number;
  end: number;
  /** The text node's whole text, to tell same-text ranges apart. */
  context: string;
}

/** Ranges painted under any of Siyaq's highlight names. */
export async function markedRanges(page: Page, name = 'siyaq-underline'): Promise<MarkedRange[]> {
  return page.evaluate((highlightName) => {
    const highlight = CSS.highlights.get(highlightName);
    if (!highlight) return [];
    return [...highlight].map((r) => {
      const range = r;
      const text = range.startContainer.textContent ?? '';
      return { text: text.slice(range.startOffset, range.endOffset), start: range.startOffset, end: range.endOffset, context: text };
    });
  }, name);
}

/** Waits until the number of marked ranges stops changing and is at least min. */
export async function settledMarks(page: Page, min = 1, name = 'siyaq-underline'): Promise<MarkedRange[]> {
  let last = -1;
  for (let i = 0; i < 100; i++) {
    const ranges = await markedRanges(page, name);
    if (ranges.length >= min && ranges.length === last) return ranges;
    last = ranges.length;
    await page.waitForTimeout(150);
  }
  return markedRanges(page, name);
}

/** Centre of the nth occurrence of a word in the page's text, in viewport coordinates (scrolled into view). */
export async function pointOfWord(page: Page, word: string, nth = 0): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(
    ({ word, nth }) => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      let seen = 0;
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        let at = node.data.indexOf(word);
        while (at !== -1) {
          if (seen++ === nth) {
            node.parentElement?.scrollIntoView({ block: 'center' });
            const range = document.createRange();
            range.setStart(node, at);
            range.setEnd(node, at + word.length);
            const box = range.getClientRects()[0]!;
            return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
          }
          at = node.data.indexOf(word, at + 1);
        }
      }
      return null;
    },
    { word, nth },
  );
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
  return card;
}

/** The page's DOM as HTML, with Siyaq's one shadow host left out. */
export async function domWithoutSiyaq(page: Page): Promise<string> {
  return page.evaluate(() => {
    const clone = document.documentElement.cloneNode(true) as HTMLElement;
    clone.querySelectorAll('siyaq-card').forEach((el) => el.remove());
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
