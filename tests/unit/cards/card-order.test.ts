// What mutation testing showed untested in lib/cards: the reader's own saved
// articles first, passages whose block or sentence is gone, the pack a
// passage or fact comes from, and how dates of facts compare to a page.
import { describe, expect, it } from 'vitest';

import { buildCardData } from '../../../lib/cards/card-data';
import { lastDay, splitByPage } from '../../../lib/cards/page-time';
import { compileSources } from '../../../lib/knowledge/compile';
import { article, corpus } from '../knowledge/corpus';

describe('card passages and packs', () => {
  const { names, details } = compileSources([...corpus(), article('mine-saved', 'Quenlin read this.')]);

  it("lists the reader's own saved articles first, the others after in their order", () => {
    const plain = details.topics.quenlin!.passages.map((p) => p.article);
    expect(plain.indexOf('mine-saved')).toBeGreaterThan(0);
    const card = buildCardData(names, details, 'quenlin')!;
    expect(card.passages.map((p) => p.articleId)).toEqual(['mine-saved', ...plain.filter((a) => a !== 'mine-saved')]);
  });

  it('keeps the order of the material when none is the reader’s own', () => {
    const { names: n, details: d } = compileSources(corpus());
    const card = buildCardData(n, d, 'quenlin')!;
    expect(card.passages.map((p) => `${p.articleId}:${p.block}:${p.sentence}`)).toEqual(
      d.topics.quenlin!.passages.map((p) => `${p.article}:${p.block}:${p.sentence}`),
    );
  });

  it('skips a passage whose block or sentence the article no longer holds', () => {
    const alpha = details.articles.find((a) => a.id === 'alpha')!;
    const shorter = { ...alpha, blocks: alpha.blocks.slice(0, 2) };
    const noSentences = { ...alpha, blocks: alpha.blocks.map((b, i) => (i === 1 ? { ...b, sentences: [] } : b)) };
    for (const changed of [shorter, noSentences]) {
      const d = { ...details, articles: details.articles.map((a) => (a.id === 'alpha' ? changed : a)) };
      const card = buildCardData(names, d, 'quenlin')!;
      const kept = card.passages.filter((p) => p.articleId === 'alpha').map((p) => p.block);
      expect(kept).toEqual(changed === shorter ? [0, 1] : [0, 2]);
      for (const p of card.passages) expect(p.text.length).toBeGreaterThan(0);
    }
  });

  it('names the pack of each passage and fact from outside the built-in one, and no pack for the others', () => {
    const library = { ar: 'مكتبتي', en: 'My library' };
    const packOf = (id: string) => (id.startsWith('mine-') || id === 'alpha' ? library : undefined);
    const card = buildCardData(names, details, 'quenlin', 6, packOf)!;
    for (const p of card.passages) {
      if (p.articleId === 'beta') expect(p).not.toHaveProperty('pack');
      else expect(p.pack).toEqual(library);
    }
    const zorvath = buildCardData(names, details, 'zorvath', 6, packOf)!;
    expect(zorvath.facts[0]!.pack).toEqual(library);
    expect(buildCardData(names, details, 'zorvath')!.facts[0]).not.toHaveProperty('pack');
  });
});

describe('facts against the page date', () => {
  it('places a fact by its own date, not the day it speaks from', () => {
    const split = splitByPage([{ date: '2024-05', asOf: '2020-01-01' }], '2023-09-19');
    expect(split.after).toHaveLength(1);
    const older = splitByPage([{ date: '2020', asOf: '2024-05-01' }], '2023-09-19');
    expect(older.before).toHaveLength(1);
  });

  it('names the first of two latest facts that end on the same day', () => {
    const split = splitByPage(
      [
        { date: '2025-04-30', asOf: null },
        { date: '2025-04', asOf: null },
      ],
      '2026',
    );
    expect(split.newerThan).toBe('2025-04-30');
  });

  it('is not newer than a fact the page may share a day with', () => {
    expect(splitByPage([{ date: '2025-04-30', asOf: null }], '2025-04-30').newerThan).toBeNull();
    expect(splitByPage([{ date: '2025-04-29', asOf: null }], '2025-04-30').newerThan).toBe('2025-04-29');
  });

  it('gives the last day of a month and a year, in two digits', () => {
    expect(lastDay('2023-02')).toBe('2023-02-28');
    expect(lastDay('2023-04')).toBe('2023-04-30');
    expect(lastDay('2023-09-05')).toBe('2023-09-05');
    expect(lastDay('2023')).toBe('2023-12-31');
  });
});
