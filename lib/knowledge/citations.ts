// Turns a fact's quoted words into the span of the article they come from, so a
// card can link to the exact place and a reworded quote fails the build.
import type { ParsedBlock } from './parse-article';
import type { Citation } from './types';

/** The first block containing quote, or undefined when no single block has it. */
export function resolveCitation(article: string, blocks: readonly ParsedBlock[], quote: string): Citation | undefined {
  for (const [block, { text }] of blocks.entries()) {
    const start = text.indexOf(quote);
    if (start >= 0) return { article, block, start, end: start + quote.length };
  }
  return undefined;
}
