// Code the Chromium (Playwright) and Firefox (Puppeteer) tests run inside a
// page's own world, shared by both probes. Each function is sent to the page
// as source text, so it may use nothing from outside its own body.

export interface MarkedRange {
  text: string;
  start: number;
  end: number;
  /** The text node's whole text, to tell same-text ranges apart. */
  context: string;
}

/** Ranges painted under a highlight name, in the order they were added. */
export function highlightedRanges(highlightName: string): MarkedRange[] {
  const highlight = CSS.highlights.get(highlightName);
  if (!highlight) return [];
  return [...highlight].map((range) => {
    const text = range.startContainer.textContent ?? '';
    return { text: text.slice(range.startOffset, range.endOffset), start: range.startOffset, end: range.endOffset, context: text };
  });
}

/**
 * Centre of the nth occurrence of a word in the page's text, in viewport
 * coordinates, measured with a Range after scrolling it into view; null when
 * the word is not there.
 */
export function locateWord({ word, nth }: { word: string; nth: number }): { x: number; y: number } | null {
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
        const box = range.getClientRects()[0];
        return box ? { x: box.left + box.width / 2, y: box.top + box.height / 2 } : null;
      }
      at = node.data.indexOf(word, at + 1);
    }
  }
  return null;
}

/** Polls read() until it returns at least min items and the count stops changing (or ~15 s pass). */
export async function settled<T>(read: () => Promise<T[]>, min: number): Promise<T[]> {
  let last = -1;
  for (let i = 0; i < 100; i++) {
    const items = await read();
    if (items.length >= min && items.length === last) return items;
    last = items.length;
    await new Promise((done) => setTimeout(done, 150));
  }
  return read();
}
