// The compile copes with a corpus far larger than the real one. Counts only:
// timing belongs to bench/knowledge.bench.ts.
import { describe, expect, it } from 'vitest';

import { syntheticCorpus } from '../../../bench/synthetic-corpus';
import { compileSources } from '../../../lib/knowledge/compile';

describe('a synthetic corpus of 1,000 articles and 5,000 topics', () => {
  it('compiles, with every topic linked to passages', () => {
    const files = syntheticCorpus({ articles: 1000, topics: 5000 });
    const { names, details } = compileSources(files);
    expect(details.articles).toHaveLength(1000);
    expect(names.topics).toHaveLength(5000);
    const topics = Object.values(details.topics);
    expect(topics).toHaveLength(5000);
    expect(topics.filter((t) => t.passages.length === 0)).toEqual([]);
    expect(topics.every((t) => t.facts.length === 1 && t.related.length === 1)).toBe(true);
  }, 60_000);

  it('is the same corpus for the same seed', () => {
    const small = { articles: 5, topics: 12 };
    expect(syntheticCorpus(small)).toEqual(syntheticCorpus(small));
    expect(syntheticCorpus({ ...small, seed: 2 })).not.toEqual(syntheticCorpus(small));
  });
});
