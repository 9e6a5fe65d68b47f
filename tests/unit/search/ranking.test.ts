// The search's own rules, on a small corpus and on the bundled one: one hit
// per topic, its best-matching name, topics before passages within the limit,
// highlights merged and in order, and the trigram prefilter's counting.
import { describe, expect, it } from 'vitest';

import { compileContent, compileSources } from '../../../lib/knowledge/compile';
import { highlightSpans } from '../../../lib/search/highlight';
import { SearchIndex, type SearchHit } from '../../../lib/search/search-index';
import { TrigramIndex } from '../../../lib/search/trigram-index';
import { corpus } from '../knowledge/corpus';

let built: SearchIndex | undefined;
/** Built inside the first test that needs it, so that the tests judge the index's construction too. */
function small(): SearchIndex {
  if (!built) {
    const { names, details } = compileSources(corpus());
    built = new SearchIndex(names, details);
  }
  return built;
}

const topicsOf = (hits: SearchHit[]) => hits.flatMap((h) => (h.kind === 'topic' ? [h.topic] : []));

describe('SearchIndex.search', () => {
  it('needs two letters', () => {
    expect(small().search('q')).toEqual([]);
    expect(small().search('   ')).toEqual([]);
    expect(topicsOf(small().search('qu'))).toContain('quenlin');
  });

  it('gives one hit per topic, named by its best-matching name', () => {
    const hits = small().search('Melbrook');
    expect(topicsOf(hits)).toEqual(['melbrook']);
    expect(hits[0]).toMatchObject({ kind: 'topic', topic: 'melbrook', matched: 'Melbrook', name: { en: 'Melbrook' }, topicKind: 'place' });
    expect(small().search('Melbrook Town')[0]).toMatchObject({ topic: 'melbrook', matched: 'Melbrook Town' });
  });

  it("prefers a topic's own name to an alias that matches as well", () => {
    expect(small().search('زورفا')[0]).toMatchObject({ topic: 'zorvath', matched: 'زورفاث' });
    expect(small().search('زورفات')[0]).toMatchObject({ topic: 'zorvath', matched: 'زورفات' });
  });

  it('lists topics first, then passages with their article title, within the limit', () => {
    const hits = small().search('Melbrook');
    const kinds = hits.map((h) => h.kind);
    expect(kinds[0]).toBe('topic');
    expect(kinds.slice(1).every((k) => k === 'passage')).toBe(true);
    expect(kinds.length).toBeGreaterThan(1);
    const passage = hits.find((h) => h.kind === 'passage');
    expect(passage).toMatchObject({ articleTitle: 'عنوان' });
    expect(passage?.kind === 'passage' && passage.text).toContain('Melbrook');
    expect(
      small()
        .search('Melbrook', 1)
        .map((h) => h.kind),
    ).toEqual(['topic']);
    expect(small().search('Melbrook', 2)).toHaveLength(2);
  });

  it('finds no passage for a two-letter query', () => {
    expect(
      small()
        .search('me')
        .every((h) => h.kind === 'topic'),
    ).toBe(true);
  });

  it('ranks the bundled topics best first and keeps to the limit', () => {
    const { names, details } = compileContent('content');
    const index = new SearchIndex(names, details);
    const hits = index.search('قره باغ', 3);
    expect(hits).toHaveLength(3);
    expect(hits[0]).toMatchObject({ kind: 'topic', topic: 'nagorno-karabakh' });
    const scores = hits.map((h) => h.score);
    expect(scores).toEqual([...scores].sort((a, b) => a - b));
    const many = index.search('حرب', 40);
    expect(new Set(topicsOf(many)).size).toBe(topicsOf(many).length);
  });

  it('ranks a name that holds a query of several words as typed, whatever clitic it wears there, with those that hold each word', () => {
    const { names, details } = compileContent('content');
    const topics = topicsOf(new SearchIndex(names, details).search('كوريا الشمالية', 4));
    expect(topics.slice(0, 2)).toEqual(['north-korea', 'russia-north-korea-partnership-treaty']);
  });
});

describe('highlightSpans', () => {
  it('merges overlapping and touching words into one span, in label order', () => {
    expect(highlightSpans('Melbrook Town', 'town melbrook')).toEqual([
      [0, 8],
      [9, 13],
    ]);
    expect(highlightSpans('Melbrook Town', 'melb brook')).toEqual([[0, 8]]);
    expect(highlightSpans('Melbrook Town', 'elbro melb')).toEqual([[0, 6]]);
  });

  it('joins words that meet end to start', () => {
    expect(highlightSpans('Melbrook', 'melb rook')).toEqual([[0, 8]]);
  });

  it('ignores one-letter words but not two-letter ones', () => {
    expect(highlightSpans('a Melbrook', 'a melbrook')).toEqual([[2, 10]]);
    expect(highlightSpans('Melbrook Quay', 'q melbrook')).toEqual([[0, 8]]);
    expect(highlightSpans('Melbrook Quay', 'qu')).toEqual([[9, 11]]);
  });

  it('marks every occurrence', () => {
    expect(highlightSpans('Quenlin met Quenlin', 'quenlin')).toEqual([
      [0, 7],
      [12, 19],
    ]);
  });
});

describe('TrigramIndex', () => {
  it("counts the last trigram, the one with the word's end", () => {
    expect(new TrigramIndex(['zzcd']).candidates('cd', 5)).toEqual([0]);
  });

  it('lists an entry once however many trigrams it shares, and stops at the limit across counts', () => {
    const index = new TrigramIndex(['kursk', 'kurs', 'kur', 'ku', 'moscow']);
    const all = index.candidates('kursk', 10);
    expect(all).toEqual([0, 1, 2, 3]);
    expect(index.candidates('kursk', 2)).toEqual([0, 1]);
    expect(index.candidates('kursk', 3)).toEqual([0, 1, 2]);
  });
});
