// A tracked name's passages in the packs. The library's own articles are
// linked with tracked names when saved (and again when a name changes); the
// other packs' articles were linked when their pack was built, before the
// reader tracked anything. So, every time the packs are merged, the tracked
// names are looked for in the other packs' articles with the same detector
// (same variants: hamza, ta marbuta, clitics, Latin case), and each sentence
// that names one becomes a passage of its topic, with a mark where it is
// named. Spans a pack already gives to one of its own topics stay with it, as
// the detector would keep the longer known name.
import { createDetector } from '../detect';
import type { Article, Block, DetailsIndex, NamesIndex, PassageRef } from '../knowledge/types';
import { PERSONAL_ID_PREFIX } from './track-name';

export interface LinkableKnowledge {
  names: NamesIndex;
  details: DetailsIndex;
  /** Article id → the pack it comes from. */
  articlePack: ReadonlyMap<string, string>;
}

/**
 * The knowledge with the tracked names linked into every article outside
 * `libraryPack` (whose articles are linked already). Articles that name no
 * tracked name are the same objects; the others are copies, so a pack's own
 * data is never changed.
 */
export function linkTrackedNames<K extends LinkableKnowledge>(knowledge: K, libraryPack: string): K {
  const tracked = knowledge.names.topics.filter((t) => t.id.startsWith(PERSONAL_ID_PREFIX));
  if (tracked.length === 0) return knowledge;
  const detector = createDetector({ version: 1, topics: tracked });
  const found = new Map<string, PassageRef[]>();

  const articles = knowledge.details.articles.map((article): Article => {
    if (knowledge.articlePack.get(article.id) === libraryPack) return article;
    let changed = false;
    const blocks = article.blocks.map((block, b): Block => {
      const taken = block.mentions;
      const fresh = detector
        .detect(block.text)
        .filter((m) => !taken.some((t) => m.start < t.end && t.start < m.end))
        .map(({ topic, start, end }) => ({ topic, start, end }));
      if (fresh.length === 0) return block;
      changed = true;
      for (const m of fresh) {
        const sentence = Math.max(
          0,
          block.sentences.findIndex(([, end]) => m.start < end),
        );
        const list = found.get(m.topic) ?? [];
        const last = list.at(-1);
        if (!last || last.article !== article.id || last.block !== b || last.sentence !== sentence)
          list.push({ article: article.id, block: b, sentence });
        found.set(m.topic, list);
      }
      return { ...block, mentions: [...taken, ...fresh].sort((x, y) => x.start - y.start) };
    });
    return changed ? { ...article, blocks } : article;
  });
  if (found.size === 0) return knowledge;

  const topics = { ...knowledge.details.topics };
  for (const [id, passages] of found) {
    const info = topics[id];
    if (info) topics[id] = { ...info, passages: [...info.passages, ...passages] };
  }
  return { ...knowledge, details: { version: 1, articles, topics } };
}
