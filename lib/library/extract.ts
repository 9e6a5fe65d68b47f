// Extracts the main article of a page with Mozilla's Readability, only when
// the reader asks to save it, and never in the page: the tab sends its HTML,
// and an extension document (the Firefox background page, or Chrome's
// offscreen document) parses it with DOMParser, which runs no script and
// loads nothing. The text is taken from the nodes Readability keeps, block by
// block, as plain text: no markup is ever stored.
import { isProbablyReaderable, Readability } from '@mozilla/readability';

import { cleanText } from '../article/dom-read';
import { readPageMetadata } from '../article/page-metadata';
import type { ExtractedArticle, TextBlock } from './types';

/** Enough text to be an article rather than a teaser list or a search result. */
export const MIN_ARTICLE_CHARS = 400;
/** Longer articles are cut here (a 5 MB page of text is not an article a card can quote). */
export const MAX_ARTICLE_CHARS = 200_000;
const MAX_BLOCK_CHARS = 5_000;
const BLOCK_SELECTOR = 'h1,h2,h3,h4,h5,h6,p,li,blockquote,pre,figcaption,dd,dt,td';

export type ExtractResult = { ok: true; article: ExtractedArticle } | { ok: false; reason: 'no-article' };

/** The article in a page's HTML (see the top of the file for where this runs). */
export function extractFromHtml(html: string, pageUrl: string, options: { now?: Date } = {}): ExtractResult {
  return extractArticle(new DOMParser().parseFromString(html, 'text/html'), pageUrl, options);
}

/** The article of a parsed page; Readability changes the document it is given, so give it one of its own. */
export function extractArticle(doc: Document, pageUrl: string, options: { now?: Date } = {}): ExtractResult {
  if (!isProbablyReaderable(doc)) return { ok: false, reason: 'no-article' };
  // Read before Readability rewrites the document.
  const pageMeta = readPageMetadata(doc, pageUrl, { now: options.now });
  const parsed = new Readability<TextBlock[]>(doc, { serializer: (node) => textBlocks(node as Element) }).parse();
  const blocks = parsed?.content ?? [];
  const { kept, truncated } = capBlocks(blocks);
  if (kept.reduce((n, b) => n + b.text.length, 0) < MIN_ARTICLE_CHARS) return { ok: false, reason: 'no-article' };

  const meta = pageMeta;
  return {
    ok: true,
    article: {
      title: meta.title || cleanText(parsed?.title ?? '') || meta.address,
      site: meta.site,
      address: meta.address,
      author: meta.author ?? (cleanText(parsed?.byline ?? '') || null),
      language: meta.language,
      direction: meta.direction,
      date: meta.date,
      blocks: kept,
      truncated,
    },
  };
}

/**
 * The text of the innermost block elements under root, in reading order; text
 * outside any block (Readability keeps some bare divs) becomes its own block.
 */
export function textBlocks(root: Element): TextBlock[] {
  const blocks: TextBlock[] = [];
  const inBlock = new Set<Element>();
  const candidates = Array.from(root.querySelectorAll(BLOCK_SELECTOR));
  for (const el of candidates) {
    // A block holding other blocks (a list item with paragraphs) gives way to them.
    if (el.querySelector(BLOCK_SELECTOR)) continue;
    inBlock.add(el);
  }
  const walk = (node: Element) => {
    for (const child of Array.from(node.children)) {
      if (inBlock.has(child)) {
        const text = cleanText(child.textContent ?? '');
        if (text) blocks.push({ kind: /^h[1-6]$/i.test(child.tagName) ? 'heading' : 'paragraph', text: text.slice(0, MAX_BLOCK_CHARS) });
      } else if (child.querySelector(BLOCK_SELECTOR)) {
        walk(child);
      } else {
        const text = cleanText(child.textContent ?? '');
        if (text.length > 1) blocks.push({ kind: 'paragraph', text: text.slice(0, MAX_BLOCK_CHARS) });
      }
    }
  };
  walk(root);
  return blocks;
}

function capBlocks(blocks: readonly TextBlock[]): { kept: TextBlock[]; truncated: boolean } {
  const kept: TextBlock[] = [];
  let total = 0;
  for (const block of blocks) {
    if (total + block.text.length > MAX_ARTICLE_CHARS) return { kept, truncated: true };
    kept.push(block);
    total += block.text.length;
  }
  return { kept, truncated: false };
}
