// The page's briefing: one timeline of the facts of the page's topics, newest
// first, each fact once with every topic that holds it, each pointing at its
// cited sentence; laid out around the page's date.
import { describe, expect, it } from 'vitest';

import { buildBriefing, compareItems, type BriefingItem } from '../../../lib/briefing/briefing';
import { briefingTimeline } from '../../../lib/briefing/timeline';
import { compileContent } from '../../../lib/knowledge/compile';
import type { Article, DetailsIndex, Fact, NamesIndex, TopicName } from '../../../lib/knowledge/types';

const topic = (id: string): TopicName => ({
  id,
  kind: 'person',
  name: { ar: `ع-${id}`, en: `E-${id}` },
  aliases: [id],
  exclude: [],
  marked: true,
});

const ARTICLE: Article = {
  id: 'alpha',
  title: 'عنوان',
  titleEn: 'Title',
  source: 'مصدر',
  sourceEn: 'Source',
  url: null,
  date: { value: '2023-09-19', inferred: false, note: '' },
  language: 'ar',
  notes: [],
  blocks: [
    {
      kind: 'paragraph',
      text: 'One two. Three four. Five six.',
      sentences: [
        [0, 8],
        [9, 20],
        [21, 30],
      ],
      mentions: [],
    },
    { kind: 'paragraph', text: 'Seven eight.', sentences: [[0, 12]], mentions: [] },
  ],
};

function fact(date: string | null, text: string, block: number, start: number, end: number, asOf: string | null = date): Fact {
  return { date, asOf, by: { kind: 'article' }, text: { ar: `ع ${text}`, en: text }, cite: { article: 'alpha', block, start, end } };
}

function knowledge(facts: Record<string, Fact[]>): { names: NamesIndex; details: DetailsIndex } {
  const ids = Object.keys(facts);
  return {
    names: { version: 1, topics: ids.map(topic) },
    details: {
      version: 1,
      articles: [ARTICLE],
      topics: Object.fromEntries(
        ids.map((id) => [id, { id, background: { ar: '', en: '' }, facts: facts[id]!, related: [], passages: [] }]),
      ),
    },
  };
}

const texts = (items: readonly BriefingItem[]) => items.map((i) => i.text.en);

describe('buildBriefing', () => {
  it('puts every topic’s facts on one timeline, newest first, undated last', () => {
    const { names, details } = knowledge({
      a: [fact('2020', 'war', 0, 0, 3), fact(null, 'undated', 0, 9, 14, null), fact('2024-06-19', 'treaty', 0, 21, 25)],
      b: [fact('2023-09-19', 'offensive', 1, 0, 5), fact(null, 'as of', 0, 4, 7, '2023-09-19'), fact('2025-04', 'april', 0, 26, 29)],
    });
    expect(texts(buildBriefing(names, details, ['a', 'b']))).toEqual(['april', 'treaty', 'offensive', 'as of', 'war', 'undated']);
  });

  it('lists a fact cited by several topics once, naming them in the page’s order', () => {
    const shared = fact('2024-06-19', 'signed', 0, 9, 20);
    const { names, details } = knowledge({
      a: [shared],
      b: [fact('2023', 'other', 1, 0, 5)],
      c: [{ ...shared, text: { ar: 'ع وقّع', en: 'He signed' } }],
    });
    const items = buildBriefing(names, details, ['c', 'b', 'a']);
    expect(items).toHaveLength(2);
    // Worded as the first topic in the page's order words it.
    expect(items[0]!.text.en).toBe('He signed');
    expect(items[0]!.topics).toEqual([
      { id: 'c', name: { ar: 'ع-c', en: 'E-c' } },
      { id: 'a', name: { ar: 'ع-a', en: 'E-a' } },
    ]);
  });

  it('also counts the same words on the same date, cited from other words, as one fact', () => {
    const { names, details } = knowledge({
      a: [fact('2023-09', 'aid sent', 0, 0, 3)],
      b: [fact('2023-09', 'aid sent', 0, 9, 14), fact('2024', 'aid sent', 1, 0, 5)],
    });
    const items = buildBriefing(names, details, ['a', 'b']);
    expect(items.map((i) => [i.date, i.topics.map((t) => t.id)])).toEqual([
      ['2024', ['b']],
      ['2023-09', ['a', 'b']],
    ]);
  });

  it('counts a fact whose quote lies within another’s of the same date as the same fact, not one that only overlaps in other words', () => {
    const { names, details } = knowledge({
      a: [fact('2024-06-19', 'Moscow and Pyongyang signed', 0, 9, 30)],
      b: [fact('2024-06-19', 'signed during the visit', 0, 12, 20), fact('2024-06-19', 'Baku began', 0, 0, 12)],
      c: [fact('2023', 'inside but another date', 0, 12, 20)],
    });
    const items = buildBriefing(names, details, ['a', 'b', 'c']);
    expect(items.map((i) => [i.text.en, i.topics.map((t) => t.id)])).toEqual([
      ['Moscow and Pyongyang signed', ['a', 'b']],
      ['Baku began', ['b']],
      ['inside but another date', ['c']],
    ]);
  });

  it('points each item at its cited sentence, and at the block when the sentence is not found', () => {
    const { names, details } = knowledge({ a: [fact('2020', 'x', 0, 12, 18), fact('2019', 'y', 1, 0, 5), fact('2018', 'z', 5, 0, 1)] });
    expect(buildBriefing(names, details, ['a']).map((i) => i.target)).toEqual([
      { article: 'alpha', block: 0, sentence: 1 },
      { article: 'alpha', block: 1, sentence: 0 },
      { article: 'alpha', block: 5 },
    ]);
    const item = buildBriefing(names, details, ['a'])[0]!;
    expect(item.source).toEqual({ ar: 'مصدر', en: 'Source' });
    expect(item.by).toEqual({ kind: 'article' });
  });

  it('skips unknown topics, repeated ids and facts whose article is gone (no source)', () => {
    const { names, details } = knowledge({ a: [fact('2020', 'x', 0, 0, 3)] });
    expect(buildBriefing(names, details, ['nobody', 'a', 'a'])).toHaveLength(1);
    expect(buildBriefing(names, { ...details, articles: [] }, ['a'])[0]!.source).toEqual({ ar: '', en: '' });
    expect(buildBriefing(names, details, [])).toEqual([]);
  });

  it('orders partial dates by the first day they can mean, then the last', () => {
    const item = (date: string | null, asOf: string | null = date) => ({ date, asOf }) as BriefingItem;
    const sorted = [item('2023'), item(null, null), item('2023-09-19'), item(null, '2023-09'), item('2023-09'), item('2023-10')].sort(
      compareItems,
    );
    expect(sorted.map((i) => i.date ?? `as ${i.asOf}`)).toEqual(['2023-10', '2023-09-19', '2023-09', 'as 2023-09', '2023', 'as null']);
  });

  it('on the bundled articles: a fact two or more topics quote appears once', () => {
    const { names, details } = compileContent('content');
    const items = buildBriefing(names, details, ['kursk', 'kursk-incursion', 'vladimir-putin', 'north-korea']);
    const kursk = items.filter((i) => i.text.en.includes('came under attack'));
    expect(kursk).toHaveLength(1);
    expect(kursk[0]!.topics.map((t) => t.id)).toEqual(['kursk', 'kursk-incursion']);
    // Gerasimov's report: Putin's wording quotes the sentence's other half, in mostly the same words: once, with the three.
    const report = items.filter((i) => i.date === '2025-04-26' && i.text.en.includes('reported'));
    expect(report.map((i) => i.topics.map((t) => t.id))).toEqual([['kursk', 'kursk-incursion', 'vladimir-putin']]);
    // Gerasimov praising the North Korean troops, in the same sentence and on the same day, is another fact.
    expect(items.filter((i) => i.date === '2025-04-26').map((i) => i.topics.map((t) => t.id))).toEqual([
      ['kursk', 'kursk-incursion', 'vladimir-putin'],
      ['north-korea'],
    ]);
    const all = ['kursk', 'kursk-incursion', 'vladimir-putin', 'north-korea'].flatMap((id) => details.topics[id]!.facts);
    expect(items.length).toBeLessThan(all.length);
    const dates = items.map((i) => i.date ?? i.asOf).filter((d) => d !== null);
    expect(dates).toEqual([...dates].sort().reverse());
  });
});

describe('briefingTimeline', () => {
  const item = (date: string | null, asOf: string | null = date) => ({ date, asOf, text: { en: date ?? asOf ?? '-' } }) as BriefingItem;
  const ranked = [
    item('2025-04'),
    item('2024-06-19'),
    item('2023-09-20'),
    item('2023-09'),
    item(null, '2023-09-19'),
    item('2020'),
    item(null, null),
  ];

  it('puts what came after the page on top, then the page, then what led to it, then the undated', () => {
    const t = briefingTimeline(ranked, '2023-09-19');
    expect(texts(t.after)).toEqual(['2025-04', '2024-06-19', '2023-09-20']);
    expect(t.page).toBe('2023-09-19');
    expect(texts(t.before)).toEqual(['2023-09', '2023-09-19', '2020']);
    expect(texts(t.undated)).toEqual(['-']);
    expect(t.newerThan).toBeNull();
  });

  it('without a page date keeps one list, and says when the page is newer than every fact', () => {
    const t = briefingTimeline(ranked, null);
    expect(t.after).toEqual([]);
    expect(t.page).toBeNull();
    expect(texts(t.before)).toHaveLength(6);
    expect(briefingTimeline(ranked, '2026-01-08').newerThan).toBe('2025-04');
    expect(briefingTimeline(ranked, '2025-04-30').newerThan).toBeNull();
    expect(briefingTimeline([item(null, null)], '2026').newerThan).toBeNull();
  });
});
