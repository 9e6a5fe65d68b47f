import { describe, expect, it } from 'vitest';

import type { TopicName } from '../../../lib/knowledge/types';
import { buildLibraryPack, LIBRARY_PACK_ID } from '../../../lib/library/library-pack';
import { linkBlocks, type SavedRecord } from '../../../lib/library/saved-record';

const known = new Map<string, TopicName>([
  [
    'yerevan',
    { id: 'yerevan', kind: 'place', name: { ar: 'يريفان', en: 'Yerevan' }, aliases: ['يريفان', 'Yerevan'], exclude: [], marked: true },
  ],
  ['baku', { id: 'baku', kind: 'place', name: { ar: 'باكو', en: 'Baku' }, aliases: ['باكو', 'Baku'], exclude: [], marked: true }],
]);

function detect(text: string) {
  return [...known.values()].flatMap((t) =>
    t.aliases.flatMap((alias) => {
      const at = text.indexOf(alias);
      return at < 0 ? [] : [{ topic: t.id, start: at, end: at + alias.length }];
    }),
  );
}

function record(id: string, savedAt: number, texts: string[], extra: Partial<SavedRecord> = {}): SavedRecord {
  return {
    id,
    title: `Title ${id}`,
    site: 'Example News',
    address: `https://news.example/${id}`,
    author: null,
    language: 'en',
    direction: 'ltr',
    date: { date: '2023-09-19', inferred: false, note: 'meta article:published_time' },
    blocks: linkBlocks(
      texts.map((text) => ({ kind: 'paragraph' as const, text })),
      detect,
    ),
    truncated: false,
    savedAt,
    ...extra,
  };
}

describe('buildLibraryPack', () => {
  it('makes passages of the sentences that name a topic, and stubs for other packs’ topics', () => {
    const pack = buildLibraryPack(
      [
        record('mine-00000000000000000002', 2, ['Nothing here. Yerevan spoke, and Yerevan again.']),
        record('mine-00000000000000000001', 1, ['Baku said no.', 'Then Yerevan answered.'], { language: 'ar', date: null }),
      ],
      known,
      [],
      new Date('2026-11-29T00:00:00Z'),
    );
    expect(pack.meta).toMatchObject({
      id: LIBRARY_PACK_ID,
      title: { ar: 'مكتبتي', en: 'My library' },
      counts: { articles: 2, topics: 2 },
      dates: { from: '2023-09-19', to: '2023-09-19' },
      created: '2026-11-29T00:00:00.000Z',
    });
    // Oldest saved first.
    expect(pack.details.articles.map((a) => a.id)).toEqual(['mine-00000000000000000001', 'mine-00000000000000000002']);
    expect(pack.details.articles[0]).toMatchObject({
      source: 'Example News',
      url: 'https://news.example/mine-00000000000000000001',
      language: 'ar',
    });
    expect(pack.details.articles[0]!.date).toEqual({ value: null, inferred: false, note: '' });
    expect(pack.details.topics.yerevan!.passages).toEqual([
      { article: 'mine-00000000000000000001', block: 1, sentence: 0 },
      // Two mentions in one sentence are one passage.
      { article: 'mine-00000000000000000002', block: 0, sentence: 1 },
    ]);
    expect(pack.details.topics.baku!.passages).toEqual([{ article: 'mine-00000000000000000001', block: 0, sentence: 0 }]);
    // Stubs add no names of their own.
    expect(pack.names.topics.find((t) => t.id === 'yerevan')).toEqual({ ...known.get('yerevan'), aliases: [] });
  });

  it('drops mentions of topics no pack has any more, and keeps personal topics with their aliases', () => {
    const personal: TopicName = {
      id: 'mine-t-salma',
      kind: 'person',
      name: { ar: 'سلمى حداد', en: 'Salma Haddad' },
      aliases: ['سلمى حداد'],
      exclude: [],
      marked: true,
    };
    const saved = record('mine-00000000000000000003', 3, ['Baku and Yerevan.']);
    saved.blocks[0]!.mentions.push({ topic: 'gone', start: 0, end: 4 }, { topic: 'mine-t-salma', start: 9, end: 16 });
    const pack = buildLibraryPack([saved], new Map([['baku', known.get('baku')!]]), [personal]);
    expect(pack.details.articles[0]!.blocks[0]!.mentions.map((m) => m.topic)).toEqual(['baku', 'mine-t-salma']);
    expect(pack.names.topics.map((t) => t.id).sort()).toEqual(['baku', 'mine-t-salma']);
    expect(pack.names.topics.find((t) => t.id === 'mine-t-salma')?.aliases).toEqual(['سلمى حداد']);
    expect(pack.details.topics['mine-t-salma']!.passages).toHaveLength(1);
  });

  it('is an empty pack for an empty library', () => {
    const pack = buildLibraryPack([], known);
    expect(pack.meta.counts).toEqual({ articles: 0, topics: 0 });
    expect(pack.names.topics).toEqual([]);
  });
});
