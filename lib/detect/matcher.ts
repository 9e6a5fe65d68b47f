// The detector over the matcher's tables: normalise, match exactly, lengthen
// and add fuzzy matches, then map every mention back to the original text.
// It reads the tables as they are (typed arrays), whether just built
// (createDetector) or decoded from a compiled matcher (loadMatcher).

import { normalize, originalSpan, type Normalized } from '../text/normalize';
import { findExact, type RawMention } from './exact';
import { FuzzyMatcher } from './fuzzy';
import { FuzzyIndex, keyText, type FuzzyArrays } from './fuzzy-index';
import { NameGuards, type GuardWords } from './name-guards';
import { Targets, type TargetArrays } from './targets';
import { symbolTable, Trie, type KeyPool, type TrieArrays } from './trie';
import type { DetectedMention, Detector, DetectorOptions, TopicExtras } from './types';
import { Words } from './words';

export interface MatcherParts {
  trie: TrieArrays;
  targets: TargetArrays;
  keys: KeyPool;
  fuzzy: FuzzyArrays;
  /** The id of topic index i. */
  topicId: (i: number) => string;
  /** Read on first need only. */
  guards: () => GuardWords;
  extras: () => Record<string, TopicExtras>;
  /** False lets every record of the fuzzy index through (tests: the records must only spare work). */
  filters?: boolean;
}

export function detectorFrom(parts: MatcherParts, options: DetectorOptions = {}): Detector {
  const trie = new Trie(parts.trie, parts.keys, symbolTable(parts.keys.alphabet));
  const targets = new Targets(parts.targets);
  const guards = new NameGuards(parts.guards);
  const exactTables = { trie, targets, guards };
  const index = new FuzzyIndex(parts.fuzzy, parts.keys, (form) => targets.topic(form), parts.filters);
  const fuzzy = options.fuzzy === false ? null : new FuzzyMatcher(index, targets, guards);
  let extras: Record<string, TopicExtras> | null = null;

  const toMentions = (original: string, norm: Normalized, raw: RawMention[]): DetectedMention[] => {
    const out: DetectedMention[] = [];
    let lastEnd = 0;
    for (const m of raw.sort((a, b) => a.from - b.from)) {
      if (m.topic < 0) continue;
      const [start, end] = originalSpan(norm, original, m.from, m.to);
      // Spans never overlap by construction; this only keeps the promise.
      if (start < lastEnd || end <= start) continue;
      out.push({
        topic: parts.topicId(m.topic),
        start,
        end,
        text: original.slice(start, end),
        match: m.fuzzy ? 'fuzzy' : 'exact',
        alias: keyText(parts.keys, m.form),
        prefix: norm.text.slice(m.wordStart, m.from),
      });
      lastEnd = end;
    }
    return out;
  };

  return {
    detect(original: string): DetectedMention[] {
      if (typeof original !== 'string' || original.length === 0) return [];
      const norm = normalize(original);
      const exact = findExact(exactTables, norm.text, original, norm.toOriginal);
      if (!fuzzy) return toMentions(original, norm, exact);
      const words = new Words(norm.text);
      const lengthened = fuzzy.extend(original, norm.toOriginal, words, exact);
      const found = fuzzy.find(original, norm.toOriginal, words, lengthened);
      return toMentions(original, norm, [...lengthened, ...found]);
    },
    topicExtras(id: string): TopicExtras | undefined {
      extras ??= parts.extras();
      return Object.hasOwn(extras, id) ? extras[id] : undefined;
    },
  };
}
