// The library's messages: plugged into the background's and the tabs'
// protocols (lib/messaging/protocol.ts), with hand-written shape checks, so a
// page cannot drive the library.
import type { TopicName } from '../knowledge/types';
import type { Parsers } from '../messaging/protocol';
import type { TrackCheck } from './track-name';
import type { SavedSummary } from './types';

/** What happened to a save, for the popup or page to say in the reader's language. */
export type SaveOutcome =
  | { outcome: 'saved' | 'updated'; id: string; title: string; truncated: boolean }
  | { outcome: 'no-article' | 'private' | 'unreadable' | 'quota' | 'failed'; detail?: string };

export type TrackOutcome = { ok: true; topic: TopicName; added: boolean } | Extract<TrackCheck, { ok: false }>;

export interface ImportOutcome {
  added: number;
  updated: number;
  unchanged: number;
  topics: number;
}

type NoFields = Record<string, never>;

export type LibraryProtocol = {
  /** Extract and save the article in that tab. */
  'siyaq:library-save': { request: { tab: number }; reply: SaveOutcome };
  'siyaq:library-list': { request: NoFields; reply: SavedSummary[] };
  'siyaq:library-delete': { request: { ids: string[] }; reply: SavedSummary[] };
  'siyaq:library-clear': { request: NoFields; reply: SavedSummary[] };
  /** Track a name as a personal topic. */
  'siyaq:library-track': { request: { name: string }; reply: TrackOutcome };
  'siyaq:library-topics': { request: NoFields; reply: TopicName[] };
  /** Rename a personal topic and set its aliases (the first name is the one shown). */
  'siyaq:library-topic-update': { request: { id: string; names: string[] }; reply: TopicName[] };
  'siyaq:library-topic-delete': { request: { id: string }; reply: TopicName[] };
  /** The library and personal topics as a .siyaq pack file's text. */
  'siyaq:library-export': { request: NoFields; reply: string };
  /** Merges such a file into the library: same address or same name is one, never two. */
  'siyaq:library-import': { request: { text: string }; reply: ImportOutcome };
};

export interface PageHtml {
  html: string;
  url: string;
}

export type LibraryTabProtocol = {
  /** The top frame's page as HTML, for saving it (the tab does nothing more: see extract.ts). */
  'siyaq:page-html': { request: NoFields; reply: PageHtml };
};

const SAVED_ID = /^mine-[0-9a-f]{20}$/;
const TOPIC_ID = /^mine-t-[0-9a-f]{16}$/;
const MAX_NAME = 200;
const MAX_IMPORT_CHARS = 64 * 1024 * 1024;
const noFields = (): NoFields => ({});
const isName = (v: unknown): v is string => typeof v === 'string' && v.length <= MAX_NAME;

export const libraryParsers: Parsers<LibraryProtocol> = {
  'siyaq:library-save': (f) => (typeof f.tab === 'number' && Number.isInteger(f.tab) && f.tab >= 0 ? { tab: f.tab } : null),
  'siyaq:library-list': noFields,
  'siyaq:library-delete': (f) =>
    Array.isArray(f.ids) && f.ids.length <= 10_000 && f.ids.every((id) => typeof id === 'string' && SAVED_ID.test(id))
      ? { ids: f.ids as string[] }
      : null,
  'siyaq:library-clear': noFields,
  'siyaq:library-track': (f) => (isName(f.name) ? { name: f.name } : null),
  'siyaq:library-topics': noFields,
  'siyaq:library-topic-update': (f) =>
    typeof f.id === 'string' &&
    TOPIC_ID.test(f.id) &&
    Array.isArray(f.names) &&
    f.names.length >= 1 &&
    f.names.length <= 50 &&
    f.names.every(isName)
      ? { id: f.id, names: f.names }
      : null,
  'siyaq:library-topic-delete': (f) => (typeof f.id === 'string' && TOPIC_ID.test(f.id) ? { id: f.id } : null),
  'siyaq:library-export': noFields,
  'siyaq:library-import': (f) => (typeof f.text === 'string' && f.text.length <= MAX_IMPORT_CHARS ? { text: f.text } : null),
};

export const libraryTabParsers: Parsers<LibraryTabProtocol> = {
  'siyaq:page-html': noFields,
};
