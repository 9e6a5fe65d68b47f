// What a card holds, from the two halves of a small compiled corpus: its
// passages (capped, each with source and date, marking only this topic's
// names), its facts with their sources, and its related topics.
import { describe, expect, it } from 'vitest';

import { buildCardData, MAX_CARD_PASSAGES } from '../../../lib/cards/card-data';
import { compileSources } from '../../../lib/knowledge/compile';
import { ALPHA_BODY, article, corpus, TOPICS } from '../knowledge/corpus';

describe('buildCardData', () => {
  const { names, details } = compileSources(corpus());

  it('lists every passage naming the topic, with its article, source, date and sentence text', () => {
    const card = buildCardData(names, details, 'quenlin')!;
    expect(card.passages.map((p) => [p.articleId, p.block, p.sentence, p.text])).toEqual([
      ['alpha', 0, 0, 'Zorvath and Quenlin'],
      ['alpha', 1, 0, 'Zorvath met Quenlin in Melbrook.'],
      ['alpha', 2, 0, 'Quenlin stayed in Melbrook.'],
      ['beta', 0, 1, 'Its mayor is Quenlin.'],
    ]);
    expect(card.passages[0]).toMatchObject({
      articleTitle: 'عنوان',
      source: { ar: 'مصدر', en: 'Source' },
      date: { value: '2023-09-19', inferred: false },
      language: 'en',
    });
  });

  it("marks this topic's names in a passage, not the other topics' names beside them", () => {
    const card = buildCardData(names, details, 'quenlin')!;
    const first = card.passages[1]!;
    expect(first.marks.map(([from, to]) => first.text.slice(from, to))).toEqual(['Quenlin']);
    const melbrook = buildCardData(names, details, 'melbrook')!;
    for (const passage of melbrook.passages) {
      expect(passage.marks.map(([from, to]) => passage.text.slice(from, to))).toEqual(['Melbrook']);
    }
  });

  it('caps the passages at the limit, keeping the first ones', () => {
    const many = Array.from({ length: MAX_CARD_PASSAGES + 3 }, (_, i) => `Quenlin spoke on day ${i + 1}.`).join(' ');
    const { names: n, details: d } = compileSources(corpus({ beta: many }));
    const all = d.topics.quenlin!.passages.length;
    expect(all).toBeGreaterThan(MAX_CARD_PASSAGES);
    const card = buildCardData(n, d, 'quenlin')!;
    expect(card.passages).toHaveLength(MAX_CARD_PASSAGES);
    expect(card.passages.map((p) => p.text)).toEqual(
      d.topics.quenlin!.passages.slice(0, MAX_CARD_PASSAGES).map((ref) => {
        const block = d.articles.find((a) => a.id === ref.article)!.blocks[ref.block]!;
        const [from, to] = block.sentences[ref.sentence]!;
        return block.text.slice(from, to);
      }),
    );
    expect(buildCardData(n, d, 'quenlin', 2)!.passages).toHaveLength(2);
  });

  it('gives facts their source and cited place, and related topics their names', () => {
    const card = buildCardData(names, details, 'zorvath')!;
    expect(card.facts).toEqual([
      expect.objectContaining({
        date: '2023-09',
        text: { ar: 'حقيقة', en: 'A fact' },
        source: { ar: 'مصدر', en: 'Source' },
        articleId: 'alpha',
        block: 1,
      }),
    ]);
    expect(card.related).toEqual([{ id: 'quenlin', name: { ar: 'كوينلين', en: 'Quenlin' } }]);
    expect(card).toMatchObject({ id: 'zorvath', kind: 'person', name: { ar: 'زورفاث', en: 'Zorvath' }, background: { en: 'Background' } });
  });

  it('keeps a passage in the other language within the cap, labelled by its article’s language', () => {
    const many = Array.from({ length: MAX_CARD_PASSAGES + 2 }, (_, i) => `Quenlin spoke on day ${i + 1}.`).join(' ');
    const { names: n, details: d } = compileSources([
      article('alpha', `${ALPHA_BODY}\n\n${many}`),
      article('beta', 'قال كوينلين إن الميناء فتح.', { language: 'ar' }),
      { path: 'content/topics/people.yaml', text: TOPICS },
    ]);
    const card = buildCardData(n, d, 'quenlin')!;
    expect(card.passages).toHaveLength(MAX_CARD_PASSAGES);
    expect(card.passages.map((p) => p.language)).toEqual([...Array(MAX_CARD_PASSAGES - 1).fill('en'), 'ar']);
    expect(card.passages.at(-1)).toMatchObject({ articleId: 'beta', text: 'قال كوينلين إن الميناء فتح.' });
  });

  it('is null for a topic it does not know', () => {
    expect(buildCardData(names, details, 'nobody')).toBeNull();
  });

  it('skips a passage whose article is missing from the details half', () => {
    const { names: n, details: d } = compileSources([...corpus(), article('gamma', 'Quenlin came too.')]);
    const withoutGamma = { ...d, articles: d.articles.filter((a) => a.id !== 'gamma') };
    expect(buildCardData(n, d, 'quenlin')!.passages.map((p) => p.articleId)).toContain('gamma');
    expect(buildCardData(n, withoutGamma, 'quenlin')!.passages.map((p) => p.articleId)).not.toContain('gamma');
  });
  it('marks, in each passage, only the mentions inside that sentence', () => {
    const card = buildCardData(names, details, 'zorvath')!;
    expect(card.passages.length).toBeGreaterThanOrEqual(3);
    for (const passage of card.passages) {
      expect(passage.marks.map(([from, to]) => passage.text.slice(from, to))).toEqual(['Zorvath']);
      for (const [from, to] of passage.marks) {
        expect(from).toBeGreaterThanOrEqual(0);
        expect(to).toBeLessThanOrEqual(passage.text.length);
      }
    }
  });

  it('is null for a topic with names but no details, and drops what the halves no longer hold', () => {
    const { quenlin: _dropped, ...otherTopics } = details.topics;
    expect(buildCardData(names, { ...details, topics: otherTopics }, 'quenlin')).toBeNull();
    const withoutQuenlin = { ...names, topics: names.topics.filter((t) => t.id !== 'quenlin') };
    expect(buildCardData(withoutQuenlin, details, 'zorvath')!.related).toEqual([]);
    const withoutAlpha = { ...details, articles: details.articles.filter((a) => a.id !== 'alpha') };
    expect(buildCardData(names, withoutAlpha, 'zorvath')!.facts[0]!.source).toEqual({ ar: '', en: '' });
  });
});
