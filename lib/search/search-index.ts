// Fuzzy search over everything bundled: topic names and aliases in both
// languages, and article sentences. Queries and entries go through the
// detector's normalisation, so hamza, taa marbuta, alef maqsura, diacritics and
// Persian letters never matter; fuse.js forgives typos and transliterations.
import Fuse from 'fuse.js';

import type { Article, Bilingual, DetailsIndex, NamesIndex, TopicKind } from '../knowledge/types';
import { normalizeKey } from '../text/normalize';
import { withoutArticles } from './article-free';
import { holdsQueryWord, queryWords } from './passage-words';
import { clipped, PASTED_LENGTH, wordRuns } from './pasted-text';
import { scriptParts } from './script-parts';
import { soundsLike } from './sound-match';
import { TrigramIndex } from './trigram-index';

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

/** A name no query word is in, this close by fuse.js's score, is kept without sounding like the query. */
const CLOSE_SCORE = 0.15;
/** A name that sounds like the query but which fuse.js did not find: ranked after those it did. */
const SOUND_ALIKE_SCORE = 0.5;

const PASSAGE_OPTIONS = {
  keys: ['key'],
  includeScore: true,
  ignoreLocation: true,
  threshold: 0.25,
  minMatchCharLength: 3,
};

/** How many prefiltered entries fuse.js scores per keystroke. */
const TOPIC_CANDIDATES = 100;
const PASSAGE_CANDIDATES = 60;
/** Articles indexed between two pauses when the index is built in the background. */
const BUILD_SLICE = 50;

/** Entries grouped by normalised key: a sentence found in many articles is scored once. */
interface Keyed<T> {
  key: string;
  refs: T[];
}

class KeyedEntries<T> {
  private readonly grams = new TrigramIndex();
  private readonly docs: (Keyed<T> | undefined)[] = [];
  private readonly byKey = new Map<string, number>();
  /** Never lowered on removal: it only bounds how many words a lookup tries. */
  private longest = 0;

  add(key: string, ref: T): void {
    let id = this.byKey.get(key);
    if (id === undefined) {
      id = this.grams.add(key);
      this.longest = Math.max(this.longest, key.split(' ').length);
      this.byKey.set(key, id);
      this.docs[id] = { key, refs: [] };
    }
    this.docs[id]!.refs.push(ref);
  }

  /** Drops the refs under key that `gone` picks, and the key once it has none. */
  remove(key: string, gone: (ref: T) => boolean): void {
    const id = this.byKey.get(key);
    if (id === undefined) return;
    const doc = this.docs[id]!;
    doc.refs = doc.refs.filter((ref) => !gone(ref));
    if (doc.refs.length > 0) return;
    this.grams.remove(id);
    this.byKey.delete(key);
    this.docs[id] = undefined;
  }

  /** The entry with exactly this key. */
  exact(key: string): Keyed<T> | undefined {
    const id = this.byKey.get(key);
    return id === undefined ? undefined : this.docs[id];
  }

  /** The most words of any key. */
  get maxWords(): number {
    return this.longest;
  }

  candidates(key: string, limit: number): Keyed<T>[] {
    return this.grams.candidates(key, limit).map((id) => this.docs[id]!);
  }
}

interface TopicRef {
  topic: string;
  /** The name or alias as written. */
  label: string;
  /** Extra weight for a topic's own names over its aliases. */
  primary: boolean;
}

/** A topic found for a query: its best name, that name's score, and the query words its names hold. */
interface TopicMatch {
  ref: TopicRef;
  entryKey: string;
  score: number;
  held: Set<string>;
}

interface PassageRef {
  article: string;
  block: number;
  sentence: number;
  label: string;
}

export class SearchIndex {
  private readonly topics = new KeyedEntries<TopicRef>();
  private readonly passages = new KeyedEntries<PassageRef>();
  private readonly names = new Map<string, { name: Bilingual; kind: TopicKind }>();
  /** Each indexed article's title and the keys of its sentences, to remove it again. */
  private readonly articles = new Map<string, { title: string; keys: string[] }>();

  constructor(names: NamesIndex, details?: DetailsIndex) {
    for (const t of names.topics) {
      this.names.set(t.id, { name: t.name, kind: t.kind });
      const seen = new Set<string>();
      for (const [label, primary] of [[t.name.ar, true], [t.name.en, true], ...t.aliases.map((a) => [a, false] as const)] as const) {
        const key = normalizeKey(label);
        if (!key || seen.has(key)) continue;
        seen.add(key);
        this.topics.add(key, { topic: t.id, label, primary });
      }
    }
    for (const article of details?.articles ?? []) this.addArticle(article);
  }

  /**
   * The same index, built a slice of articles at a time with `pause()` between
   * slices, so that the background keeps answering while it builds.
   */
  static async build(names: NamesIndex, details: DetailsIndex, pause: () => Promise<void>): Promise<SearchIndex> {
    const index = new SearchIndex(names);
    const { articles } = details;
    for (let i = 0; i < articles.length; i += BUILD_SLICE) {
      await pause();
      for (const article of articles.slice(i, i + BUILD_SLICE)) index.addArticle(article);
    }
    return index;
  }

  /** Indexes an article's sentences (after any indexed before it); an article with the same id is replaced. */
  addArticle(article: Article): void {
    this.removeArticle(article.id);
    const keys: string[] = [];
    article.blocks.forEach((block, b) =>
      block.sentences.forEach(([from, to], s) => {
        const label = block.text.slice(from, to);
        const key = normalizeKey(label);
        keys.push(key);
        this.passages.add(key, { article: article.id, block: b, sentence: s, label });
      }),
    );
    this.articles.set(article.id, { title: article.title, keys });
  }

  removeArticle(id: string): void {
    const indexed = this.articles.get(id);
    if (!indexed) return;
    this.articles.delete(id);
    for (const key of new Set(indexed.keys)) this.passages.remove(key, (ref) => ref.article === id);
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
    if (key.length > PASTED_LENGTH) return this.searchPasted(key, limit);
    const words = queryWords(key);
    const found = this.topicsFor(key, limit);
    // A name holds a query word as a word of its own (with clitics, long vowels
    // left out), begun only if it is the last word, being typed, and not two
    // letters after others (Kim Jong-il is not Ilham Aliyev).
    const typing = words.length === 1 || words[words.length - 1]!.length > 2 ? words[words.length - 1] : undefined;
    const holds = (word: string, entryKey: string): boolean => holdsQueryWord([word], entryKey, { last: word === typing });
    for (const hit of found.values()) {
      // A name that holds a query of several words as typed holds each of them (روسيا وكوريا الشمالية).
      const phrase = words.length > 1 && hit.entryKey.includes(key);
      for (const word of words) if (phrase || holds(word, hit.entryKey)) hit.held.add(word);
    }
    // A query of several names (Russia Ukraine, Aliyev Ilham) is in no one
    // name: when no name holds all its words, each word is looked up alone,
    // and the names that hold it join in.
    if (words.length > 1 && ![...found.values()].some((hit) => hit.held.size === words.length)) {
      for (const word of words) {
        for (const [topic, hit] of this.topicsFor(word, limit)) {
          if (!holds(word, hit.entryKey)) continue;
          const known = found.get(topic);
          if (known) {
            known.held.add(word);
            if (hit.score < known.score) Object.assign(known, { ref: hit.ref, entryKey: hit.entryKey, score: hit.score });
          } else found.set(topic, { ...hit, held: new Set([word]) });
        }
      }
    }
    // Once some name holds the query or one of its words, names that only
    // share its letters are noise (علييف: كييف; lachin: Pashinyan). With
    // none, the query is a typo or another spelling: fuse.js's nearest are
    // kept when it finds them close or the query sounds like them
    // (sound-match.ts), and when none is kept, the names that share letters
    // with the query are asked whether it sounds like them (Moskva, which
    // fuse.js finds too far from Moscow). Names holding more of the query's
    // words come first.
    const all = [...found.values()];
    const holding = all.filter((hit) => hit.held.size > 0 || hit.entryKey.includes(key));
    const sounds = soundsLike(key);
    const soundsClose = (hit: TopicMatch) => hit.score <= CLOSE_SCORE || sounds(hit.entryKey);
    let kept = holding.length > 0 ? holding : all.filter(soundsClose);
    if (kept.length === 0) kept = this.soundAlikes(key, sounds);
    const topicHits: SearchHit[] = kept
      .sort((a, b) => b.held.size - a.held.size || a.score - b.score)
      .slice(0, limit)
      .map(({ ref, score }) => {
        const info = this.names.get(ref.topic)!;
        return { kind: 'topic', topic: ref.topic, name: info.name, topicKind: info.kind, matched: ref.label, score };
      });
    return [...topicHits, ...this.passagesFor(key, words, limit - topicHits.length)];
  }

  /** Pasted text (pasted-text.ts): the names it holds, in the order it names them, then passages by its first words. */
  private searchPasted(key: string, limit: number): SearchHit[] {
    const topicHits: SearchHit[] = [];
    const listed = new Set<string>();
    for (const run of wordRuns(key, this.topics.maxWords)) {
      for (const ref of this.topics.exact(run)?.refs ?? []) {
        if (listed.has(ref.topic) || topicHits.length >= limit) continue;
        listed.add(ref.topic);
        const info = this.names.get(ref.topic)!;
        topicHits.push({ kind: 'topic', topic: ref.topic, name: info.name, topicKind: info.kind, matched: ref.label, score: 0 });
      }
    }
    const first = clipped(key);
    return [...topicHits, ...this.passagesFor(first, queryWords(first), limit - topicHits.length)];
  }

  /** Up to room sentences fuse.js finds close to the query that hold one of its words (passage-words.ts). */
  private passagesFor(key: string, words: string[], room: number): SearchHit[] {
    if (key.length < 3 || room <= 0) return [];
    return new Fuse(this.passages.candidates(key, PASSAGE_CANDIDATES), PASSAGE_OPTIONS)
      .search(key)
      .filter((r) => holdsQueryWord(words, r.item.key))
      .flatMap((r) =>
        r.item.refs.map((ref): SearchHit => ({
          kind: 'passage',
          article: ref.article,
          articleTitle: this.articles.get(ref.article)?.title ?? '',
          block: ref.block,
          sentence: ref.sentence,
          text: ref.label,
          matched: ref.label,
          score: r.score ?? 1,
        })),
      )
      .slice(0, room);
  }

  /** Each topic's best name for the query, as written and with its articles off (fuse.js, then rankTopic). */
  private topicsFor(key: string, limit: number): Map<string, TopicMatch> {
    const best = new Map<string, TopicMatch>();
    for (const asked of new Set([key, withoutArticles(key)])) {
      const topics = new Fuse(this.topics.candidates(asked, TOPIC_CANDIDATES), TOPIC_OPTIONS);
      for (const r of topics.search(asked, { limit: limit * 4 })) {
        for (const ref of r.item.refs) {
          const score = rankTopic(r.item.key, ref.primary, asked, r.score ?? 1);
          const prev = best.get(ref.topic);
          if (!prev || score < prev.score) best.set(ref.topic, { ref, entryKey: r.item.key, score, held: new Set() });
        }
      }
    }
    return best;
  }

  /** The names among the query's trigram candidates that sound like it, one per topic. */
  private soundAlikes(key: string, sounds: (nameKey: string) => boolean): TopicMatch[] {
    const best = new Map<string, TopicMatch>();
    for (const entry of this.topics.candidates(key, TOPIC_CANDIDATES)) {
      if (!sounds(entry.key)) continue;
      for (const ref of entry.refs) {
        const score = SOUND_ALIKE_SCORE - (ref.primary ? 0.01 : 0);
        const prev = best.get(ref.topic);
        if (!prev || score < prev.score) best.set(ref.topic, { ref, entryKey: entry.key, score, held: new Set() });
      }
    }
    return [...best.values()];
  }
}

/** fuse's score, nudged so exact and prefix matches and a topic's own names win ties. */
function rankTopic(entryKey: string, primary: boolean, key: string, score: number): number {
  let rank = score;
  if (entryKey === key) rank -= 0.5;
  else if (entryKey.startsWith(key) || entryKey.split(' ').some((w) => w.startsWith(key))) rank -= 0.2;
  if (primary) rank -= 0.01;
  return rank;
}
