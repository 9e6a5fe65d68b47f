// The library's messages: plugged into the background's and the tabs'
// protocols (lib/messaging/protocol.ts), with hand-written shape checks, so a
// page cannot drive the library.
import type { Parsers } from '../messaging/protocol';
import type { SavedSummary } from './types';

/** What happened to a save, for the popup or page to say in the reader's language. */
export type SaveOutcome =
  | { outcome: 'saved' | 'updated'; id: string; title: string; truncated: boolean }
  | { outcome: 'no-article' | 'private' | 'unreadable' | 'quota' | 'failed'; detail?: string };

type NoFields = Record<string, never>;

export type LibraryProtocol = {
  /** Extract and save the article in that tab. */
  'siyaq:library-save': { request: { tab: number }; reply: SaveOutcome };
  'siyaq:library-list': { request: NoFields; reply: SavedSummary[] };
  'siyaq:library-delete': { request: { ids: string[] }; reply: SavedSummary[] };
  'siyaq:library-clear': { request: NoFields; reply: SavedSummary[] };
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
const noFields = (): NoFields => ({});

export const libraryParsers: Parsers<LibraryProtocol> = {
  'siyaq:library-save': (f) => (typeof f.tab === 'number' && Number.isInteger(f.tab) && f.tab >= 0 ? { tab: f.tab } : null),
  'siyaq:library-list': noFields,
  'siyaq:library-delete': (f) =>
    Array.isArray(f.ids) && f.ids.length <= 10_000 && f.ids.every((id) => typeof id === 'string' && SAVED_ID.test(id))
      ? { ids: f.ids as string[] }
      : null,
  'siyaq:library-clear': noFields,
};

export const libraryTabParsers: Parsers<LibraryTabProtocol> = {
  'siyaq:page-html': noFields,
};
