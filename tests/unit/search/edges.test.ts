// Search edges that the other files leave open: a two-script query whose
// Arabic part brings passages before the Latin part's topics, hits that carry
// their topic's names and kind, and the trigram prefilter's repeated
// trigrams, fresh ids, second queries and compacted lists.
import { describe, expect, it } from 'vitest';

import { compileContent } from '../../../lib/knowledge/compile';
import type { NamesIndex } from '../../../lib/knowledge/types';
import { SearchIndex, type SearchHit } from '../../../lib/search/search-index';
import { TrigramIndex } from '../../../lib/search/trigram-index';
import { trigramModel } from './trigram-model';

describe('a query whose Arabic part comes first', () => {
  it('still lists every topic before every passage, each kind by score', () => {
    const { names, details } = compileContent('content');
    const index = new SearchIndex(names, details);
    for (const query of ['روسيا Russia', 'أرمينيا Armenia']) {
      const hits = index.search(query, 40);
      const kinds = hits.map((h) => h.kind);
      expect(kinds.indexOf('passage')).toBeGreaterThan(0);
      expect(kinds.lastIndexOf('topic')).toBeLessThan(kinds.indexOf('passage'));
      for (const kind of ['topic', 'passage'] as const) {
        const scores = hits.filter((h) => h.kind === kind).map((h) => h.score);
        expect(scores).toEqual([...scores].sort((a, b) => a - b));
      }
      // The Latin part's topics are among them.
      const latin = index.search(query.split(' ')[1]!, 40).filter((h): h is Extract<SearchHit, { kind: 'topic' }> => h.kind === 'topic');
      const topics = new Set(hits.flatMap((h) => (h.kind === 'topic' ? [h.topic] : [])));
      expect(latin.filter((h) => h.score < 0).every((h) => topics.has(h.topic))).toBe(true);
    }
    // The Arabic part alone fills the limit; the Latin part's topic still comes before its passages.
    const few = index.search('روسيا Karabakh', 12);
    expect(index.search('روسيا', 12)).toHaveLength(12);
    expect(few.map((h) => h.kind === 'topic' && h.topic)).toContain('nagorno-karabakh');
  });
});

describe('topic hits', () => {
  it('carry the topic’s two names and its kind, the exact name first', () => {
    const names: NamesIndex = {
      version: 1,
      topics: [
        { id: 'karstow', kind: 'place', name: { ar: 'كارستو', en: 'Karstow' }, aliases: [], exclude: [], marked: true, nested: [] },
        { id: 'karst', kind: 'organisation', name: { ar: 'كارست', en: 'Karst' }, aliases: [], exclude: [], marked: true, nested: [] },
      ],
    };
    const hits = new SearchIndex(names).search('karst');
    expect(hits[0]).toEqual({
      kind: 'topic',
      topic: 'karst',
      name: { ar: 'كارست', en: 'Karst' },
      topicKind: 'organisation',
      matched: 'Karst',
      score: hits[0]!.score,
    });
    expect(hits[0]!.score).toBeLessThan(-0.4);
    expect(hits[1]).toMatchObject({ topic: 'karstow', topicKind: 'place' });
    expect(hits[1]!.score).toBeGreaterThan(-0.4);
  });
});

describe('TrigramIndex', () => {
  it('counts a trigram the query has twice once', () => {
    // "xaaaay" has "aaa" twice; "aaa" shares only it, "xay ay" shares " xa" and "ay ".
    expect(new TrigramIndex(['aaa', 'xay ay']).candidates('xaaaay', 2)).toEqual([1, 0]);
  });

  it('numbers the entries of an empty index from 0', () => {
    const index = new TrigramIndex();
    expect(index.add('kursk')).toBe(0);
    expect(index.add('moscow')).toBe(1);
    expect(index.candidates('kursk', 5)).toEqual([0]);
  });

  it('ranks like the model when the common lists are read through, and answers the next query afresh', () => {
    // The entries the rare trigrams find come first, so that id 0 is among them.
    const keys: string[] = [];
    let seed = 11;
    for (let i = 0; i < 320; i++) {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      keys.push(['zorvath', ...['the', 'news', 'from', 'war'].filter((_, w) => (seed >> (w + 3)) & 1)].join(' '));
    }
    for (let i = 0; i < 4000; i++) keys.push(`the news from war ${i}`);
    const index = new TrigramIndex(keys);
    const query = 'zorvath the news from war';
    expect(index.candidates(query, 320)).toEqual(trigramModel(keys, query, 320, (id) => id < 320));
    expect(index.candidates('the news', 5)).toEqual(trigramModel(keys, 'the news', 5));
    expect(index.candidates('from war 7', 5)).toEqual(trigramModel(keys, 'from war 7', 5));
  });

  it('answers like the model after compacting lists that keep their first entry', () => {
    const words = ['kursk', 'moscow', 'karabakh', 'yerevan', 'baku'];
    const keys: (string | null)[] = Array.from({ length: 3000 }, (_, i) => `${words[i % 5]} ${words[(i * 7) % 5]} ${i}`);
    const index = new TrigramIndex(keys.map((k) => k!));
    for (let i = 0; i < 3000; i++) {
      if (i % 3 === 0) continue;
      index.remove(i);
      keys[i] = null;
    }
    for (const query of ['kursk moscow 29', 'baku 2999', 'yerevan karabakh 1000', 'zzz']) {
      expect(index.candidates(query, 30)).toEqual(trigramModel(keys, query, 30));
    }
  });
});
