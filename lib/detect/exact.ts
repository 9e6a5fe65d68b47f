// Exact matching: one left-to-right pass over normalised text, walking the
// trie only from word starts (and from after a clitic prefix), accepting a key
// only where it ends at a word boundary. Longest match wins; an exclude phrase
// wins too but yields nothing. Cost depends on the text, not on the number of
// keys.
//
// The walk also reads the variants no key spells out: a g letter written as
// another (جيراسيموف for غيراسيموف), a name's words written joined or apart.
// Each such reading counts as a variation; at equal length the reading with
// fewer wins, so a listed spelling always beats a variant of another name,
// and two different names read with as many variations cancel out.

import { isBoundaryAt, isWordCode, wordEnd } from '../text/word-chars';
import { G_SOURCES, isGSpelling } from './alias-variants';
import { MAX_NAME_STARTS, nameStarts, startElided, startPosition } from './clitics';
import { capitalOk, type NameGuards } from './name-guards';
import { EXCLUDED, G_FLEXIBLE, NEEDS_CAPITAL, SURNAME, type Targets } from './targets';
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
  /** The listed alias it was read as (-1 for an exclude phrase). */
  form: number;
  /** Where its first word starts: text[wordStart, from) is the clitic read off. */
  wordStart: number;
}

const SPACE = 0x20;
/** A name may be found with one space more (split), each side at least this long. */
const MIN_SPLIT_PART = 3;
/** Key ends found from one start; a walk rarely finds more than two. */
const MAX_HITS = 64;

/** Reused buffers: where each key found ends, its trie value and its variations. */
class Hits {
  readonly to = new Int32Array(MAX_HITS);
  readonly value = new Int32Array(MAX_HITS);
  readonly variations = new Int32Array(MAX_HITS);
  /** 1 when the reading wrote a g letter another way, which only some keys allow. */
  readonly gSwapped = new Uint8Array(MAX_HITS);
  count = 0;

  add(to: number, value: number, variations: number, gSwapped: number): void {
    if (this.count === MAX_HITS) return;
    this.to[this.count] = to;
    this.value[this.count] = value;
    this.variations[this.count] = variations;
    this.gSwapped[this.count] = gSwapped;
    this.count++;
  }
}

/** What a walk has consumed so far. */
interface Walk {
  trie: Trie;
  text: string;
  hits: Hits;
}

/** Records a key ending at node, text position `to`, if it ends on a word boundary. */
function arrive(w: Walk, node: number, to: number, depth: number, splitAt: number, variations: number, gSwapped: number): void {
  // Which key ends here is a search: asked only where a key ending here would count.
  if (!w.trie.endsKey(node) || !isBoundaryAt(w.text, to) || (splitAt >= 0 && depth - splitAt < MIN_SPLIT_PART)) return;
  const value = w.trie.value(node);
  if (value !== NONE) w.hits.add(to, value, variations, gSwapped);
}

/**
 * Collects every key end reachable from text position pos at trie node node.
 * depth counts key letters consumed; splitAt is the depth where a text space
 * was skipped (at most one), or -1.
 */
function walk(w: Walk, node: number, pos: number, depth: number, splitAt: number, variations: number, gSwapped: number): void {
  const { trie, text } = w;
  for (let j = pos; j < text.length; j++) {
    const code = text.charCodeAt(j);
    if (code === SPACE) {
      // Split: the text has a space the key has not (بيونغ يانغ for بيونغيانغ).
      if (splitAt < 0 && depth >= MIN_SPLIT_PART && isWordCode(text.charCodeAt(j + 1))) {
        walk(w, node, j + 1, depth, depth, variations + 1, gSwapped);
      }
    } else if (depth > 0 && trie.hasSpaceEdge(node)) {
      // Joined: the key has a space the text has not.
      walk(w, trie.step(node, SPACE), j, depth + 1, splitAt, variations + 1, gSwapped);
    }
    if (isGSpelling(code) && trie.hasFlexibleEdge(node)) {
      // Another g letter where the key allows it.
      for (const g of G_SOURCES) {
        if (g === code) continue;
        const child = trie.stepFlexible(node, g);
        if (child === NONE) continue;
        arrive(w, child, j + 1, depth + 1, splitAt, variations + 1, 1);
        walk(w, child, j + 1, depth + 1, splitAt, variations + 1, 1);
      }
    }
    node = trie.step(node, code);
    if (node === NONE) return;
    depth++;
    if (trie.endsKey(node)) arrive(w, node, j + 1, depth, splitAt, variations, gSwapped);
  }
}

interface Best {
  from: number;
  to: number;
  variations: number;
  target: number;
}

/** True when a beats b: longer, then fewer variations. */
const better = (aTo: number, aVar: number, b: Best | null): boolean => !b || aTo > b.to || (aTo === b.to && aVar < b.variations);

/** What exact matching reads: the trie, what its keys stand for, the surname guard. */
export interface ExactTables {
  trie: Trie;
  targets: Targets;
  guards: NameGuards;
}

export function findExact({ trie, targets, guards }: ExactTables, text: string, original: string, toOriginal: Int32Array): RawMention[] {
  const out: RawMention[] = [];
  const elidedAlef = trie.step(ROOT, 'ا'.charCodeAt(0));
  const starts = new Int32Array(MAX_NAME_STARTS);
  const hits = new Hits();
  const w: Walk = { trie, text, hits };

  // Whether the hit passes the guards (exclude phrases need none).
  // Joined and split readings suit every key; another g letter only keys that allow it.
  const passes = (target: number, at: number, wordStart: number, gSwapped: number): boolean => {
    const gOk = gSwapped === 0 || targets.has(target, G_FLEXIBLE);
    const topic = targets.topic(target);
    if (topic === EXCLUDED) return gOk;
    if (!capitalOk(original, toOriginal[at] ?? 0, targets.has(target, NEEDS_CAPITAL))) return false;
    if (!guards.surnameOk(text, at, wordStart, topic, targets.has(target, SURNAME))) return false;
    return gOk;
  };

  // The best hit from this start that beats best: longest, fewest variations,
  // passing the guards; two different topics tied on both cancel out.
  const bestFrom = (at: number, wordStart: number, best: Best | null): Best | null => {
    for (;;) {
      let pick = -1;
      for (let h = 0; h < hits.count; h++) {
        const to = hits.to[h] ?? -1;
        if (to < 0 || !better(to, hits.variations[h] ?? 0, best)) continue;
        if (pick < 0 || to > (hits.to[pick] ?? 0) || (to === hits.to[pick] && (hits.variations[h] ?? 0) < (hits.variations[pick] ?? 0)))
          pick = h;
      }
      if (pick < 0) return best;
      const to = hits.to[pick] ?? 0;
      const variations = hits.variations[pick] ?? 0;
      const gSwapped = hits.gSwapped[pick] ?? 0;
      const target = hits.value[pick] ?? 0;
      let tied = false;
      for (let h = 0; h < hits.count; h++) {
        if (h === pick || hits.to[h] !== to || hits.variations[h] !== variations) continue;
        if (targets.topic(hits.value[h] ?? 0) !== targets.topic(target)) tied = true;
        hits.to[h] = -1;
      }
      hits.to[pick] = -1; // tried
      if (tied || !passes(target, at, wordStart, gSwapped)) continue;
      return { from: at, to, variations, target };
    }
  };

  let i = 0;
  while (i < text.length) {
    if (!isWordCode(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const end = wordEnd(text, i);
    let best: Best | null = null;
    const n = nameStarts(text, i, end, starts);
    for (let s = 0; s < n; s++) {
      const encoded = starts[s] ?? 0;
      const node = startElided(encoded) ? elidedAlef : ROOT;
      if (node === NONE || !trie.mayBegin(text, startPosition(encoded), end, startElided(encoded))) continue;
      hits.count = 0;
      walk(w, node, startPosition(encoded), 0, -1, 0, 0);
      if (hits.count > 0) best = bestFrom(startPosition(encoded), i, best);
    }
    if (best) {
      out.push({
        topic: targets.topic(best.target),
        from: best.from,
        to: best.to,
        fuzzy: false,
        form: targets.form(best.target),
        wordStart: i,
      });
      i = best.to;
    } else {
      i = end;
    }
  }
  return out;
}
