// Links passages to topics by running the detector over every block: the same
// code that marks names on news pages decides what the articles mention.
import type { DetectedMention } from '../detect';
import type { ParsedArticle } from './parse-article';
import type { Article, Mention, PassageRef } from './types';

/** Finds mentions in the blocks of one article, in order (context carries across them). */
type ArticleDetector = { detect(text: string): DetectedMention[] };

export interface FuzzyMention {
  article: ParsedArticle;
  block: number;
  text: string;
  topic: string;
}

export interface Linked {
  articles: Article[];
  /** Per topic id, in reading order, at most one per sentence. */
  passages: Map<string, PassageRef[]>;
  /** Matches the detector made by similarity rather than by a listed alias. */
  fuzzy: FuzzyMention[];
}

export function linkPassages(parsed: readonly ParsedArticle[], detectorFor: (article: ParsedArticle) => ArticleDetector): Linked {
  const passages = new Map<string, PassageRef[]>();
  const fuzzy: FuzzyMention[] = [];
  const articles = parsed.map((article): Article => {
    const detector = detectorFor(article);
    const blocks = article.blocks.map(({ kind, text, sentences }, block) => {
      const mentions: Mention[] = [];
      for (const found of detector.detect(text)) {
        mentions.push({ topic: found.topic, start: found.start, end: found.end });
        if (found.match === 'fuzzy') fuzzy.push({ article, block, text: found.text, topic: found.topic });
        const sentence = sentenceAt(sentences, found.start);
        addPassage(passages, found.topic, { article: article.meta.id, block, sentence });
      }
      return { kind, text, sentences, mentions };
    });
    return { ...article.meta, blocks };
  });
  return { articles, passages, fuzzy };
}

/** Index of the sentence holding offset; an offset between sentences goes with the next. */
function sentenceAt(sentences: readonly [number, number][], offset: number): number {
  const index = sentences.findIndex(([, end]) => offset < end);
  return index >= 0 ? index : Math.max(0, sentences.length - 1);
}

function addPassage(passages: Map<string, PassageRef[]>, topic: string, ref: PassageRef): void {
  const list = passages.get(topic);
  if (!list) {
    passages.set(topic, [ref]);
    return;
  }
  // The detector returns mentions sorted by start, so a repeat within a sentence is the last entry.
  const last = list[list.length - 1];
  if (last && last.article === ref.article && last.block === ref.block && last.sentence === ref.sentence) return;
  list.push(ref);
}
