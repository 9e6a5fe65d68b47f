import { beforeAll, describe, expect, it } from 'vitest';

import { compileContent } from '../../../lib/knowledge/compile';
import { highlightSpans } from '../../../lib/search/highlight';
import { SearchIndex } from '../../../lib/search/search-index';

let index: SearchIndex;

beforeAll(() => {
  const { names, details } = compileContent('content');
  index = new SearchIndex(names, details);
});

function first(query: string): string | undefined {
  const hit = index.search(query)[0];
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

  it('ignores diacritics, hamza and Persian letters in the query', () => {
    expect(first('قَرَه بَاغ')).toBe('nagorno-karabakh');
    expect(first('ناغورنی قره باغ')).toBe('nagorno-karabakh');
    expect(first('إلهام علييف')).toBe('ilham-aliyev');
    expect(first('الهام عليیف')).toBe('ilham-aliyev');
  });

  it('finds article sentences too, after the topics', () => {
    const hits = index.search('التطهير العرقي');
    const passage = hits.find((h) => h.kind === 'passage');
    expect(passage?.kind === 'passage' && passage.text).toContain('التطهير العرقي');
  });

  it('returns nothing for an empty or one-letter query, and nothing for nonsense', () => {
    expect(index.search('')).toEqual([]);
    expect(index.search('ق')).toEqual([]);
    expect(index.search('zzzzqqqq')).toEqual([]);
  });
});

describe('highlightSpans', () => {
  it('maps normalised matches back to the label as written', () => {
    const label = 'ناغورني قَرَه باغ';
    const [span] = highlightSpans(label, 'قره');
    expect(label.slice(...span!)).toBe('قَرَه');
  });
});
