// The reader's saved articles (and personal topics) as one knowledge pack,
// "My library", in the shape every pack has, so that cards, "on this page",
// search and the reader treat it like any other: passages are the sentences
// where the detector found a topic when the article was saved.
//
// A pack must name every topic its passages point to. Topics of other packs
// appear here as stubs (no aliases, so they add no names); the merge takes a
// topic's name, kind and background from the first pack that has it, so a
// stub's neutral background shows only while that pack is turned off.
import type { Article, Bilingual, DetailsIndex, NamesIndex, PassageRef, TopicDetails, TopicName } from '../knowledge/types';
import type { SavedRecord } from './saved-record';

export const LIBRARY_PACK_ID = 'my-library';
export const LIBRARY_TITLE: Bilingual = { ar: 'مكتبتي', en: 'My library' };
const STUB_BACKGROUND: Bilingual = {
  ar: 'اسم ورد في مقالات حفظتها.',
  en: 'A name that appears in articles you saved.',
};
const TRACKED_BACKGROUND: Bilingual = {
  ar: 'اسم تتابعه: تعرض بطاقته المقاطع التي تذكره في مكتبتك وفي الحزم.',
  en: 'A name you track: its card lists the passages that name it in your library and in the packs.',
};

/** The header fields of a pack (lib/packs/types.ts PackMeta). */
export interface LibraryPackMeta {
  id: string;
  title: Bilingual;
  version: string;
  description: Bilingual;
  created: string;
  counts: { articles: number; topics: number };
  dates: { from: string | null; to: string | null };
}

export interface LibraryPack {
  meta: LibraryPackMeta;
  names: NamesIndex;
  details: DetailsIndex;
}

/** A saved record as a pack article: the site stands for the source, the address is kept. */
export function toPackArticle(record: SavedRecord): Article {
  return {
    id: record.id,
    title: record.title,
    titleEn: record.title,
    source: record.site,
    sourceEn: record.site,
    url: record.address,
    date: record.date
      ? { value: record.date.date, inferred: record.date.inferred, note: record.date.note }
      : { value: null, inferred: false, note: '' },
    language: record.language === 'ar' ? 'ar' : 'en',
    notes: record.author ? [record.author] : [],
    blocks: record.blocks,
  };
}

/** A saved record as the pack's article, and the passages it gives each topic (in order, one per sentence). */
export interface LinkedArticle {
  article: Article;
  passages: [topic: string, ref: PassageRef][];
}

/**
 * One record as the pack has it: mentions of topics that neither `own` (the
 * personal topics) nor `known` (the other packs) have are left out.
 */
export function linkArticle(
  record: SavedRecord,
  known: ReadonlyMap<string, TopicName>,
  own: ReadonlyMap<string, TopicName>,
): LinkedArticle {
  const article = toPackArticle(record);
  const passages: [string, PassageRef][] = [];
  const last = new Map<string, PassageRef>();
  const blocks = article.blocks.map((block, b) => {
    const mentions = block.mentions.filter((m) => {
      if (!own.has(m.topic) && !known.has(m.topic)) return false;
      const sentence = Math.max(
        0,
        block.sentences.findIndex(([, end]) => m.start < end),
      );
      const prev = last.get(m.topic);
      if (!prev || prev.block !== b || prev.sentence !== sentence) {
        const ref = { article: article.id, block: b, sentence };
        last.set(m.topic, ref);
        passages.push([m.topic, ref]);
      }
      return true;
    });
    return { ...block, mentions };
  });
  return { article: { ...article, blocks }, passages };
}

/** A topic of another pack as this pack names it: no aliases, so it adds no names. */
function stub(topic: TopicName): TopicName {
  return { id: topic.id, kind: topic.kind, name: topic.name, aliases: [], exclude: [], marked: topic.marked };
}

/** The pack's header for these articles and topic count. */
export function libraryMeta(articles: readonly Pick<Article, 'date'>[], topics: number, created = new Date()): LibraryPackMeta {
  let from: string | null = null;
  let to: string | null = null;
  for (const { date } of articles) {
    if (date.value === null) continue;
    if (from === null || date.value < from) from = date.value;
    if (to === null || date.value > to) to = date.value;
  }
  return {
    id: LIBRARY_PACK_ID,
    title: LIBRARY_TITLE,
    version: '1',
    description: { ar: 'المقالات التي حفظتها، والأسماء التي تتابعها.', en: 'The articles you saved and the names you track.' },
    created: created.toISOString(),
    counts: { articles: articles.length, topics },
    dates: { from, to },
  };
}

/**
 * The pack, from every saved record and personal topic. `known` gives the
 * topics of the other packs, for the stubs; a mention of a topic that no
 * pack has any more is left out.
 */
export function buildLibraryPack(
  records: readonly SavedRecord[],
  known: ReadonlyMap<string, TopicName>,
  personal: readonly TopicName[] = [],
  created = new Date(),
): LibraryPack {
  const own = new Map(personal.map((t) => [t.id, t]));
  const topics = new Map<string, TopicName>(own);
  const passages = new Map<string, PassageRef[]>();
  const articles = [...records]
    .sort((a, b) => a.savedAt - b.savedAt)
    .map((record): Article => {
      const linked = linkArticle(record, known, own);
      for (const [topic, ref] of linked.passages) {
        if (!topics.has(topic)) topics.set(topic, stub(known.get(topic)!));
        const list = passages.get(topic);
        if (list) list.push(ref);
        else passages.set(topic, [ref]);
      }
      return linked.article;
    });

  const details: Record<string, TopicDetails> = {};
  for (const id of topics.keys()) {
    details[id] = {
      id,
      background: own.has(id) ? TRACKED_BACKGROUND : STUB_BACKGROUND,
      facts: [],
      related: [],
      passages: passages.get(id) ?? [],
    };
  }
  return {
    meta: libraryMeta(articles, topics.size, created),
    names: { version: 1, topics: [...topics.values()] },
    details: { version: 1, articles, topics: details },
  };
}
