// The background's answers about the reader's library: saving the article of
// a tab (the tab extracts, the background links and stores), listing,
// deleting. Every outcome comes back as a SaveOutcome or a list, for the
// interface to word in the reader's language.
import { browser } from 'wxt/browser';

import type { Handlers } from '../messaging/channel';
import { sendToTab } from '../messaging/channel';
import { checkExtracted } from './check-extracted';
import type { ExtractResult } from './extract';
import { LibraryStorageError, type LibraryDB } from './library-db';
import type { LibraryProtocol, SaveOutcome } from './messages';
import { extractInExtension } from './offscreen';
import { toRecord, type Detect } from './saved-record';

/** Pages beyond this many characters of HTML are refused before parsing (a 5 MB page is well within). */
const MAX_PAGE_CHARS = 40_000_000;

export interface LibraryDeps {
  db: LibraryDB;
  /** The detector over every name Siyaq knows now, for linking passages to topics. */
  detect: () => Promise<Detect>;
  /** Whether saving from private windows is turned on. */
  saveInPrivate: () => Promise<boolean>;
  /** Called after every change, to refresh the "My library" knowledge. */
  changed: () => void;
}

export function libraryHandlers(deps: LibraryDeps): Handlers<LibraryProtocol> {
  const afterChange = async <T>(work: Promise<T>): Promise<T> => {
    const result = await work;
    deps.changed();
    return result;
  };
  return {
    'siyaq:library-save': ({ tab }) => saveTab(tab, deps),
    'siyaq:library-list': () => deps.db.summaries(),
    'siyaq:library-delete': ({ ids }) => afterChange(deps.db.delete(ids).then(() => deps.db.summaries())),
    'siyaq:library-clear': () => afterChange(deps.db.clear().then(() => deps.db.summaries())),
  };
}

/** Extracts the tab's article and saves it; refuses private windows unless turned on. */
export async function saveTab(tabId: number, deps: LibraryDeps): Promise<SaveOutcome> {
  const tab = await browser.tabs.get(tabId).catch(() => null);
  if (!tab) return { outcome: 'unreadable' };
  if (tab.incognito && !(await deps.saveInPrivate())) return { outcome: 'private' };

  // The top frame sends its HTML; a closed or reloading tab gives no answer and nothing is stored.
  const reply = await sendToTab(tabId, 'siyaq:page-html', {}, { frameId: 0 });
  if (!reply.ok || typeof reply.value.html !== 'string' || typeof reply.value.url !== 'string') {
    return { outcome: 'unreadable', detail: reply.ok ? 'no page' : reply.error.message };
  }
  if (reply.value.html.length > MAX_PAGE_CHARS) return { outcome: 'no-article', detail: 'the page is too large' };
  let extracted: ExtractResult;
  try {
    extracted = await extractInExtension(reply.value.html, reply.value.url);
  } catch (error) {
    return { outcome: 'failed', detail: error instanceof Error ? error.message : String(error) };
  }
  if (!extracted.ok) return { outcome: 'no-article' };
  const article = checkExtracted(extracted.article);
  if (!article) return { outcome: 'failed', detail: 'the extracted article was malformed' };

  const record = await toRecord(article, await deps.detect(), Date.now());
  const existed = await deps.db.has(record.id);
  try {
    await deps.db.put([record]);
  } catch (error) {
    if (error instanceof LibraryStorageError) return { outcome: error.code === 'quota' ? 'quota' : 'failed', detail: error.message };
    throw error;
  }
  deps.changed();
  return { outcome: existed ? 'updated' : 'saved', id: record.id, title: record.title, truncated: record.truncated };
}
