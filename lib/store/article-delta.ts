// One pack's articles added or removed in merged knowledge, in place, giving
// what merging every pack again would give (lib/packs/merge.ts): articles
// and passages stay in pack priority order, so the pack's new article goes
// after its others and before those of any later pack. This is how a saved
// article reaches cards and search without the whole library being merged
// again. Names never change this way (a pack's topics change by a full merge).
import type { Article, PassageRef } from '../knowledge/types';
import type { MergedKnowledge } from '../packs/merge';

/** An article of the pack and the passages it gives each topic. */
export interface DeltaArticle {
  article: Article;
  passages: readonly (readonly [topic: string, ref: PassageRef])[];
}

export interface PackDelta {
  /** Added, or replacing the pack's article with the same id (then it moves to the end of the pack's articles). */
  put: readonly DeltaArticle[];
  remove: readonly string[];
}

/**
 * Applies the delta of pack `pack`; `priority` gives every enabled pack's place
 * in the merge. Returns the articles actually added and removed (an article id
 * another pack already has is left out, as the merge leaves it out).
 */
export function applyPackDelta(
  k: MergedKnowledge,
  pack: string,
  priority: ReadonlyMap<string, number>,
  delta: PackDelta,
): { put: Article[]; remove: string[] } {
  const rankOf = (article: string) => priority.get(k.articlePack.get(article) ?? '') ?? Infinity;
  const mine = priority.get(pack) ?? Infinity;
  const removed = new Set<string>();
  for (const id of [...delta.remove, ...delta.put.map((d) => d.article.id)]) {
    if (k.articlePack.get(id) === pack) removed.add(id);
  }
  if (removed.size > 0) {
    k.details.articles = k.details.articles.filter((a) => !removed.has(a.id));
    for (const details of Object.values(k.details.topics)) {
      if (details.passages.some((p) => removed.has(p.article))) details.passages = details.passages.filter((p) => !removed.has(p.article));
      if (details.facts.some((f) => removed.has(f.cite.article))) details.facts = details.facts.filter((f) => !removed.has(f.cite.article));
    }
    for (const id of removed) k.articlePack.delete(id);
  }

  const added: Article[] = [];
  for (const { article, passages } of delta.put) {
    if (k.articlePack.has(article.id)) continue;
    insertAfterRank(k.details.articles, article, (a) => rankOf(a.id), mine);
    k.articlePack.set(article.id, pack);
    added.push(article);
    for (const [topic, ref] of passages) {
      const details = k.details.topics[topic];
      if (details) insertAfterRank(details.passages, ref, (p) => rankOf(p.article), mine);
    }
  }
  return { put: added, remove: [...removed].filter((id) => !added.some((a) => a.id === id)) };
}

/** Inserts item after the last entry whose pack comes no later than `rank` (lists are in pack order). */
function insertAfterRank<T>(list: T[], item: T, rankOf: (entry: T) => number, rank: number): void {
  let at = list.length;
  while (at > 0 && rankOf(list[at - 1]!) > rank) at--;
  list.splice(at, 0, item);
}
