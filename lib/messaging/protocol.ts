// Messages between the extension's own parts. Only extension pages and content
// scripts can send these (there is no externally_connectable), and every
// receiver checks the shape before acting, so a page cannot drive Siyaq.
import type { CardData } from '../cards/card-data';

export interface PassageTarget {
  article: string;
  block: number;
  sentence?: number;
}

/** To the background. */
export type BackgroundRequest =
  { type: 'siyaq:card'; topic: string } | { type: 'siyaq:open-reader'; target: PassageTarget } | { type: 'siyaq:open-options' };

/** To a tab's content script (top frame answers page-level questions). */
export type TabRequest =
  { type: 'siyaq:page-mentions' } | { type: 'siyaq:reveal'; topic: string } | { type: 'siyaq:open-card-at-selection' };

export interface PageTopicCount {
  topic: string;
  count: number;
}

export interface PageMentionsReply {
  active: boolean;
  /** The page's hostname, which the popup cannot read from the tab without the "tabs" permission. */
  host: string;
  topics: PageTopicCount[];
}

export type CardReply = CardData | null;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

const ID = /^[a-z0-9-]{1,100}$/;

export function parseBackgroundRequest(value: unknown): BackgroundRequest | null {
  if (!isRecord(value)) return null;
  switch (value.type) {
    case 'siyaq:card':
      return typeof value.topic === 'string' && ID.test(value.topic) ? { type: value.type, topic: value.topic } : null;
    case 'siyaq:open-reader': {
      const target = parsePassageTarget(value.target);
      return target ? { type: value.type, target } : null;
    }
    case 'siyaq:open-options':
      return { type: value.type };
    default:
      return null;
  }
}

export function parseTabRequest(value: unknown): TabRequest | null {
  if (!isRecord(value)) return null;
  switch (value.type) {
    case 'siyaq:page-mentions':
    case 'siyaq:open-card-at-selection':
      return { type: value.type };
    case 'siyaq:reveal':
      return typeof value.topic === 'string' && ID.test(value.topic) ? { type: value.type, topic: value.topic } : null;
    default:
      return null;
  }
}

export function parsePassageTarget(value: unknown): PassageTarget | null {
  if (!isRecord(value) || typeof value.article !== 'string' || !ID.test(value.article)) return null;
  const block = value.block;
  if (typeof block !== 'number' || !Number.isInteger(block) || block < 0) return null;
  const sentence = value.sentence;
  if (sentence === undefined) return { article: value.article, block };
  if (typeof sentence !== 'number' || !Number.isInteger(sentence) || sentence < 0) return null;
  return { article: value.article, block, sentence };
}

/** reader.html's query string for a passage; parsed back by readerTargetFromSearch. */
export function readerSearch(target: PassageTarget): string {
  const params = new URLSearchParams({ article: target.article, block: String(target.block) });
  if (target.sentence !== undefined) params.set('sentence', String(target.sentence));
  return `?${params.toString()}`;
}

export function readerTargetFromSearch(search: string): PassageTarget | { article: string } | null {
  const params = new URLSearchParams(search);
  const article = params.get('article');
  if (!article || !ID.test(article)) return null;
  const block = params.get('block');
  if (block === null) return { article };
  const sentence = params.get('sentence');
  return (
    parsePassageTarget({
      article,
      block: Number(block),
      sentence: sentence === null ? undefined : Number(sentence),
    }) ?? { article }
  );
}
