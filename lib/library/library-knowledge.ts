// Keeps the "My library" pack in the knowledge store in step with the saved
// articles. The pack is a live pack (lib/store/knowledge-store.ts): its body
// is the library database itself, built whole only when the store merges all
// packs (a start, a pack turned on or off, tracked names changed, an import).
// A save or a delete reaches the merged knowledge as a delta: the one
// article's passages linked and put in place, nothing re-serialised, and the
// tabs' matcher untouched, since no name changed. An empty library is no pack.
import type { NamesIndex, TopicName } from '../knowledge/types';
import { sha256Hex } from '../packs/format';
import type { MergedKnowledge } from '../packs/merge';
import type { PackMeta } from '../packs/types';
import type { PackDelta } from '../store/article-delta';
import type { LivePack } from '../store/knowledge-store';
import type { LibraryDB } from './library-db';
import { buildLibraryPack, LIBRARY_PACK_ID, libraryMeta, linkArticle } from './library-pack';
import type { SavedRecord } from './saved-record';
import { PERSONAL_ID_PREFIX } from './track-name';

/** What the library needs of the knowledge store (lib/store/knowledge-store.ts). */
export interface PackSink {
  attachLive(pack: LivePack): void;
  putLive(meta: PackMeta, namesHash: string, bytes: number, options?: { force?: boolean }): Promise<void>;
  applyLive(id: string, delta: PackDelta): Promise<void>;
  has(id: string): Promise<boolean>;
  remove(id: string): Promise<void>;
  knowledge(): Promise<MergedKnowledge & { names: NamesIndex }>;
}

/**
 * Topics of the other packs: this pack's own stubs (no aliases) and personal
 * topics (kept in the library database) are left out, so that a topic whose
 * pack was removed, or a name no longer tracked, does not live on here.
 */
export function knownTopics(names: NamesIndex | readonly NamesIndex[]): Map<string, TopicName> {
  const all = Array.isArray(names) ? (names as readonly NamesIndex[]) : [names as NamesIndex];
  const known = new Map<string, TopicName>();
  for (const index of all) {
    for (const t of index.topics) if (t.aliases.length > 0 && !t.id.startsWith(PERSONAL_ID_PREFIX) && !known.has(t.id)) known.set(t.id, t);
  }
  return known;
}

/** Names the personal topics exactly: the pack's part of the knowledge revision, so the matcher follows them. */
async function namesHash(personal: readonly TopicName[]): Promise<string> {
  const sorted = [...personal].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return sha256Hex(new TextEncoder().encode(JSON.stringify(sorted)));
}

export class LibraryKnowledge implements LivePack {
  readonly id = LIBRARY_PACK_ID;
  /** Library changes reach the store one at a time, in the order they were made. */
  private queue: Promise<void> = Promise.resolve();
  private personalNow: TopicName[] = [];

  constructor(
    private readonly db: LibraryDB,
    private readonly store: PackSink,
    private readonly personal: () => Promise<TopicName[]> = async () => [],
  ) {
    store.attachLive(this);
  }

  /** The whole pack, for the store's merge. */
  async build(others: readonly NamesIndex[]) {
    const [records, personal] = await Promise.all([this.db.all(), this.personal()]);
    this.personalNow = personal;
    return buildLibraryPack(records, knownTopics(others), personal);
  }

  /** Counts and dates from the merged knowledge (null while the pack is off: the stored entry is shown). */
  listing(k: MergedKnowledge): { meta: PackMeta; bytes: number } | null {
    const articles = k.details.articles.filter((a) => k.articlePack.get(a.id) === LIBRARY_PACK_ID);
    if (articles.length === 0 && this.personalNow.length === 0) return null;
    const mine = new Set(articles.map((a) => a.id));
    const topics = new Set(this.personalNow.map((t) => t.id));
    for (const [id, details] of Object.entries(k.details.topics)) if (details.passages.some((p) => mine.has(p.article))) topics.add(id);
    const bytes = articles.reduce((n, a) => n + a.blocks.reduce((m, b) => m + b.text.length, 0), 0);
    return { meta: libraryMeta(articles, topics.size), bytes };
  }

  /** After `record` was stored (new, or replacing the same address). */
  saved(record: SavedRecord): Promise<void> {
    return this.run(async () => {
      if (!(await this.store.has(LIBRARY_PACK_ID))) return this.sync(false);
      const k = await this.store.knowledge();
      const own = new Map(this.personalNow.map((t) => [t.id, t]));
      const linked = linkArticle(record, knownTopics(k.names), own);
      await this.store.applyLive(LIBRARY_PACK_ID, { put: [linked], remove: [] });
    });
  }

  /** After records were deleted. */
  deleted(ids: readonly string[]): Promise<void> {
    return this.run(async () => {
      const [summaries, personal] = await Promise.all([this.db.summaries(), this.personal()]);
      // An empty library is no pack at all (tracked names alone keep it).
      if (summaries.length === 0 && personal.length === 0) return this.sync(false);
      await this.store.knowledge();
      await this.store.applyLive(LIBRARY_PACK_ID, { put: [], remove: ids });
    });
  }

  /**
   * The whole pack merged again (tracked names changed, an import, a start):
   * `force` merges even when the names are the same as stored.
   */
  rebuild(force = false): Promise<void> {
    return this.run(() => this.sync(force));
  }

  private async sync(force: boolean): Promise<void> {
    const [summaries, personal] = await Promise.all([this.db.summaries(), this.personal()]);
    this.personalNow = personal;
    if (summaries.length === 0 && personal.length === 0) {
      if (await this.store.has(LIBRARY_PACK_ID)) await this.store.remove(LIBRARY_PACK_ID);
      return;
    }
    const meta = libraryMeta(
      summaries.map((s) => ({ date: { value: s.date, inferred: false, note: '' } })),
      personal.length,
    );
    const bytes = summaries.reduce((n, s) => n + s.chars, 0);
    await this.store.putLive(meta, await namesHash(personal), bytes, { force });
  }

  /** Runs after the changes before it; a failure is logged (the library itself is already stored). */
  private run(work: () => Promise<void>): Promise<void> {
    const next = this.queue
      .then(work)
      .catch((error: unknown) => console.warn('Siyaq: the library could not be merged into the knowledge', error));
    this.queue = next;
    return next;
  }
}
