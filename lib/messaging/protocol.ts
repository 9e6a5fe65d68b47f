// Messages between the extension's own parts: one map per receiver from each
// message type to its request shape and its reply type. Only extension pages
// and content scripts can send these (there is no externally_connectable), and
// every receiver checks the shape by hand before acting (parsers below), so a
// page cannot drive Siyaq. Sending and answering go through channel.ts.
import type { BriefingItem } from '../briefing/briefing';
import type { CardData } from '../cards/card-data';
import type { CompiledMatcher } from '../detect/compiled';
import type { Article, ArticleDate, Bilingual } from '../knowledge/types';
import { libraryParsers, libraryTabParsers, type LibraryProtocol, type LibraryTabProtocol } from '../library/messages';
import type { MergeWarning } from '../packs/merge';
import type { SearchHit } from '../search/search-index';
import type { InstallResult, PackListing } from '../store/knowledge-store';

export interface PassageTarget {
  article: string;
  block: number;
  sentence?: number;
}

export interface PageTopicCount {
  topic: string;
  count: number;
}

export interface PageMentionsReply {
  active: boolean;
  /** The page's hostname, which the popup cannot read from the tab without the "tabs" permission. */
  host: string;
  topics: PageTopicCount[];
  /** The page's publication date (partial ISO), null when it gives none. */
  date: string | null;
}

type NoFields = Record<string, never>;

/** The reader's list: every enabled pack's articles, by pack. */
export interface ArticleShelf {
  pack: { id: string; title: Bilingual };
  articles: { id: string; title: string; language: 'ar' | 'en'; date: ArticleDate }[];
}

export type { InstallResult, MergeWarning, PackListing };

/** Answered by the background. */
// Type aliases, not interfaces, so that they fit the Protocol index signature.
export type BackgroundProtocol = {
  /** A topic's card; `not-found` when no enabled knowledge has the topic. */
  'siyaq:card': { request: { topic: string }; reply: CardData };
  'siyaq:open-reader': { request: { target: PassageTarget }; reply: boolean };
  /** The matcher for every enabled pack, and the revision it belongs to. */
  'siyaq:matcher': { request: NoFields; reply: { revision: string; matcher: CompiledMatcher } };
  /** Popup search over every enabled pack. */
  'siyaq:search': { request: { query: string }; reply: SearchHit[] };
  /** Display names of topics (unknown ids are left out). */
  'siyaq:topic-names': { request: { topics: string[] }; reply: Record<string, Bilingual> };
  /** The page's briefing: its topics' facts (topics in the page's order) on one timeline. */
  'siyaq:briefing': { request: { topics: string[] }; reply: BriefingItem[] };
  'siyaq:articles': { request: NoFields; reply: ArticleShelf[] };
  'siyaq:article': { request: { article: string }; reply: { article: Article; pack: { id: string; title: Bilingual } } };
  /** Options → Knowledge. Changes answer with the new list. */
  'siyaq:packs': { request: NoFields; reply: PackListing[] };
  'siyaq:pack-enable': { request: { pack: string; enabled: boolean }; reply: PackListing[] };
  'siyaq:pack-remove': { request: { pack: string }; reply: PackListing[] };
  /** An import in pieces: begin (file size in bytes), chunks in order, then commit or cancel. */
  'siyaq:import-begin': { request: { bytes: number }; reply: { session: string; chunkChars: number } };
  'siyaq:import-chunk': { request: { session: string; index: number; text: string }; reply: number };
  'siyaq:import-commit': { request: { session: string }; reply: InstallResult };
  'siyaq:import-cancel': { request: { session: string }; reply: boolean };
  /** A frame's own names (an empty list when it has none or goes away). */
  'siyaq:frame-topics': { request: { topics: PageTopicCount[] }; reply: boolean };
  /** The names the other frames of the asking frame's tab reported. */
  'siyaq:other-frames-topics': { request: NoFields; reply: PageTopicCount[] };
} & LibraryProtocol;

/** Answered by a tab's content script (the top frame answers page-level questions). */
export type TabProtocol = {
  'siyaq:page-mentions': { request: NoFields; reply: PageMentionsReply };
  /** Scrolls to and flashes the topic's first mention; false when the page has none. */
  'siyaq:reveal': { request: { topic: string }; reply: boolean };
  'siyaq:open-card-at-selection': { request: NoFields; reply: boolean };
  /** Keyboard stepping: opens the card of the next or previous mark; false when the page has none. */
  'siyaq:step-mention': { request: { direction: 'next' | 'previous' }; reply: boolean };
  /** The enabled packs changed: fetch the matcher again if the revision differs, and rescan. */
  'siyaq:knowledge-changed': { request: { revision: string }; reply: boolean };
} & LibraryTabProtocol;

/** Any protocol: message type → { request, reply }. */
export type Protocol = Record<string, { request: object; reply: unknown }>;

/** One hand-written shape check per message type; null rejects the message. */
export type Parsers<P extends Protocol> = { [K in keyof P]: (fields: Record<string, unknown>) => P[K]['request'] | null };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

const ID = /^[a-z0-9-]{1,100}$/;
const isId = (value: unknown): value is string => typeof value === 'string' && ID.test(value);

const noFields = (): NoFields => ({});
const SESSION = /^import-[0-9]+-[0-9a-z]+$/;
const MAX_QUERY = 200;
const MAX_TOPICS = 1000;
/** A little over IMPORT_CHUNK_CHARS. */
const MAX_CHUNK = 3 * 1024 * 1024;
const isCount = (value: unknown, max: number): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= max;
const sessionField = (fields: Record<string, unknown>): { session: string } | null =>
  typeof fields.session === 'string' && SESSION.test(fields.session) ? { session: fields.session } : null;
const packField = (fields: Record<string, unknown>): { pack: string } | null => (isId(fields.pack) ? { pack: fields.pack } : null);
const topicsField = (fields: Record<string, unknown>): { topics: string[] } | null =>
  Array.isArray(fields.topics) && fields.topics.length <= MAX_TOPICS && fields.topics.every(isId) ? { topics: fields.topics } : null;
const topicField = (fields: Record<string, unknown>): { topic: string } | null => (isId(fields.topic) ? { topic: fields.topic } : null);

export const backgroundParsers: Parsers<BackgroundProtocol> = {
  'siyaq:card': topicField,
  'siyaq:open-reader': (fields) => {
    const target = parsePassageTarget(fields.target);
    return target ? { target } : null;
  },
  'siyaq:frame-topics': (fields) => {
    const topics = parseTopicCounts(fields.topics);
    return topics ? { topics } : null;
  },
  'siyaq:other-frames-topics': noFields,
  'siyaq:matcher': noFields,
  'siyaq:search': (fields) => (typeof fields.query === 'string' && fields.query.length <= MAX_QUERY ? { query: fields.query } : null),
  'siyaq:topic-names': topicsField,
  'siyaq:briefing': topicsField,
  'siyaq:articles': noFields,
  'siyaq:article': (fields) => (isId(fields.article) ? { article: fields.article } : null),
  'siyaq:packs': noFields,
  'siyaq:pack-enable': (fields) => {
    const pack = packField(fields);
    return pack && typeof fields.enabled === 'boolean' ? { ...pack, enabled: fields.enabled } : null;
  },
  'siyaq:pack-remove': packField,
  'siyaq:import-begin': (fields) => (isCount(fields.bytes, Number.MAX_SAFE_INTEGER) ? { bytes: fields.bytes } : null),
  'siyaq:import-chunk': (fields) => {
    const session = sessionField(fields);
    return session && isCount(fields.index, 1e6) && typeof fields.text === 'string' && fields.text.length <= MAX_CHUNK
      ? { ...session, index: fields.index, text: fields.text }
      : null;
  },
  'siyaq:import-commit': sessionField,
  'siyaq:import-cancel': sessionField,
  ...libraryParsers,
};

/** At most this many topics in one frame's report: more than the knowledge holds. */
const MAX_REPORTED_TOPICS = 10_000;

function parseTopicCounts(value: unknown): PageTopicCount[] | null {
  if (!Array.isArray(value) || value.length > MAX_REPORTED_TOPICS) return null;
  const topics: PageTopicCount[] = [];
  for (const item of value as unknown[]) {
    if (!isRecord(item) || !isId(item.topic)) return null;
    const count = item.count;
    if (typeof count !== 'number' || !Number.isInteger(count) || count < 1) return null;
    topics.push({ topic: item.topic, count });
  }
  return topics;
}

export const tabParsers: Parsers<TabProtocol> = {
  'siyaq:page-mentions': noFields,
  'siyaq:reveal': topicField,
  'siyaq:open-card-at-selection': noFields,
  'siyaq:step-mention': (fields) =>
    fields.direction === 'next' || fields.direction === 'previous' ? { direction: fields.direction } : null,
  'siyaq:knowledge-changed': (fields) =>
    typeof fields.revision === 'string' && fields.revision.length <= 10_000 ? { revision: fields.revision } : null,
  ...libraryTabParsers,
};

export type Parsed<P extends Protocol> = { [K in keyof P]: { type: K; request: P[K]['request'] } }[keyof P];

/**
 * A message as it arrived, if it is one of this protocol's: `null` for anything
 * that is not (another receiver's message, or a page's junk); `'malformed'`
 * for a known type with the wrong shape.
 */
export function parseMessage<P extends Protocol>(parsers: Parsers<P>, value: unknown): Parsed<P> | 'malformed' | null {
  if (!isRecord(value) || typeof value.type !== 'string' || !Object.hasOwn(parsers, value.type)) return null;
  const type = value.type as keyof P & string;
  const request = parsers[type](value);
  return request ? { type, request } : 'malformed';
}

export function parsePassageTarget(value: unknown): PassageTarget | null {
  if (!isRecord(value) || !isId(value.article)) return null;
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
