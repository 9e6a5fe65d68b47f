// Everything one card shows, resolved from the two index halves. DOM-free so the
// background (which answers the content script), the popup and the reader share it.
import type { ArticleDate, Bilingual, DetailsIndex, FactSource, NamesIndex, TopicKind, TopicName } from '../knowledge/types';
import { pickPassages } from './passage-pick';

export interface CardPassage {
  articleId: string;
  articleTitle: string;
  source: Bilingual;
  date: ArticleDate;
  language: 'ar' | 'en';
  block: number;
  sentence: number;
  text: string;
  /** Where this topic is named inside text, as [start, end). */
  marks: [number, number][];
  /** The knowledge pack the article comes from, when it is not the built-in one. */
  pack?: Bilingual;
}

export interface CardFact {
  date: string | null;
  /** The date the fact speaks from (its date, as_of, or its article's date). */
  asOf: string | null;
  /** Who states it, and the article that reports it. */
  by: FactSource;
  source: Bilingual;
  text: Bilingual;
  articleId: string;
  block: number;
  pack?: Bilingual;
}

export interface CardData {
  id: string;
  kind: TopicKind;
  name: Bilingual;
  background: Bilingual;
  facts: CardFact[];
  passages: CardPassage[];
  related: { id: string; name: Bilingual }[];
}

/** How many passages a card lists (at least one per language the material holds, see passage-pick.ts); the reader has the rest. */
export const MAX_CARD_PASSAGES = 6;

// Lookups built once per index (the background answers many cards from one
// merged index of thousands of topics), not once per card.
const topicMaps = new WeakMap<NamesIndex, Map<string, TopicName>>();
const articleMaps = new WeakMap<DetailsIndex, Map<string, DetailsIndex['articles'][number]>>();

function topicsById(names: NamesIndex): Map<string, TopicName> {
  let map = topicMaps.get(names);
  if (!map) topicMaps.set(names, (map = new Map(names.topics.map((t) => [t.id, t]))));
  return map;
}

function articlesById(details: DetailsIndex): Map<string, DetailsIndex['articles'][number]> {
  let map = articleMaps.get(details);
  if (!map) articleMaps.set(details, (map = new Map(details.articles.map((a) => [a.id, a]))));
  return map;
}

/** The title of an article's pack, for articles outside the built-in pack. */
export type PackOf = (articleId: string) => Bilingual | undefined;

export function buildCardData(
  names: NamesIndex,
  details: DetailsIndex,
  topicId: string,
  maxPassages = MAX_CARD_PASSAGES,
  packOf: PackOf = () => undefined,
): CardData | null {
  const byId = topicsById(names);
  const topic = byId.get(topicId);
  const info = details.topics[topicId];
  if (!topic || !info) return null;
  const articles = articlesById(details);

  const passages: CardPassage[] = [];
  // The reader's own saved articles first (the "My library" pack: ids "mine-…"): what they read is what they follow.
  const own = info.passages.filter((ref) => ref.article.startsWith('mine-'));
  const refs = own.length > 0 ? [...own, ...info.passages.filter((ref) => !ref.article.startsWith('mine-'))] : info.passages;
  // Only passages the details half still holds can be shown (or counted towards a language).
  const found = refs.flatMap((ref) => {
    const article = articles.get(ref.article);
    const block = article?.blocks[ref.block];
    const span = block?.sentences[ref.sentence];
    return article && block && span ? [{ ref, article, block, span }] : [];
  });
  for (const { ref, article, block, span } of pickPassages(found, (p) => p.article.language, maxPassages)) {
    const [from, to] = span;
    const pack = packOf(article.id);
    passages.push({
      ...(pack ? { pack } : {}),
      articleId: article.id,
      articleTitle: article.title,
      source: { ar: article.source, en: article.sourceEn },
      date: article.date,
      language: article.language,
      block: ref.block,
      sentence: ref.sentence,
      text: block.text.slice(from, to),
      marks: block.mentions
        .filter((m) => m.topic === topicId && m.start >= from && m.end <= to)
        .map((m) => [m.start - from, m.end - from] as [number, number]),
    });
  }

  return {
    id: topic.id,
    kind: topic.kind,
    name: topic.name,
    background: info.background,
    facts: info.facts.map((f) => {
      const article = articles.get(f.cite.article);
      const source = article ? { ar: article.source, en: article.sourceEn } : { ar: '', en: '' };
      const pack = packOf(f.cite.article);
      return {
        date: f.date,
        asOf: f.asOf,
        by: f.by,
        source,
        text: f.text,
        articleId: f.cite.article,
        block: f.cite.block,
        ...(pack ? { pack } : {}),
      };
    }),
    passages,
    related: info.related.flatMap((id) => {
      const other = byId.get(id);
      return other ? [{ id, name: other.name }] : [];
    }),
  };
}
