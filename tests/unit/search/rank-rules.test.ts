// The ranking rules on hand-made topics, where fuse.js's own order differs
// from the order the rules give: exact names first, then names with a word
// that starts with the query, a topic's own name over another topic's alias;
// one hit per topic named by its best form; scores that say how close a hit
// is; passages that are one sentence; queries in two scripts merged.
import { describe, expect, it } from 'vitest';

import { compileContent, compileSources } from '../../../lib/knowledge/compile';
import type { Article, NamesIndex, TopicKind } from '../../../lib/knowledge/types';
import { SearchIndex, type SearchHit } from '../../../lib/search/search-index';
import { SearchKeeper } from '../../../lib/search/search-keeper';
import { corpus } from '../knowledge/corpus';

const ARABIC = ['مكان', 'بلدة', 'قرية', 'جزيرة', 'نهر', 'جبل', 'واد', 'سهل'];

/** A names index of places, each { id, en, aliases }; Arabic names that match no Latin query. */
function names(topics: { id: string; en: string; aliases?: string[] }[]): NamesIndex {
  return {
    version: 1,
    topics: topics.map(({ id, en, aliases = [] }, i) => ({
      id,
      kind: 'place' as TopicKind,
      name: { ar: `${ARABIC[i % ARABIC.length]} ${'ي'.repeat(i + 1)}`, en },
      aliases,
      exclude: [],
      marked: true,
      nested: [],
    })),
  };
}

const topicsOf = (hits: SearchHit[]) => hits.flatMap((h) => (h.kind === 'topic' ? [h.topic] : []));
const passagesOf = (hits: SearchHit[]) => hits.flatMap((h) => (h.kind === 'passage' ? [h] : []));

/** An article of one-sentence paragraphs. */
function article(id: string, sentences: string[]): Article {
  return {
    id,
    title: `عنوان ${id}`,
    titleEn: id,
    source: 'مصدر',
    sourceEn: 'Source',
    url: null,
    language: 'en',
    date: { value: '2023', inferred: false, note: '' },
    notes: [],
    blocks: sentences.map((text) => ({ kind: 'paragraph', text, sentences: [[0, text.length]], mentions: [] })),
  };
}

describe('topic ranking', () => {
  const index = new SearchIndex(
    names([
      { id: 'okarsti', en: 'Okarsti' },
      { id: 'karsten-bay', en: 'Karsten Bay' },
      { id: 'bay-of-karstow', en: 'Bay of Karstow' },
      { id: 'karst', en: 'Karst' },
      { id: 'xkarsten', en: 'Xkarsten B' },
    ]),
  );

  it('puts the exact name first, then names with a word starting with the query, then names that only contain it', () => {
    // fuse.js alone ranks Okarsti (one word, holding "karst") before both two-word names.
    expect(topicsOf(index.search('karst'))).toEqual(['karst', 'karsten-bay', 'bay-of-karstow', 'okarsti', 'xkarsten']);
  });

  it('counts a query of two words as a prefix of the name it starts', () => {
    expect(topicsOf(index.search('karsten b'))).toEqual(['karsten-bay', 'xkarsten']);
  });

  it('prefers a topic’s own name to another topic’s alias that matches as well, whatever their order', () => {
    const two = new SearchIndex(
      names([
        { id: 'alpha', en: 'Alpha Place', aliases: ['Varnax'] },
        { id: 'beta', en: 'Varnay' },
      ]),
    );
    expect(two.search('varna').map((h) => h.kind === 'topic' && [h.topic, h.matched])).toEqual([
      ['beta', 'Varnay'],
      ['alpha', 'Varnax'],
    ]);
  });

  it('names a hit by its best-ranked form, not by the form fuse.js scores best', () => {
    const one = new SearchIndex(names([{ id: 'k', en: 'Karsten Bay', aliases: ['Okarst'] }]));
    expect(one.search('karst')).toMatchObject([{ kind: 'topic', topic: 'k', matched: 'Karsten Bay' }]);
    // Of two aliases that rank the same, the first listed.
    const tied = new SearchIndex(names([{ id: 'v', en: 'Vale', aliases: ['Varnax', 'Varnay'] }]));
    expect(tied.search('varna')).toMatchObject([{ topic: 'v', matched: 'Varnax' }]);
  });

  it('gives each hit a score below fuse.js’s threshold, lower for closer matches', () => {
    const hits = index.search('karstn');
    expect(hits.length).toBeGreaterThan(0);
    for (const hit of hits) expect(hit.score).toBeLessThan(0.4);
    const scores = hits.map((h) => h.score);
    expect(scores).toEqual([...scores].sort((a, b) => a - b));
  });

  it('fills the limit with topics when enough match', () => {
    const many = new SearchIndex(
      names(Array.from({ length: 30 }, (_, i) => ({ id: `t${i}`, en: `Karst ${String.fromCharCode(97 + (i % 26))}${i}` }))),
    );
    expect(many.search('karst', 12)).toHaveLength(12);
    expect(many.search('karst', 5)).toHaveLength(5);
  });
});

describe('passages', () => {
  const { names: cNames, details } = compileSources(corpus());

  it('are one sentence each, with where it stands and its article’s title', () => {
    const index = new SearchIndex(cNames, details);
    const [passage] = passagesOf(index.search('Quenlin stayed'));
    expect(passage).toMatchObject({
      article: 'alpha',
      articleTitle: 'عنوان',
      block: 2,
      sentence: 0,
      text: 'Quenlin stayed in Melbrook.',
      matched: 'Quenlin stayed in Melbrook.',
    });
    expect(passage!.score).toBeLessThan(0.25);
    expect(passagesOf(index.search('Then Zorvath left'))[0]).toMatchObject({ block: 1, sentence: 1, text: 'Then Zorvath left for good.' });
  });

  it('are found from three letters on', () => {
    const index = new SearchIndex(names([{ id: 'x', en: 'Xylo' }]), { ...details, articles: [article('a', ['The Qar river rose.'])] });
    expect(passagesOf(index.search('qar')).map((p) => p.text)).toEqual(['The Qar river rose.']);
  });

  it('keep to the room the topics leave, even when one sentence is in many articles', () => {
    const text = 'Floods reached the Qarvel valley.';
    const index = new SearchIndex(names([{ id: 'x', en: 'Xylo' }]), {
      ...details,
      articles: [article('a', [text]), article('b', [text]), article('c', [text])],
    });
    expect(passagesOf(index.search('qarvel valley', 40)).map((p) => p.article)).toEqual(['a', 'b', 'c']);
    expect(index.search('qarvel valley', 2).map((p) => p.kind === 'passage' && p.article)).toEqual(['a', 'b']);
  });
});

describe('a query in two scripts', () => {
  const compiled = compileContent('content');

  it('gives the hits of each part, topics first, each kind by score, each hit once, within the limit', () => {
    const index = new SearchIndex(compiled.names, compiled.details);
    const key = (h: SearchHit) => (h.kind === 'topic' ? h.topic : `${h.article}:${h.block}:${h.sentence}`);
    for (const [query, en, ar] of [
      ['Armenia أذربيجان', 'Armenia', 'أذربيجان'],
      ['Russia روسيا', 'Russia', 'روسيا'],
    ] as const) {
      const hits = index.search(query, 30);
      const parts = [...index.search(en, 30), ...index.search(ar, 30)];
      const keys = hits.map(key);
      const found = new Set(parts.map(key));
      expect(new Set(keys).size).toBe(keys.length);
      expect(keys.filter((k) => !found.has(k))).toEqual([]);
      expect(hits.length).toBe(Math.min(30, found.size));
      const kinds = hits.map((h) => h.kind);
      expect(kinds).toEqual([...kinds].sort((a, b) => (a === b ? 0 : a === 'topic' ? -1 : 1)));
      for (const kind of ['topic', 'passage']) {
        const scores = hits.filter((h) => h.kind === kind).map((h) => h.score);
        expect(scores).toEqual([...scores].sort((a, b) => a - b));
      }
      expect(topicsOf(hits).length).toBeGreaterThan(1);
      expect(passagesOf(hits).length).toBeGreaterThan(1);
      expect(index.search(query, 3)).toHaveLength(3);
    }
  });
});

describe('building a slice at a time', () => {
  const articles = (n: number) => Array.from({ length: n }, (_, i) => article(`a${i}`, [`Sentence number ${i} of many.`]));
  const { details } = compileSources(corpus());

  it('pauses before each slice of 50 articles, and not at all without articles', async () => {
    for (const [n, expected] of [
      [0, 0],
      [50, 1],
      [100, 2],
      [101, 3],
    ] as const) {
      let pauses = 0;
      await SearchIndex.build(names([{ id: 'x', en: 'Xylo' }]), { ...details, articles: articles(n) }, async () => void pauses++);
      expect(pauses, `${n} articles`).toBe(expected);
    }
  });
});

describe('SearchKeeper', () => {
  const { names: cNames, details } = compileSources(corpus());

  it('ignores a change before it keeps any index', () => {
    const keeper = new SearchKeeper(async () => undefined);
    expect(() => keeper.apply({ names: cNames, details }, { put: [], remove: ['alpha'] })).not.toThrow();
  });

  it('lets other tasks run while it builds', async () => {
    const keeper = new SearchKeeper();
    let ran = false;
    setTimeout(() => (ran = true), 0);
    await keeper.index({ names: cNames, details });
    expect(ran).toBe(true);
  });
});
