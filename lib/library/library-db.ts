// The reader's library in IndexedDB (through idb), owned by the background.
// Every change is one transaction over the full record and its list entry, so
// an interrupted save, a full disk or two saves at once never leave half an
// article or a list entry without its article.
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';

import type { TopicName } from '../knowledge/types';
import type { SavedRecord } from './saved-record';
import { summaryOf } from './saved-record';
import type { SavedSummary } from './types';

interface LibrarySchema extends DBSchema {
  articles: { key: string; value: SavedRecord };
  /** Small list entries, so that listing 5,000 articles does not read their text. */
  summaries: { key: string; value: SavedSummary };
  /** Names the reader tracks (personal topics). */
  topics: { key: string; value: TopicName };
}

export const LIBRARY_DB_NAME = 'siyaq-library';

export class LibraryStorageError extends Error {
  constructor(
    readonly code: 'quota' | 'interrupted',
    message: string,
  ) {
    super(message);
    this.name = 'LibraryStorageError';
  }
}

export class LibraryDB {
  private readonly db: Promise<IDBPDatabase<LibrarySchema>>;

  constructor(name = LIBRARY_DB_NAME) {
    this.db = openDB<LibrarySchema>(name, 2, {
      upgrade(db, oldVersion) {
        if (oldVersion < 1) {
          db.createObjectStore('articles', { keyPath: 'id' });
          db.createObjectStore('summaries', { keyPath: 'id' });
        }
        if (oldVersion < 2) db.createObjectStore('topics', { keyPath: 'id' });
      },
    });
  }

  /** Saves or replaces records (same id), all or none. */
  async put(records: readonly SavedRecord[]): Promise<void> {
    const db = await this.db;
    const tx = db.transaction(['articles', 'summaries'], 'readwrite');
    for (const record of records) {
      void tx.objectStore('articles').put(record);
      void tx.objectStore('summaries').put(summaryOf(record));
    }
    await guard(tx.done);
  }

  async get(id: string): Promise<SavedRecord | undefined> {
    return (await this.db).get('articles', id);
  }

  async has(id: string): Promise<boolean> {
    return (await (await this.db).getKey('summaries', id)) !== undefined;
  }

  async summaries(): Promise<SavedSummary[]> {
    return (await this.db).getAll('summaries');
  }

  async all(): Promise<SavedRecord[]> {
    return (await this.db).getAll('articles');
  }

  async delete(ids: readonly string[]): Promise<void> {
    const db = await this.db;
    const tx = db.transaction(['articles', 'summaries'], 'readwrite');
    for (const id of ids) {
      void tx.objectStore('articles').delete(id);
      void tx.objectStore('summaries').delete(id);
    }
    await guard(tx.done);
  }

  async topics(): Promise<TopicName[]> {
    return (await this.db).getAll('topics');
  }

  /** Writes personal topics and deletes others, with the records relinked to them, all or none. */
  async changeTopics(put: readonly TopicName[], remove: readonly string[], relinked: readonly SavedRecord[] = []): Promise<void> {
    const db = await this.db;
    const tx = db.transaction(['topics', 'articles', 'summaries'], 'readwrite');
    for (const topic of put) void tx.objectStore('topics').put(topic);
    for (const id of remove) void tx.objectStore('topics').delete(id);
    for (const record of relinked) {
      void tx.objectStore('articles').put(record);
      void tx.objectStore('summaries').put(summaryOf(record));
    }
    await guard(tx.done);
  }

  async clear(): Promise<void> {
    const db = await this.db;
    const tx = db.transaction(['articles', 'summaries'], 'readwrite');
    void tx.objectStore('articles').clear();
    void tx.objectStore('summaries').clear();
    await guard(tx.done);
  }
}

/** Storage failures in the reader's words; the transaction has rolled back, so nothing changed. */
async function guard(done: Promise<unknown>): Promise<void> {
  try {
    await done;
  } catch (error) {
    const name = error instanceof DOMException ? error.name : '';
    if (name === 'QuotaExceededError') {
      throw new LibraryStorageError(
        'quota',
        'The browser’s storage for Siyaq is full, so the article was not saved. Your library is as it was.',
      );
    }
    throw new LibraryStorageError(
      'interrupted',
      `The library could not be changed (${error instanceof Error ? error.message : String(error)}). It is as it was.`,
    );
  }
}
