import { describe, expect, it } from 'vitest';

import { TrigramIndex } from '../../../lib/search/trigram-index';

describe('TrigramIndex', () => {
  const keys = ['باشينيان', 'باكو', 'كورسك', 'kursk', 'karabakh', 'بوتين'];
  const index = new TrigramIndex(keys);

  it('puts the entry sharing most trigrams first, typos included', () => {
    expect(keys[index.candidates('باشنيان', 3)[0]!]).toBe('باشينيان');
    expect(keys[index.candidates('kurks', 3)[0]!]).toBe('kursk');
  });

  it('returns at most limit entries, and none for a query sharing nothing', () => {
    expect(index.candidates('ka', 1)).toHaveLength(1);
    expect(index.candidates('zzzz', 5)).toEqual([]);
  });

  it('gives the same answer twice (its counters are reset between queries)', () => {
    const once = index.candidates('كورسك', 6);
    expect(keys[once[0]!]).toBe('كورسك');
    expect(index.candidates('كورسك', 6)).toEqual(once);
  });
});
