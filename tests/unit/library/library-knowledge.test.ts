// The "My library" pack kept in step by deltas: after saves and deletes the
// merged knowledge is what merging the whole library again gives, without
// the knowledge being rebuilt (same object) or the pack listed again; an
// empty library is no pack; tracked names merge it again. The store here is
// an in-memory stand-in with the real merge and delta (IndexedDB is covered
// by the Chromium tests).
import { describe, expect, it } from 'vitest';

import type { NamesIndex, TopicName } from '../../../lib/knowledge/types';
import type { LibraryDB } from '../../../lib/library/library-db';
import { knownTopics, LibraryKnowledge, type PackSink } from '../../../lib/library/library-knowledge';
import { buildLibraryPack, LIBRARY_PACK_ID } from '../../../lib/library/library-pack';
import { summaryOf, type SavedRecord } from '../../../lib/library/saved-record';
import { mergePacks, type MergedKnowledge, type PackSource } from '../../../lib/packs/merge';
import { applyPackDelta } from '../../../lib/store/article-delta';
import type { LivePack } from '../../../lib/store/knowledge-store';
import { bundled, savedRecord } from './saved-fixture';

const builtin: PackSource = { meta: { id: 'siyaq', title: { ar: 'سياق', en: 'Siyaq' } }, ...bundled };

const record = (i: number): SavedRecord =>
  savedRecord(i, undefined, { direction: 'rtl', date: { date: `2024-0${1 + (i % 9)}-01`, inferred: false, note: '' } });

class MemoryDB {
  readonly records = new Map<string, SavedRecord>();
  topicList: TopicName[] = [];
  async all() {
    return [...this.records.values()];
  }
  async summaries() {
    return [...this.records.values()].map(summaryOf);
  }
}

/** The store's part the library uses: the real merge and delta, the list entry in memory. */
class MemoryStore implements PackSink {
  live: LivePack | null = null;
  listed = false;
  lists = 0;
  merges = 0;
  private merged: Promise<MergedKnowledge> | null = null;
  attachLive(pack: LivePack) {
    this.live = pack;
  }
  async putLive(_meta: unknown, hash: string, _bytes: number, options: { force?: boolean } = {}) {
    if (this.listed && hash === this.hash && !options.force) return;
    this.listed = true;
    this.hash = hash;
    this.lists++;
    this.merged = null;
  }
  private hash = '';
  async applyLive(id: string, delta: Parameters<PackSink['applyLive']>[1]) {
    if (!this.merged) return;
    applyPackDelta(
      await this.merged,
      id,
      new Map([
        ['siyaq', 0],
        [LIBRARY_PACK_ID, 1],
      ]),
      delta,
    );
  }
  async has() {
    return this.listed;
  }
  async remove() {
    this.listed = false;
    this.merged = null;
  }
  knowledge() {
    return (this.merged ??= (async () => {
      this.merges++;
      const sources: PackSource[] = [builtin];
      if (this.listed) sources.push(await this.live!.build([builtin.names]));
      return mergePacks(sources);
    })());
  }
}

function setup() {
  const db = new MemoryDB();
  const store = new MemoryStore();
  const library = new LibraryKnowledge(db as unknown as LibraryDB, store, async () => db.topicList);
  const save = async (r: SavedRecord) => {
    db.records.set(r.id, r);
    await library.saved(r);
  };
  const expected = () => {
    const records = [...db.records.values()];
    const sources: PackSource[] = [builtin];
    if (records.length > 0 || db.topicList.length > 0) sources.push(buildLibraryPack(records, knownTopics(bundled.names), db.topicList));
    return mergePacks(sources);
  };
  return { db, store, library, save, expected };
}

const same = (k: MergedKnowledge) => ({ articles: k.details.articles, topics: k.details.topics, names: k.names, pack: [...k.articlePack] });

describe('LibraryKnowledge', () => {
  it('lists the pack on the first save, then puts each save into the knowledge in place', async () => {
    const { store, save, expected } = setup();
    await save(record(1));
    expect(store.lists).toBe(1);
    const k = await store.knowledge();
    await save(record(2));
    await save(record(3));
    await save({ ...record(1), savedAt: 9 }); // saved again: it moves to the end
    expect(await store.knowledge()).toBe(k);
    expect(store.lists).toBe(1);
    expect(store.merges).toBe(1);
    expect(same(k)).toEqual(same(expected()));
    expect(k.details.articles.at(-1)!.id).toBe(record(1).id);
  });

  it('takes deletes in place, and an emptied library is no pack', async () => {
    const { db, store, library, save, expected } = setup();
    for (const i of [1, 2, 3]) await save(record(i));
    const k = await store.knowledge();
    db.records.delete(record(2).id);
    await library.deleted([record(2).id]);
    expect(await store.knowledge()).toBe(k);
    expect(same(k)).toEqual(same(expected()));
    db.records.clear();
    await library.deleted([record(1).id, record(3).id]);
    expect(store.listed).toBe(false);
    expect(same(await store.knowledge())).toEqual(same(expected()));
  });

  it('keeps the pack for tracked names alone, and merges it again when they change', async () => {
    const { db, store, library, save, expected } = setup();
    await save(record(1));
    const salma: TopicName = {
      id: 'mine-t-salma',
      kind: 'person',
      name: { ar: 'سلمى حداد', en: 'Salma Haddad' },
      aliases: ['سلمى حداد'],
      exclude: [],
      marked: true,
    };
    db.topicList = [salma];
    await library.rebuild(true);
    expect(store.lists).toBe(2);
    db.records.clear();
    await library.deleted([record(1).id]);
    expect(store.listed).toBe(true);
    const k = await store.knowledge();
    expect(k.details.articles.some((a) => a.id === record(1).id)).toBe(false);
    expect(same(k)).toEqual(same(expected()));
    // Nothing changed: a start does not merge again.
    await library.rebuild();
    expect(store.lists).toBe(2);
  });

  it('gives the listing from the knowledge: articles, topics, dates', async () => {
    const { store, library, save } = setup();
    for (const i of [1, 2, 3]) await save(record(i));
    const listing = library.listing(await store.knowledge());
    expect(listing?.meta.counts.articles).toBe(3);
    expect(listing?.meta.counts.topics).toBeGreaterThan(0);
    expect(listing?.meta.dates).toEqual({ from: '2024-02-01', to: '2024-04-01' });
    expect(listing?.bytes).toBeGreaterThan(0);
  });

  it('finds topics of every other pack, and not its own stubs or tracked names', () => {
    const names: NamesIndex = {
      version: 1,
      topics: [
        { id: 'a', kind: 'place', name: { ar: 'أ', en: 'A' }, aliases: ['Aa'], exclude: [], marked: true },
        { id: 'stub', kind: 'place', name: { ar: 'ب', en: 'B' }, aliases: [], exclude: [], marked: true },
        { id: 'mine-t-x', kind: 'person', name: { ar: 'س', en: 'X' }, aliases: ['Xx'], exclude: [], marked: true },
      ],
    };
    const other: NamesIndex = { version: 1, topics: [{ ...names.topics[0]!, id: 'c' }] };
    expect([...knownTopics(names).keys()]).toEqual(['a']);
    expect([...knownTopics([names, other]).keys()]).toEqual(['a', 'c']);
  });
});
