// The context rules of every topic, prepared once from the names index: which
// of its aliases need support, which are its full names (never vetoed), and
// its cue words as matchers.
import type { Bilingual, NamesIndex } from '../knowledge/types';
import { normalizeKey } from '../text/normalize';
import { cueMatcher, type CueMatcher } from './cues';

export interface TopicRules {
  /** Normalised aliases that are marked only with support. */
  needs: Set<string>;
  /** Normalised full names: a cue against never removes them. */
  names: Set<string>;
  cuesFor: CueMatcher | null;
  cuesAgainst: CueMatcher | null;
  topics: string[];
  /** Titles of the topic and of its supporting topics, for the card's note. */
  titles: Map<string, Bilingual>;
}

export type ContextRules = Map<string, TopicRules>;

/** Rules for the topics that have a context field; others pass untouched. */
export function buildContextRules(names: NamesIndex): ContextRules {
  const rules: ContextRules = new Map();
  const titleOf = new Map(names.topics.map((t) => [t.id, t.name]));
  for (const topic of names.topics) {
    const context = topic.context;
    if (!context) continue;
    rules.set(topic.id, {
      needs: new Set(context.needs.map(normalizeKey)),
      names: new Set([normalizeKey(topic.name.ar), normalizeKey(topic.name.en)]),
      cuesFor: cueMatcher(context.for),
      cuesAgainst: cueMatcher(context.against),
      topics: context.topics,
      titles: new Map(
        [topic.id, ...context.topics].flatMap((id) => {
          const title = titleOf.get(id);
          return title ? [[id, title] as const] : [];
        }),
      ),
    });
  }
  return rules;
}
