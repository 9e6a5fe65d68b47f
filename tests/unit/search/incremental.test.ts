// The search index changed in place (an article added, replaced or removed,
// as a library save does) answers exactly as one built whole from the same
// articles, and the keeper builds it off the keystroke path and applies the
// changes in order.
import { describe, expect, it } from 'vitest';

import { syntheticCorpus } from '../../../bench/synthetic-corpus';
import { compileContent, compileSources } from '../../../lib/knowledge/compile';
import type { Article, DetailsIndex } from '../../../lib/knowledge/types';
import { SearchIndex } from '../../../lib/search/search-index';
import { SearchKeeper } from '../../../lib/search/search-keeper';
import { TrigramIndex } from '../../../lib/search/trigram-index';

const real = compileContent('content');
const synthetic = compileSources(syntheticCorpus({ articles: 12, topics: 40 }));
const QUERIES = ['قرة باغ', 'karabakh', 'كورسك', 'باشنيان', 'ممر لاتشين', 'Putin بوتين', 'moscow', 'الحدود', 'المفاوضات', 'yerevan'];
const queries = [...QUERIES, ...synthetic.names.topics.slice(0, 6).map((t) => t.name.en)];

/** An article under another id (a saved copy of a bundled one). */
const copy = (article: Article, id: string): Article => ({ ...article, id, title: `${article.title} ${id}` });

function withArticles(articles: Article[]): DetailsIndex {
  return { ...real.details, articles };
}

const answers = (index: SearchIndex) => queries.map((q) => index.search(q));

describe('SearchIndex changed in place', () => {
  const extra = synthetic.details.articles;
  const all = [...real.details.articles, ...extra];

  it('adding articles one by one gives the index built whole', () => {
    const grown = new SearchIndex(real.names, withArticles([]));
    for (const article of all) grown.addArticle(article);
    expect(answers(grown)).toEqual(answers(new SearchIndex(real.names, withArticles(all))));
  });

  it('removing articles gives the index built without them, and finds nothing of theirs', () => {
    const index = new SearchIndex(real.names, withArticles(all));
    for (const article of extra) index.removeArticle(article.id);
    expect(answers(index)).toEqual(answers(new SearchIndex(real.names, withArticles(real.details.articles))));
    const gone = new Set(extra.map((a) => a.id));
    expect(
      answers(index)
        .flat()
        .some((hit) => hit.kind === 'passage' && gone.has(hit.article)),
    ).toBe(false);
    index.removeArticle('no-such-article');
  });

  it('a sentence in two articles is found in each, and in the other once one is removed', () => {
    const first = real.details.articles[0]!;
    const index = new SearchIndex(real.names, withArticles([first]));
    const query = first.blocks[1]!.text.slice(0, 40);
    index.addArticle(copy(first, 'mine-copy'));
    const both = index.search(query, 40).flatMap((h) => (h.kind === 'passage' ? [h.article] : []));
    expect(both).toContain(first.id);
    expect(both).toContain('mine-copy');
    index.removeArticle(first.id);
    const left = index.search(query, 40).flatMap((h) => (h.kind === 'passage' ? [h.article] : []));
    expect(left).toContain('mine-copy');
    expect(left).not.toContain(first.id);
    expect(index.search(query, 40).find((h) => h.kind === 'passage')).toMatchObject({ articleTitle: `${first.title} mine-copy` });
  });

  it('replacing an article (same id) drops its old sentences', () => {
    const first = real.details.articles[0]!;
    const index = new SearchIndex(real.names, withArticles(real.details.articles));
    const replaced: Article = { ...synthetic.details.articles[0]!, id: first.id };
    index.addArticle(replaced);
    const expected = new SearchIndex(real.names, withArticles([...real.details.articles.slice(1), replaced]));
    expect(answers(index)).toEqual(answers(expected));
  });

  it('built a slice at a time, it equals the index built at once', async () => {
    let pauses = 0;
    const sliced = await SearchIndex.build(real.names, withArticles(all), async () => void pauses++);
    expect(pauses).toBeGreaterThan(0);
    expect(answers(sliced)).toEqual(answers(new SearchIndex(real.names, withArticles(all))));
  });
});

describe('SearchKeeper', () => {
  it('keeps one index per knowledge, and applies deltas made during the build after it', async () => {
    const keeper = new SearchKeeper(async () => undefined);
    const source = { names: real.names, details: withArticles([...real.details.articles]) };
    const building = keeper.index(source);
    expect(keeper.index(source)).toBe(building);
    // The knowledge changes in place while the index is built; the keeper is told.
    const added = copy(synthetic.details.articles[1]!, 'mine-added');
    source.details.articles.push(added);
    keeper.apply(source, { put: [added], remove: [real.details.articles[0]!.id] });
    source.details.articles.shift();
    const index = await keeper.index(source);
    expect(answers(index)).toEqual(answers(new SearchIndex(real.names, source.details)));
  });

  it('ignores a delta for knowledge it no longer keeps, and builds anew for new knowledge', async () => {
    const keeper = new SearchKeeper(async () => undefined);
    const old = { names: real.names, details: withArticles(real.details.articles) };
    const first = await keeper.index(old);
    const next = { names: real.names, details: withArticles([...real.details.articles, ...synthetic.details.articles]) };
    const second = await keeper.index(next);
    expect(second).not.toBe(first);
    keeper.apply(old, { put: [], remove: synthetic.details.articles.map((a) => a.id) });
    expect(await keeper.index(next)).toBe(second);
    expect(answers(second)).toEqual(answers(new SearchIndex(real.names, next.details)));
  });
});

describe('TrigramIndex changed in place', () => {
  it('skips removed entries, keeps ids, and compacts without changing answers', () => {
    const keys = Array.from({ length: 3000 }, (_, i) => `kursk ${i} moscow`);
    const index = new TrigramIndex(keys);
    for (let i = 0; i < 2500; i++) index.remove(i);
    const after = index.candidates('kursk 2999', 5);
    expect(after[0]).toBe(2999);
    expect(after.every((id) => id >= 2500)).toBe(true);
    const id = index.add('kursk 2999');
    expect(id).toBe(3000);
    expect(index.candidates('kursk 2999', 2)).toEqual([2999, 3000]);
    index.remove(5000);
    index.remove(0);
  });

  it('ranks by shared trigrams even past the touch budget (common trigrams only raise entries already found)', () => {
    const keys = [...Array.from({ length: 6000 }, (_, i) => `the news ${i}`), 'the zorvath news'];
    const index = new TrigramIndex(keys);
    expect(index.candidates('the zorvath', 1)).toEqual([6000]);
  });
});
