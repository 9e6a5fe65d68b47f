import { describe, expect, it } from 'vitest';

import { compileContent } from '../../../lib/knowledge/compile';
import { clipped, PASTED_LENGTH, wordRuns } from '../../../lib/search/pasted-text';
import { SearchIndex } from '../../../lib/search/search-index';
import { normalizeKey } from '../../../lib/text/normalize';

describe('wordRuns', () => {
  it('gives every run of up to maxWords words, in the order they start', () => {
    expect([...wordRuns('a b c', 2)]).toEqual(['a', 'a b', 'b', 'b c', 'c']);
  });

  it('reads words without the punctuation around them, and no run across it', () => {
    expect([...wordRuns(normalizeKey('(موسكو يريفان). قال'), 3)]).toEqual(['موسكو', 'موسكو يريفان', 'يريفان', 'قال'].map(normalizeKey));
  });

  it('also reads the first word of a run without each clitic it begins with', () => {
    const runs = [...wordRuns(normalizeKey('وبموسكو قال'), 2)];
    expect(runs).toContain(normalizeKey('موسكو قال'));
    expect(runs).toContain(normalizeKey('بموسكو'));
    // Never down to a single letter.
    expect(runs.every((r) => r.split(' ')[0]!.length >= 2)).toBe(true);
  });
});

describe('clipped', () => {
  it('cuts a long query at the end of a word, within the length', () => {
    const key = 'word '.repeat(40).trim();
    const cut = clipped(key);
    expect(cut.length).toBeLessThanOrEqual(PASTED_LENGTH);
    expect(key.startsWith(cut)).toBe(true);
    expect(cut.endsWith('word')).toBe(true);
  });

  it('leaves a short query whole', () => {
    expect(clipped('قره باغ')).toBe('قره باغ');
  });
});

describe('a paragraph pasted into search', () => {
  const { names, details } = compileContent('content');
  const index = new SearchIndex(names, details);
  const paragraph =
    'وفي تطور آخر للأحداث في المنطقة، قال رئيس الوزراء الأرميني إن الحكومة في يريفان تتابع ما يجري، ' +
    'بينما أكدت وزارة الخارجية في باكو أن العملية في قره باغ مستمرة، ونقلت وكالات عن الكرملين أن بوتين ' +
    'سيتحدث مع نظيره الأذربيجاني إلهام علييف خلال الأيام المقبلة بشأن الوضع في ممر لاتشين.';

  it('lists the names it holds, in the order it names them', () => {
    const topics = index.search(paragraph).flatMap((h) => (h.kind === 'topic' ? [h.topic] : []));
    expect(topics).toEqual(['yerevan', 'baku', 'nagorno-karabakh', 'vladimir-putin', 'ilham-aliyev', 'lachin-corridor']);
  });

  it('finds the article sentence a pasted passage comes from', () => {
    const article = details.articles[0]!;
    const block = article.blocks.find((b) => b.text.length > PASTED_LENGTH * 2)!;
    const hits = index.search(block.text);
    const [from, to] = block.sentences[0]!;
    expect(hits.some((h) => h.kind === 'passage' && h.article === article.id && h.text === block.text.slice(from, to))).toBe(true);
  });
});
