// Puts the steps together: normalise, match exactly, lengthen and add fuzzy
// matches, then map every mention back to the original text.

import type { NamesIndex } from '../knowledge/types';
import { normalize, originalSpan, type Normalized } from '../text/normalize';
import { gFlexibleAt } from './alias-variants';
import { findExact, type RawMention } from './exact';
import { FuzzyMatcher } from './fuzzy';
import { buildLexicon } from './lexicon';
import { Trie } from './trie';
import type { DetectedMention, Detector, DetectorOptions } from './types';
import { Words } from './words';

export function createDetector(names: NamesIndex, options: DetectorOptions = {}): Detector {
  const lexicon = buildLexicon(names);
  const trie = new Trie(
    lexicon.keys,
    lexicon.keys.map((_, i) => i),
    gFlexibleAt,
  );
  const fuzzy = options.fuzzy === false ? null : new FuzzyMatcher(lexicon);

  const toMentions = (original: string, norm: Normalized, raw: RawMention[]): DetectedMention[] => {
    const out: DetectedMention[] = [];
    let lastEnd = 0;
    for (const m of raw.sort((a, b) => a.from - b.from)) {
      const topic = lexicon.topics[m.topic];
      const [start, end] = originalSpan(norm, original, m.from, m.to);
      // Spans never overlap by construction; this only keeps the promise.
      if (!topic || start < lastEnd || end <= start) continue;
      out.push({ topic: topic.id, start, end, text: original.slice(start, end), match: m.fuzzy ? 'fuzzy' : 'exact' });
      lastEnd = end;
    }
    return out;
  };

  return {
    detect(original: string): DetectedMention[] {
      if (typeof original !== 'string' || original.length === 0) return [];
      const norm = normalize(original);
      const exact = findExact(lexicon, trie, norm.text, original, norm.toOriginal);
      if (!fuzzy) return toMentions(original, norm, exact);
      const words = new Words(norm.text);
      const lengthened = fuzzy.extend(original, norm.toOriginal, words, exact);
      const found = fuzzy.find(original, norm.toOriginal, words, lengthened);
      return toMentions(original, norm, [...lengthened, ...found]);
    },
  };
}
