import { describe, expect, it } from 'vitest';

import { compileContent } from '../../../lib/knowledge/compile';
import { highlightSpans } from '../../../lib/search/highlight';
import { scriptParts } from '../../../lib/search/script-parts';
import { SearchIndex } from '../../../lib/search/search-index';
import { STOP_WORDS } from '../../../lib/search/stop-words';
import { normalizeKey } from '../../../lib/text/normalize';

let built: { index: SearchIndex; details: ReturnType<typeof compileContent>['details'] } | undefined;
/** Built inside the first test that needs it, so that the tests judge the index's construction too. */
function bundled(): { index: SearchIndex; details: ReturnType<typeof compileContent>['details'] } {
  if (!built) {
    const compiled = compileContent('content');
    built = { index: new SearchIndex(compiled.names, compiled.details), details: compiled.details };
  }
  return built;
}

describe('queries in two scripts', () => {
  it('splits a query into its Arabic and Latin runs', () => {
    expect(scriptParts('Putin بوتين')).toEqual(['Putin', 'بوتين']);
    expect(scriptParts('بوتين Putin 2023')).toEqual(['بوتين', 'Putin 2023']);
    expect(scriptParts('قره باغ')).toEqual(['قره باغ']);
    expect(scriptParts('  ')).toEqual([]);
  });

  it.each(['Putin بوتين', 'بوتين Putin', 'Pashinyan باشينيان'])('finds the topic for “%s” first', (query) => {
    const { index } = bundled();
    const hit = index.search(query)[0];
    expect(hit?.kind).toBe('topic');
    const expected = index.search(scriptParts(query)[0]!)[0];
    expect(hit?.kind === 'topic' && expected?.kind === 'topic' && hit.topic).toBe(expected?.kind === 'topic' && expected.topic);
  });

  it('returns each topic once', () => {
    const topics = bundled()
      .index.search('Kursk كورسك')
      .flatMap((h) => (h.kind === 'topic' ? [h.topic] : []));
    expect(new Set(topics).size).toBe(topics.length);
    expect(topics[0]).toBe('kursk');
  });
});

describe('highlighting a long pasted query', () => {
  it('marks no function word in the results of a 500-character paste', () => {
    const { index, details } = bundled();
    const paragraph = details.articles
      .flatMap((a) => a.blocks)
      .find((b) => b.text.length > 500)!
      .text.slice(0, 500);
    const hits = index.search(paragraph);
    expect(hits.length).toBeGreaterThan(0);
    let marked = 0;
    for (const hit of hits) {
      const label = hit.kind === 'passage' ? hit.text : hit.matched;
      for (const [from, to] of highlightSpans(label, paragraph)) {
        for (const word of normalizeKey(label.slice(from, to)).split(' ')) {
          expect(STOP_WORDS.has(word), word).toBe(false);
          marked++;
        }
      }
    }
    expect(marked).toBeGreaterThan(5);
  });

  it('still marks a short query’s own words', () => {
    expect(highlightSpans('قال بوتين في موسكو', 'بوتين')).toEqual([[4, 9]]);
  });
});
