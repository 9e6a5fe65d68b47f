// From an extracted article to the record the library stores: an id drawn
// from its address (so saving the same address again replaces it), sentences,
// and the topics the detector finds in each block.
import type { PageDate } from '../article/page-date';
import type { Direction } from '../article/page-language';
import { splitSentences } from '../knowledge/sentences';
import type { Block, Mention } from '../knowledge/types';
import type { ExtractedArticle, SavedSummary } from './types';

export interface SavedRecord {
  id: string;
  title: string;
  site: string;
  address: string;
  author: string | null;
  language: string;
  direction: Direction;
  date: PageDate | null;
  blocks: Block[];
  truncated: boolean;
  savedAt: number;
}

export type Detect = (text: string) => Mention[];

const ID_PREFIX = 'mine-';

/** The library id of an address: "mine-" and 20 hex digits of its SHA-256. */
export async function savedArticleId(address: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(address));
  const hex = Array.from(new Uint8Array(digest).slice(0, 10), (b) => b.toString(16).padStart(2, '0')).join('');
  return `${ID_PREFIX}${hex}`;
}

export function linkBlocks(blocks: readonly { kind: Block['kind']; text: string }[], detect: Detect): Block[] {
  return blocks.map(({ kind, text }) => ({ kind, text, sentences: splitSentences(text), mentions: detect(text) }));
}

export async function toRecord(article: ExtractedArticle, detect: Detect, savedAt: number): Promise<SavedRecord> {
  return {
    id: await savedArticleId(article.address),
    title: article.title,
    site: article.site,
    address: article.address,
    author: article.author,
    language: article.language,
    direction: article.direction,
    date: article.date,
    blocks: linkBlocks(article.blocks, detect),
    truncated: article.truncated,
    savedAt,
  };
}

export function summaryOf(record: SavedRecord): SavedSummary {
  return {
    id: record.id,
    title: record.title,
    site: record.site,
    address: record.address,
    date: record.date?.date ?? null,
    language: record.language,
    savedAt: record.savedAt,
    chars: record.blocks.reduce((n, b) => n + b.text.length, 0),
  };
}
