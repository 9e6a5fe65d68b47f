// The page's briefing: the dated facts of every topic a page mentions, as one
// timeline, newest first (a news reader wants the latest first and reads back
// as far as needed), each fact once. Topics that share a fact (a treaty, the
// leaders who signed it) each hold their own wording of it: the same words on
// the same date, or the same paragraph on the same date stating one thing
// (same-fact.ts), are listed once, naming every topic that holds it.
import { firstDay, lastDay } from '../cards/page-time';
import type { Article, Bilingual, DetailsIndex, Fact, FactSource, NamesIndex } from '../knowledge/types';
import type { PassageTarget } from '../messaging/protocol';
import { sameFact, type QuotedFact } from './same-fact';

export interface BriefingTopic {
  id: string;
  name: Bilingual;
}

export interface BriefingItem {
  /** When it happened (partial ISO), null when undated. */
  date: string | null;
  /** The day it speaks from (its date, as_of, or its article's date). */
  asOf: string | null;
  by: FactSource;
  source: Bilingual;
  text: Bilingual;
  /** The cited passage, for the reader. */
  target: PassageTarget;
  /** Every topic on the page that holds this fact, in the page's order. */
  topics: BriefingTopic[];
}

/** When an item sits on the timeline: its date, else the day it speaks from. */
export function when(item: { date: string | null; asOf: string | null }): string | null {
  return item.date ?? item.asOf;
}

/**
 * Newest first by the first day a date can mean, then the last (a month
 * before a day within it is not known to be earlier, so the wider one, which
 * can reach later, comes first); a fact with its own date before one that
 * only speaks from that day; undated facts last. Ties keep the input order.
 */
export function compareItems(a: BriefingItem, b: BriefingItem): number {
  const at = when(a);
  const bt = when(b);
  if (at === null || bt === null) return (at === null ? 1 : 0) - (bt === null ? 1 : 0);
  const first = firstDay(bt).localeCompare(firstDay(at));
  if (first !== 0) return first;
  const last = lastDay(bt).localeCompare(lastDay(at));
  if (last !== 0) return last;
  return (a.date === null ? 1 : 0) - (b.date === null ? 1 : 0);
}

/**
 * The briefing for topics in the page's order (a shared fact is worded as the
 * first of its topics words it, and names its topics in that order). Unknown
 * ids and topics without facts add nothing.
 */
export function buildBriefing(names: NamesIndex, details: DetailsIndex, topics: readonly string[]): BriefingItem[] {
  const named = new Map(names.topics.map((t) => [t.id, t.name]));
  const articles = new Map(details.articles.map((a) => [a.id, a]));
  const items: BriefingItem[] = [];
  const byText = new Map<string, BriefingItem>();
  /** Quotes already listed, by article, paragraph and date. */
  const quotes = new Map<string, (QuotedFact & { item: BriefingItem })[]>();
  for (const id of new Set(topics)) {
    const info = details.topics[id];
    const name = named.get(id);
    if (!info || !name) continue;
    for (const fact of info.facts) {
      const { article: articleId, block, start, end } = fact.cite;
      const at = when(fact) ?? '';
      const place = `${articleId}:${block}:${at}`;
      const texts = [`ar:${at}:${fact.text.ar}`, `en:${at}:${fact.text.en}`];
      let quoted = quotes.get(place);
      if (!quoted) quotes.set(place, (quoted = []));
      const quote = { start, end, text: fact.text.en };
      const same = quoted.find((q) => sameFact(q, quote))?.item ?? texts.map((k) => byText.get(k)).find((item) => item !== undefined);
      const item = same ?? newItem(fact, id, name, articles.get(articleId));
      if (!same) items.push(item);
      else if (!item.topics.some((t) => t.id === id)) item.topics.push({ id, name });
      for (const key of texts) byText.set(key, item);
      quoted.push({ ...quote, item });
    }
  }
  return items.sort(compareItems);
}

function newItem(fact: Fact, id: string, name: Bilingual, article: Article | undefined): BriefingItem {
  const { article: articleId, block, start } = fact.cite;
  const sentence = article?.blocks[block]?.sentences.findIndex(([from, to]) => start >= from && start < to) ?? -1;
  return {
    date: fact.date,
    asOf: fact.asOf,
    by: fact.by,
    source: article ? { ar: article.source, en: article.sourceEn } : { ar: '', en: '' },
    text: fact.text,
    target: sentence >= 0 ? { article: articleId, block, sentence } : { article: articleId, block },
    topics: [{ id, name }],
  };
}
