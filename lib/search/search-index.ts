// Fuzzy search over everything bundled: topic names and aliases in both
// languages, and article sentences. Queries and entries go through the
// detector's normalisation, so hamza, taa marbuta, alef maqsura, diacritics and
// Persian letters never matter; fuse.js forgives typos and transliterations.
import Fuse from 'fuse.js';

import type { Bilingual, DetailsIndex, NamesIndex, TopicKind } from '../knowledge/types';
import { normalizeKey } from '../text/normalize';
import { scriptParts } from './script-parts';
import { TrigramIndex } from './trigram-index';

interface TopicEntry {
  kind: 'topic';
  topic: string;
  /** The name or alias as written, and its normalised form. */
  label: string;
  key: string;
  /** Extra weight for a topic's own names over its aliases. */
  primary: boolean;
}

interface PassageEntry {
  kind: 'passage';
  article: string;
  block: number;
  sentence: number;
  label: string;
  key: string;
}

export type SearchHit =
  | { kind: 'topic'; topic: string; name: Bilingual; topicKind: TopicKind; matched: string; score: number }
  | {
      kind: 'passage';
      article: string;
      articleTitle: string;
      block: number;
      sentence: number;
      text: string;
      matched: string;
      score: number;
    };

const TOPIC_OPTIONS = {
  keys: ['key'],
  includeScore: true,
  ignoreLocation: true,
  threshold: 0.4,
  minMatchCharLength: 2,
};

const PASSAGE_OPTIONS = {
  keys: ['key'],
  includeScore: true,
  ignoreLocation: true,
  threshold: 0.25,
  minMatchCharLength: 3,
};

/** How many prefiltered entries fuse.js scores per keystroke. */
const TOPIC_CANDIDATES = 300;
const PASSAGE_CANDIDATES = 150;

export class SearchIndex {
  private readonly topicEntries: TopicEntry[] = [];
  private readonly passageEntries: PassageEntry[] = [];
  private readonly topicGrams: TrigramIndex;
  private readonly passageGrams: TrigramIndex;
  private readonly names = new Map<string, { name: Bilingual; kind: TopicKind }>();
  private readonly titles = new Map<string, string>();

  constructor(names: NamesIndex, details: DetailsIndex) {
    const topicEntries = this.topicEntries;
    for (const t of names.topics) {
      this.names.set(t.id, { name: t.name, kind: t.kind });
      const seen = new Set<string>();
      for (const [label, primary] of [[t.name.ar, true], [t.name.en, true], ...t.aliases.map((a) => [a, false] as const)] as const) {
        const key = normalizeKey(label);
        if (!key || seen.has(key)) continue;
        seen.add(key);
        topicEntries.push({ kind: 'topic', topic: t.id, label, key, primary });
      }
    }
    const passageEntries = this.passageEntries;
    for (const article of details.articles) {
      this.titles.set(article.id, article.title);
      article.blocks.forEach((block, b) =>
        block.sentences.forEach(([from, to], s) => {
          const label = block.text.slice(from, to);
          passageEntries.push({ kind: 'passage', article: article.id, block: b, sentence: s, label, key: normalizeKey(label) });
        }),
      );
    }
    this.topicGrams = new TrigramIndex(topicEntries.map((e) => e.key));
    this.passageGrams = new TrigramIndex(passageEntries.map((e) => e.key));
  }

  /** Topics first (one hit per topic, best alias), then passages; a query in two scripts is searched per script. */
  search(query: string, limit = 12): SearchHit[] {
    const parts = scriptParts(query);
    if (parts.length < 2) return this.searchOne(query, limit);
    const hits = parts.flatMap((part) => this.searchOne(part, limit));
    const seen = new Set<string>();
    const unique = hits
      .sort((a, b) => (a.kind === b.kind ? a.score - b.score : a.kind === 'topic' ? -1 : 1))
      .filter((hit) => {
        const id = hit.kind === 'topic' ? hit.topic : `${hit.article}:${hit.block}:${hit.sentence}`;
        return !seen.has(id) && !!seen.add(id);
      });
    return unique.slice(0, limit);
  }

  private searchOne(query: string, limit: number): SearchHit[] {
    const key = normalizeKey(query).trim();
    if (key.length < 2) return [];
    const best = new Map<string, { entry: TopicEntry; score: number }>();
    const topics = new Fuse(pick(this.topicEntries, this.topicGrams.candidates(key, TOPIC_CANDIDATES)), TOPIC_OPTIONS);
    for (const r of topics.search(key, { limit: limit * 4 })) {
      const score = rankTopic(r.item, key, r.score ?? 1);
      const prev = best.get(r.item.topic);
      if (!prev || score < prev.score) best.set(r.item.topic, { entry: r.item, score });
    }
    const topicHits: SearchHit[] = [...best.values()]
      .sort((a, b) => a.score - b.score)
      .slice(0, limit)
      .map(({ entry, score }) => {
        const info = this.names.get(entry.topic)!;
        return { kind: 'topic', topic: entry.topic, name: info.name, topicKind: info.kind, matched: entry.label, score };
      });
    const passageHits: SearchHit[] =
      key.length < 3
        ? []
        : new Fuse(pick(this.passageEntries, this.passageGrams.candidates(key, PASSAGE_CANDIDATES)), PASSAGE_OPTIONS)
            .search(key, { limit: Math.max(0, limit - topicHits.length) })
            .map((r) => ({
              kind: 'passage',
              article: r.item.article,
              articleTitle: this.titles.get(r.item.article) ?? '',
              block: r.item.block,
              sentence: r.item.sentence,
              text: r.item.label,
              matched: r.item.label,
              score: r.score ?? 1,
            }));
    return [...topicHits, ...passageHits];
  }
}

function pick<T>(items: readonly T[], indices: readonly number[]): T[] {
  return indices.map((i) => items[i]!);
}

/** fuse's score, nudged so exact and prefix matches and a topic's own names win ties. */
function rankTopic(entry: TopicEntry, key: string, score: number): number {
  let rank = score;
  if (entry.key === key) rank -= 0.5;
  else if (entry.key.startsWith(key) || entry.key.split(' ').some((w) => w.startsWith(key))) rank -= 0.2;
  if (entry.primary) rank -= 0.01;
  return rank;
}
