// The trigram prefilter against a plain model of what it promises: entries
// ranked by how many distinct letter trigrams (of the key with a space at each
// end) they share with the query, ties in the order they were added, removed
// entries never; past the touch budget, the entries the rarer trigrams found,
// ranked the same way.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { TrigramIndex } from '../../../lib/search/trigram-index';
import { trigramModel } from './trigram-model';

/** Letters with repeats, Arabic and one letter outside both blocks, so trigrams repeat within keys. */
const letters = fc.constantFrom('a', 'b', ' ', 'ع', 'ب', 'Ā');
const key = fc.array(letters, { minLength: 1, maxLength: 8 }).map((cs) => cs.join(''));

describe('TrigramIndex against the model', () => {
  it('ranks like the model, with entries removed and added again', () => {
    fc.assert(
      fc.property(
        fc.array(key, { minLength: 1, maxLength: 80 }),
        fc.array(fc.nat(), { maxLength: 20 }),
        key,
        fc.integer({ min: 1, max: 30 }),
        (entries, removals, query, limit) => {
          const index = new TrigramIndex(entries);
          const keys: (string | null)[] = [...entries];
          for (const r of removals) {
            index.remove(r % keys.length);
            keys[r % keys.length] = null;
          }
          // Added after the removals: ids keep counting up.
          expect(index.add(query)).toBe(keys.length);
          keys.push(query);
          expect(index.candidates(query, limit)).toEqual(trigramModel(keys, query, limit));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('answers like the model after removals compact the lists', () => {
    const words = ['kursk', 'moscow', 'karabakh', 'yerevan', 'baku'];
    const keys: (string | null)[] = Array.from({ length: 3000 }, (_, i) => `${words[i % 5]} ${words[(i * 7) % 5]} ${i}`);
    const index = new TrigramIndex(keys.map((k) => k!));
    for (let i = 0; i < 3000; i += 3) index.remove(i);
    for (let i = 1; i < 3000; i += 3) index.remove(i);
    for (let i = 0; i < 3000; i++) if (i % 3 !== 2) keys[i] = null;
    for (const query of ['kursk moscow 29', 'baku 2999', 'yerevan karabakh 1000']) {
      expect(index.candidates(query, 20)).toEqual(trigramModel(keys, query, 20));
    }
  });
});

describe('TrigramIndex past the touch budget', () => {
  /** Specials: the rare word with a pseudo-random choice of the common words, after `common` entries of the common words. */
  function corpus(common: number, specials: number): string[] {
    const words = ['the', 'news', 'from', 'war'];
    const keys = Array.from({ length: common }, (_, i) => `the news from war ${i}`);
    let seed = 7;
    for (let i = 0; i < specials; i++) {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      keys.push(['zorvath', ...words.filter((_, w) => (seed >> (w + 3)) & 1)].join(' '));
    }
    return keys;
  }

  it.each([
    // Few entries found: the common trigrams are looked up per entry.
    [6000, 40],
    // Many found: the common lists are read through.
    [4000, 320],
  ])('ranks the entries the rare trigrams found by all they share (%i common, %i found)', (common, specials) => {
    const keys = corpus(common, specials);
    const index = new TrigramIndex(keys);
    const query = 'zorvath the news from war';
    expect(index.candidates(query, specials)).toEqual(trigramModel(keys, query, specials, (id) => id >= common));
  });

  it('still finds entries when every trigram of the query is common', () => {
    const index = new TrigramIndex(corpus(6000, 0));
    expect(index.candidates('the news', 3)).toEqual([0, 1, 2]);
  });
});
