// Several packs → one knowledge, as cards, search, the reader and the matcher
// see it. Packs are taken in priority order: the built-in pack first, then
// the others in the order they were installed.
//
// One topic id across packs is one topic: its names, aliases, exclusions and
// related topics are united, and its facts and passages come from every pack
// (each article remembers its pack, so a card shows where a passage is from).
// The first pack gives the topic's kind, display name, background and whether
// it is marked.
//
// The alias rule: an alias (compared as the detector compares it) that two
// packs give to different topics stays with the topic of the pack that comes
// first, and is dropped from the later pack's topic with a warning, which the
// import reports and the options page keeps showing under that pack. Turning
// off or removing the earlier pack gives the alias back, since the merge is
// redone from the enabled packs every time. An article id that an earlier pack
// already uses is dropped the same way, with the later pack's facts and
// passages that point into it.
import type { DetailsIndex, NamesIndex, TopicDetails, TopicName } from '../knowledge/types';
import { normalizeKey } from '../text/normalize';
import type { PackMeta } from './types';

export interface PackSource {
  meta: Pick<PackMeta, 'id' | 'title'>;
  names: NamesIndex;
  details: DetailsIndex;
}

export interface MergeWarning {
  /** The pack whose alias or article was dropped. */
  pack: string;
  kind: 'alias' | 'article';
  /** The alias or the article id. */
  what: string;
  /** The later pack's topic that lost the alias (alias conflicts only). */
  topic?: string;
  /** Who keeps it: pack and (for an alias) topic. */
  keptBy: { pack: string; topic?: string };
}

export interface MergedKnowledge {
  names: NamesIndex;
  details: DetailsIndex;
  /** Article id → the pack it comes from. */
  articlePack: Map<string, string>;
  warnings: MergeWarning[];
}

export function mergePacks(packs: readonly PackSource[]): MergedKnowledge {
  const topics = new Map<string, TopicName>();
  const aliasKeys = new Map<string, Set<string>>();
  const claims = new Map<string, { pack: string; topic: string }>();
  const articlePack = new Map<string, string>();
  const articles: DetailsIndex['articles'] = [];
  const details: Record<string, TopicDetails> = {};
  const warnings: MergeWarning[] = [];

  for (const { meta, names, details: own } of packs) {
    for (const t of names.topics) {
      let topic = topics.get(t.id);
      if (!topic) {
        topic = { ...t, aliases: [], exclude: [], nested: [] };
        topics.set(t.id, topic);
        aliasKeys.set(t.id, new Set());
      }
      const keys = aliasKeys.get(t.id)!;
      for (const alias of t.aliases) {
        const key = normalizeKey(alias);
        const claim = claims.get(key);
        if (claim && claim.topic !== t.id) {
          warnings.push({ pack: meta.id, kind: 'alias', what: alias, topic: t.id, keptBy: claim });
          continue;
        }
        claims.set(key, claim ?? { pack: meta.id, topic: t.id });
        if (!keys.has(key)) {
          keys.add(key);
          topic.aliases.push(alias);
        }
      }
      unite(topic.exclude, t.exclude);
      unite((topic.nested ??= []), t.nested ?? []);
    }

    const dropped = new Set<string>();
    for (const article of own.articles) {
      const owner = articlePack.get(article.id);
      if (owner !== undefined) {
        dropped.add(article.id);
        warnings.push({ pack: meta.id, kind: 'article', what: article.id, keptBy: { pack: owner } });
        continue;
      }
      articlePack.set(article.id, meta.id);
      articles.push(article);
    }

    for (const [id, info] of Object.entries(own.topics)) {
      const merged = (details[id] ??= { id, background: info.background, facts: [], related: [], passages: [] });
      merged.facts.push(...info.facts.filter((f) => !dropped.has(f.cite.article)));
      merged.passages.push(...info.passages.filter((p) => !dropped.has(p.article)));
      unite(merged.related, info.related);
    }
  }

  for (const topic of topics.values()) if (topic.nested?.length === 0) delete topic.nested;
  return {
    names: { version: 1, topics: [...topics.values()] },
    details: { version: 1, articles, topics: details },
    articlePack,
    warnings,
  };
}

function unite(into: string[], more: readonly string[]): void {
  for (const item of more) if (!into.includes(item)) into.push(item);
}

/** One line for a warning, in English (the options page words it in the reader's language). */
export function describeWarning(w: MergeWarning): string {
  return w.kind === 'alias'
    ? `alias "${w.what}" of ${w.topic} (pack ${w.pack}) is dropped: pack ${w.keptBy.pack} gives it to ${w.keptBy.topic}`
    : `article "${w.what}" of pack ${w.pack} is dropped: pack ${w.keptBy.pack} already has an article with that id`;
}
