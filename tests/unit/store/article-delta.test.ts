// A live pack's articles added, replaced or removed in place give exactly the
// knowledge that merging every pack again would give, with the pack in the
// middle of the priority order (articles and passages stay in pack order).
import { describe, expect, it } from 'vitest';

import { compileSources } from '../../../lib/knowledge/compile';
import { knownTopics } from '../../../lib/library/library-knowledge';
import { buildLibraryPack, LIBRARY_PACK_ID, linkArticle } from '../../../lib/library/library-pack';
import type { SavedRecord } from '../../../lib/library/saved-record';
import { mergePacks, type PackSource } from '../../../lib/packs/merge';
import { applyPackDelta } from '../../../lib/store/article-delta';
import { corpus } from '../knowledge/corpus';
import { bundled, savedRecord } from '../library/saved-fixture';

const builtin: PackSource = { meta: { id: 'siyaq', title: { ar: 'سياق', en: 'Siyaq' } }, ...bundled };
const later: PackSource = { meta: { id: 'later', title: { ar: 'لاحقة', en: 'Later' } }, ...compileSources(corpus()) };
const known = knownTopics([builtin.names, later.names]);

const record = (i: number, savedAt = i): SavedRecord => savedRecord(i, (article) => article.blocks.slice(0, 3 + (i % 4)), { savedAt });

const merged = (records: SavedRecord[]) => {
  const library = buildLibraryPack(records, known, [], new Date(0));
  return mergePacks([builtin, library, later]);
};
const priority = new Map([
  ['siyaq', 0],
  [LIBRARY_PACK_ID, 1],
  ['later', 2],
]);
const linked = (r: SavedRecord) => linkArticle(r, known, new Map());
const comparable = (k: ReturnType<typeof mergePacks>) => ({ ...k, articlePack: [...k.articlePack].sort(([a], [b]) => a.localeCompare(b)) });

describe('applyPackDelta', () => {
  const saved = [record(1), record(2), record(3)];

  it('adds a saved article after the library’s others and before a later pack’s', () => {
    const k = merged(saved);
    const next = record(4);
    const change = applyPackDelta(k, LIBRARY_PACK_ID, priority, { put: [linked(next)], remove: [] });
    expect(change.put.map((a) => a.id)).toEqual([next.id]);
    expect(comparable(k)).toEqual(comparable(merged([...saved, next])));
    expect(k.details.articles.at(-1)!.id).not.toBe(next.id);
  });

  it('replaces an article saved again (it moves to the end of the library) and removes one', () => {
    const k = merged(saved);
    const again = { ...record(1), savedAt: 10 };
    applyPackDelta(k, LIBRARY_PACK_ID, priority, { put: [linked(again)], remove: [saved[1]!.id] });
    expect(comparable(k)).toEqual(comparable(merged([saved[2]!, again])));
    const passages = Object.values(k.details.topics).flatMap((t) => t.passages);
    expect(passages.some((p) => p.article === saved[1]!.id)).toBe(false);
  });

  it('removes every article down to an empty library, and leaves other packs’ articles alone', () => {
    const k = merged(saved);
    const change = applyPackDelta(k, LIBRARY_PACK_ID, priority, { put: [], remove: [...saved.map((r) => r.id), 'alpha'] });
    expect(change.remove.sort()).toEqual(saved.map((r) => r.id).sort());
    expect(comparable(k)).toEqual(comparable(merged([])));
    expect(k.articlePack.get('alpha')).toBe('later');
  });

  it('does not take an article id another pack already has', () => {
    const k = merged(saved);
    const clash = { ...linked(record(5)), article: { ...linked(record(5)).article, id: 'alpha' } };
    const change = applyPackDelta(k, LIBRARY_PACK_ID, priority, { put: [clash], remove: [] });
    expect(change.put).toEqual([]);
    expect(comparable(k)).toEqual(comparable(merged(saved)));
  });
});
