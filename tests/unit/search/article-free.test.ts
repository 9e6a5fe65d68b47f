import { describe, expect, it } from 'vitest';

import { withoutArticles } from '../../../lib/search/article-free';
import { normalizeKey } from '../../../lib/text/normalize';

describe('withoutArticles', () => {
  it.each([
    ['الحرب', 'حرب'],
    ['والمحكمة الدولية', 'محكمة دولية'],
    ['بالكرملين', 'كرملين'],
    ['للأمم المتحدة', 'امم متحدة'],
    ['حرب قره باغ', 'حرب قره باغ'],
    ['Putin', 'putin'],
  ])('%s is searched as %s', (query, key) => {
    expect(withoutArticles(normalizeKey(query))).toBe(normalizeKey(key));
  });

  it('keeps a word that would lose all but two letters (الي, الم)', () => {
    expect(withoutArticles(normalizeKey('الي الم'))).toBe(normalizeKey('الي الم'));
  });

  it('takes off only the article, not a lone conjunction or preposition (باكو, وارسو)', () => {
    expect(withoutArticles(normalizeKey('باكو وارسو'))).toBe(normalizeKey('باكو وارسو'));
  });
});
