// Exact matching: one left-to-right pass over normalised text, walking the
// trie only from word starts (and from after a clitic prefix), accepting a key
// only where it ends at a word boundary. Longest match wins; an exclude phrase
// wins too but yields nothing. Cost depends on the text, not on the number of
// keys.

import { isBoundaryAt, isWordCode, wordEnd } from '../text/word-chars';
import { nameStarts } from './clitics';
import { EXCLUDED, type Lexicon, type Target } from './lexicon';
import { capitalOk, surnameOk } from './name-guards';
import { NONE, ROOT, type Trie } from './trie';

/**
 * A mention in normalised offsets; mentions are converted to original offsets
 * last. topic is EXCLUDED for a matched exclude phrase: it marks nothing but
 * keeps fuzzy matching off those words too.
 */
export interface RawMention {
  topic: number;
  from: number;
  to: number;
  fuzzy: boolean;
}

const SPACE = 0x20;
/** A one-word alias may be found written as two words, each at least this long. */
const MIN_SPLIT_PART = 3;

interface Hit {
  to: number;
  value: number;
}

/**
 * Every key end reachable from `at` that sits on a word boundary. Besides the
 * keys themselves, one space of the text may be skipped inside a key, so a
 * name listed joined (بيونغيانغ) is found written apart (بيونغ يانغ).
 */
function collectHits(trie: Trie, text: string, at: number, startNode: number, hits: Hit[]): void {
  const walk = (node: number, pos: number, depth: number, skippedAt: number): void => {
    for (let j = pos; j < text.length; j++) {
      const code = text.charCodeAt(j);
      if (code === SPACE && skippedAt < 0 && depth >= MIN_SPLIT_PART && isWordCode(text.charCodeAt(j + 1))) {
        walk(node, j + 1, depth, depth);
      }
      node = trie.step(node, code);
      if (node === NONE) return;
      depth++;
      const value = trie.value(node);
      if (value !== NONE && isBoundaryAt(text, j + 1) && (skippedAt < 0 || depth - skippedAt >= MIN_SPLIT_PART)) {
        hits.push({ to: j + 1, value });
      }
    }
  };
  walk(startNode, at, 0, -1);
}

export function findExact(
  lexicon: Lexicon,
  trie: Trie,
  text: string,
  original: string,
  toOriginal: Int32Array,
): RawMention[] {
  const out: RawMention[] = [];
  const elidedAlef = trie.step(ROOT, 'ا'.charCodeAt(0));
  const hits: Hit[] = [];
  let i = 0;
  while (i < text.length) {
    if (!isWordCode(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const end = wordEnd(text, i);
    let best: { from: number; to: number; target: Target } | undefined;
    for (const start of nameStarts(text, i, end)) {
      const node = start.elided ? elidedAlef : ROOT;
      if (node === NONE) continue;
      hits.length = 0;
      collectHits(trie, text, start.at, node, hits);
      // Longest first; the first that passes the guards is this start's match.
      hits.sort((a, b) => b.to - a.to);
      for (const hit of hits) {
        if (best && hit.to <= best.to) break;
        const target = lexicon.targets[hit.value];
        if (!target) continue;
        if (target.topic !== EXCLUDED) {
          if (!capitalOk(original, toOriginal[start.at] ?? 0, target.needsCapital)) continue;
          if (!surnameOk(lexicon, text, start.at, i, target)) continue;
        }
        best = { from: start.at, to: hit.to, target };
        break;
      }
    }
    if (best) {
      out.push({ topic: best.target.topic, from: best.from, to: best.to, fuzzy: false });
      i = best.to;
    } else {
      i = end;
    }
  }
  return out;
}
