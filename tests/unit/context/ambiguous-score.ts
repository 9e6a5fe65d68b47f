// Scoring for labelled ambiguous sentences: only the topics an item is about
// count, so a sentence can test one name without labelling every other one.
import type { DetectedMention } from '../../../lib/detect';

export interface AmbiguousItem {
  id: string;
  text: string;
  /** The page's title, when the sentence stands on a page that has one. */
  head?: string;
  /** The topics this item judges. */
  topics: string[];
  /** The true mentions among them: a topic and the words it is named by (their first occurrence). */
  gold: { topic: string; surface: string }[];
}

export interface Score {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  /** Item ids with a false positive or a false negative, for reading. */
  wrong: string[];
}

export function score(items: readonly AmbiguousItem[], detect: (item: AmbiguousItem) => DetectedMention[]): Score {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const wrong = new Set<string>();
  for (const item of items) {
    const found = detect(item).filter((m) => item.topics.includes(m.topic));
    const gold = item.gold.map((g) => {
      const start = item.text.indexOf(g.surface);
      if (start < 0) throw new Error(`${item.id}: "${g.surface}" is not in the text`);
      return { topic: g.topic, start, end: start + g.surface.length, hit: false };
    });
    for (const m of found) {
      const g = gold.find((x) => !x.hit && x.topic === m.topic && m.start < x.end && m.end > x.start);
      if (g) {
        g.hit = true;
        tp++;
      } else {
        fp++;
        wrong.add(item.id);
      }
    }
    for (const g of gold) {
      if (g.hit) continue;
      fn++;
      wrong.add(item.id);
    }
  }
  return { tp, fp, fn, precision: tp / Math.max(1, tp + fp), recall: tp / Math.max(1, tp + fn), wrong: [...wrong] };
}
