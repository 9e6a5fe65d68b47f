import { describe, expect, it } from 'vitest';

import { buildCardData } from '../../../lib/cards/card-data';
import { splitSentences } from '../../../lib/knowledge/sentences';
import type { Article, DetailsIndex, Mention, TopicName } from '../../../lib/knowledge/types';
import { buildLibraryPack, LIBRARY_PACK_ID } from '../../../lib/library/library-pack';
import type { SavedRecord } from '../../../lib/library/saved-record';
import { personalTopic } from '../../../lib/library/track-name';
import { linkTrackedNames } from '../../../lib/library/tracked-passages';
import { mergePacks, type PackSource } from '../../../lib/packs/merge';

const STEPANAKERT: TopicName = {
  id: 'stepanakert',
  kind: 'place',
  name: { ar: 'ستيباناكرت', en: 'Stepanakert' },
  aliases: ['ستيباناكرت', 'Stepanakert'],
  exclude: [],
  marked: true,
};
// A known topic whose name holds the tracked word: its span stays with it.
const TELEGRAM_CHANNEL: TopicName = {
  id: 'channel',
  kind: 'organisation',
  name: { ar: 'قناة تلغرام الرسمية', en: 'The official Telegram channel' },
  aliases: ['قناة تلغرام الرسمية'],
  exclude: [],
  marked: true,
};

function block(text: string, mentions: Mention[] = []) {
  return { kind: 'paragraph' as const, text, sentences: splitSentences(text), mentions };
}

function mentionsOf(text: string, topic: TopicName): Mention[] {
  return topic.aliases.flatMap((alias) => {
    const at = text.indexOf(alias);
    return at < 0 ? [] : [{ topic: topic.id, start: at, end: at + alias.length }];
  });
}

function article(id: string, source: string, date: string, texts: string[], topics: TopicName[]): Article {
  return {
    id,
    title: `Title ${id}`,
    titleEn: `Title ${id}`,
    source,
    sourceEn: source,
    url: null,
    date: { value: date, inferred: false, note: '' },
    language: 'ar',
    notes: [],
    blocks: texts.map((text) =>
      block(
        text,
        topics.flatMap((t) => mentionsOf(text, t)),
      ),
    ),
  };
}

function pack(id: string, topics: TopicName[], articles: Article[]): PackSource {
  const details: DetailsIndex = {
    version: 1,
    articles,
    topics: Object.fromEntries(
      topics.map((t) => [t.id, { id: t.id, background: { ar: 'خلفية', en: 'Background' }, facts: [], related: [], passages: [] }]),
    ),
  };
  return { meta: { id, title: { ar: id, en: id } }, names: { version: 1, topics }, details };
}

const builtin = pack(
  'siyaq',
  [STEPANAKERT, TELEGRAM_CHANNEL],
  [
    article(
      'euronews',
      'يورونيوز',
      '2023-09-19',
      [
        'سمع دوي انفجارات في ستيباناكرت. وقالت الوزارة في بيان على تلغرام إن العملية مستمرة.',
        'ونشرت قناة تلغرام الرسمية صورًا.',
        'لا شيء هنا.',
      ],
      [STEPANAKERT, TELEGRAM_CHANNEL],
    ),
  ],
);
const imported = pack(
  'harbours',
  [],
  [article('harbour-report', 'Harbour Times', '2024-02-01', ['وكتب المتحدث بتلغرام أن الميناء مغلق.'], [])],
);

const TRACKED = personalTopic('mine-t-0123456789abcdef', 'تلغرام', ['Telegram']);

function libraryPack(): PackSource {
  const record: SavedRecord = {
    id: 'mine-00000000000000000001',
    title: 'Saved',
    site: 'أخبار المثال',
    address: 'https://news.example/1',
    author: null,
    language: 'ar',
    direction: 'rtl',
    date: { date: '2025-01-01', inferred: false, note: '' },
    blocks: [block('وقال المصدر على تلغرام إن الوضع هادئ.', [{ topic: TRACKED.id, start: 18, end: 24 }])],
    truncated: false,
    savedAt: 1,
  };
  return buildLibraryPack([record], new Map(), [TRACKED]);
}

describe('linkTrackedNames', () => {
  it('gives a tracked name the passages of every pack’s articles, with source, date and marks, after the library’s own', () => {
    const merged = mergePacks([builtin, imported, libraryPack()]);
    const linked = linkTrackedNames(merged, LIBRARY_PACK_ID);
    const card = buildCardData(linked.names, linked.details, TRACKED.id);
    expect(card?.background.en).toBe('A name you track: its card lists the passages that name it in your library and in the packs.');
    expect(card?.passages.map((p) => [p.articleId, p.source.ar, p.date.value, p.text, p.marks])).toEqual([
      ['mine-00000000000000000001', 'أخبار المثال', '2025-01-01', 'وقال المصدر على تلغرام إن الوضع هادئ.', [[18, 24]]],
      ['euronews', 'يورونيوز', '2023-09-19', 'وقالت الوزارة في بيان على تلغرام إن العملية مستمرة.', [[26, 32]]],
      // The clitic بـ is read off as the detector always does: the mark is the name itself.
      ['harbour-report', 'Harbour Times', '2024-02-01', 'وكتب المتحدث بتلغرام أن الميناء مغلق.', [[14, 20]]],
    ]);
  });

  it('leaves spans a pack gives to its own topic, and never changes the packs’ own objects', () => {
    const before = JSON.stringify(builtin.details);
    const merged = mergePacks([builtin, imported, libraryPack()]);
    const linked = linkTrackedNames(merged, LIBRARY_PACK_ID);
    expect(JSON.stringify(builtin.details)).toBe(before);
    const euronews = linked.details.articles.find((a) => a.id === 'euronews')!;
    // "قناة تلغرام الرسمية" is the channel's name: no tracked mention inside it.
    expect(euronews.blocks[1]!.mentions.map((m) => m.topic)).toEqual(['channel']);
    expect(euronews.blocks[0]!.mentions.map((m) => m.topic)).toEqual(['stepanakert', TRACKED.id]);
    // The known topic keeps its own passages untouched; an article with no tracked name is the same object.
    expect(linked.details.topics.stepanakert).toBe(merged.details.topics.stepanakert);
    expect(linked.details.articles.filter((a) => merged.details.articles.includes(a)).map((a) => a.id)).toEqual([
      'mine-00000000000000000001',
    ]);
  });

  it('is the same knowledge when nothing is tracked, or no pack names a tracked name', () => {
    const plain = mergePacks([builtin, imported]);
    expect(linkTrackedNames(plain, LIBRARY_PACK_ID)).toBe(plain);
    const other = personalTopic('mine-t-fedcba9876543210', 'زورفاث');
    const lib = buildLibraryPack([], new Map(), [other]);
    const merged = mergePacks([builtin, imported, lib]);
    expect(linkTrackedNames(merged, LIBRARY_PACK_ID)).toBe(merged);
  });
});
