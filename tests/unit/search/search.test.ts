import { describe, expect, it } from 'vitest';

import { compileContent } from '../../../lib/knowledge/compile';
import { highlightSpans } from '../../../lib/search/highlight';
import { SearchIndex } from '../../../lib/search/search-index';

let built: SearchIndex | undefined;
/** Built inside the first test that needs it, so that the tests judge the index's construction too. */
function bundled(): SearchIndex {
  if (!built) {
    const { names, details } = compileContent('content');
    built = new SearchIndex(names, details);
  }
  return built;
}

/** The topics a query lists, in order. */
function topicsFor(query: string): string[] {
  return bundled()
    .search(query)
    .flatMap((h) => (h.kind === 'topic' ? [h.topic] : []));
}

function first(query: string): string | undefined {
  const hit = bundled().search(query)[0];
  return hit?.kind === 'topic' ? hit.topic : hit?.kind;
}

describe('popup search', () => {
  it.each([
    ['قرة باغ', 'nagorno-karabakh'],
    ['قره باغ', 'nagorno-karabakh'],
    ['كاراباخ', 'nagorno-karabakh'],
    ['karabakh', 'nagorno-karabakh'],
    ['Karabagh', 'nagorno-karabakh'],
    ['kursk', 'kursk'],
    ['كورسك', 'kursk'],
    ['باشنيان', 'nikol-pashinyan'],
    ['pashinian', 'nikol-pashinyan'],
    ['ممر لاتشين', 'lachin-corridor'],
    ['بيونغيانغ', 'pyongyang'],
    ['زاخاروفا', 'maria-zakharova'],
    ['غيراسيموف', 'valery-gerasimov'],
    ['أذربيجان', 'azerbaijan'],
    ['اذربيجان', 'azerbaijan'],
  ])('%s finds %s first', (query, topic) => {
    expect(first(query)).toBe(topic);
  });

  it('finds a name for a query with the Arabic article, which its names do not carry (الحرب)', () => {
    const topics = topicsFor('الحرب');
    expect(topics.sort()).toEqual(['first-nagorno-karabakh-war', 'second-nagorno-karabakh-war']);
  });

  it.each([
    ['علييف', 'ilham-aliyev'],
    ['كييف', 'kyiv'],
    ['lachin', 'lachin-corridor'],
    ['Putin', 'vladimir-putin'],
    ['USSR', 'soviet-union'],
  ])('lists no name that only shares letters with %s once a name holds it', (query, topic) => {
    const topics = topicsFor(query);
    expect(topics).toEqual([topic]);
  });

  it.each([
    ['Russia Ukraine', ['russia', 'ukraine']],
    ['Pashinyan Aliyev', ['nikol-pashinyan', 'ilham-aliyev']],
    ['موسكو يريفان', ['moscow', 'yerevan']],
    ['Aliyev Ilham', ['ilham-aliyev']],
    ['Gerasimov Valery', ['valery-gerasimov']],
  ])('finds every name a query of several names holds, in any order (%s)', (query, expected) => {
    const topics = topicsFor(query);
    expect(topics.slice(0, expected.length).sort()).toEqual([...expected].sort());
  });

  it('keeps a name that holds the whole query before names holding one of its words (second karabakh war)', () => {
    const topics = topicsFor('second karabakh war');
    expect(topics[0]).toBe('second-nagorno-karabakh-war');
    expect(topics).not.toContain('nagorno-karabakh');
  });

  it('still lists names holding the query word beside the exact one (كورسك: the incursion too)', () => {
    const topics = topicsFor('كورسك');
    expect(topics).toEqual(['kursk', 'kursk-incursion']);
  });

  it('ignores diacritics, hamza and Persian letters in the query', () => {
    expect(first('قَرَه بَاغ')).toBe('nagorno-karabakh');
    expect(first('ناغورنی قره باغ')).toBe('nagorno-karabakh');
    expect(first('إلهام علييف')).toBe('ilham-aliyev');
    expect(first('الهام عليیف')).toBe('ilham-aliyev');
  });

  it('finds article sentences too, after the topics', () => {
    const hits = bundled().search('التطهير العرقي');
    const passage = hits.find((h) => h.kind === 'passage');
    expect(passage?.kind === 'passage' && passage.text).toContain('التطهير العرقي');
  });

  it('returns nothing for an empty or one-letter query, and nothing for nonsense', () => {
    expect(bundled().search('')).toEqual([]);
    expect(bundled().search('ق')).toEqual([]);
    expect(bundled().search('zzzzqqqq')).toEqual([]);
  });
});

describe('highlightSpans', () => {
  it('maps normalised matches back to the label as written', () => {
    const label = 'ناغورني قَرَه باغ';
    const [span] = highlightSpans(label, 'قره');
    expect(label.slice(...span!)).toBe('قَرَه');
  });
});
