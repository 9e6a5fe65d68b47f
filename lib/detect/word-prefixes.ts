// A filter of how keys begin, asked before the trie walk from each place a
// name may start. A key is found only where the walk has read the text word
// to its end (a key ends at a word boundary), and the walk reads the word's
// letters one for one against the key's, skipping only spaces of the key (a
// joined reading). So the word's first letters must be how some key begins
// once its spaces are dropped. Most words of a page are not, and the walk
// they would take grows with the number of keys (more keys share their
// first letters), while this question costs the same at any size.
// غ, ج and ك are folded into one letter: the walk may read any of them as
// another (exact.ts), and a filter may say yes too often, never too rarely.

import { isGSpelling } from './alias-variants';
import { bloomHas, buildBloom } from './bloom';

/** Letters of a word the filter reads (more cost more filter bits for little). */
const PREFIX_LETTERS = 5;
/** Shorter words are walked unasked: their walk is as short as the question. */
const MIN_PREFIX = 3;
const SPACE = 0x20;
const ALEF = 0x627;
const KAF = 0x643;

const add = (hash: number, code: number): number => Math.imul(hash ^ (isGSpelling(code) ? KAF : code), 0x01000193);
const SEED = 0x811c9dc5 | 0;

/** The filter of every key's first MIN_PREFIX to PREFIX_LETTERS letters, spaces dropped. */
export function buildWordPrefixes(keys: readonly string[]): Int32Array {
  const hashes = new Set<number>();
  for (const key of keys) {
    let hash = SEED;
    let n = 0;
    for (let i = 0; i < key.length && n < PREFIX_LETTERS; i++) {
      const code = key.charCodeAt(i);
      if (code === SPACE) continue;
      hash = add(hash, code);
      if (++n >= MIN_PREFIX) hashes.add(hash);
    }
  }
  return buildBloom([...hashes]);
}

/**
 * False when no key can be read from text[from, to), a whole word or its end
 * after a clitic; elided: the name's alef is implied before from (لل).
 */
export function mayBeginKey(filter: Int32Array, text: string, from: number, to: number, elided: boolean): boolean {
  let hash = elided ? add(SEED, ALEF) : SEED;
  let n = elided ? 1 : 0;
  for (let i = from; i < to && n < PREFIX_LETTERS; i++, n++) hash = add(hash, text.charCodeAt(i));
  return n < MIN_PREFIX || bloomHas(filter, hash);
}
