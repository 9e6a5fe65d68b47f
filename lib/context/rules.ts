// The context rules of a topic, prepared on first use from what the detector
// passes through for it (the topic extras of the names index or the compiled
// matcher): which aliases need support, its own names (never vetoed), its cue
// words as matchers, and the titles of the topics that support it.
import type { Detector } from '../detect';
import type { Bilingual, CompiledContext, LeadsHere } from '../knowledge/types';
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

/** The rules of a topic, or undefined when it has none (its mentions pass untouched). */
export type ContextRules = (topic: string) => TopicRules | undefined;

/** What the context step reads of a topic's extras. */
export interface ContextExtras {
  context?: CompiledContext;
  leadsHere?: LeadsHere[];
}

export function extrasOf(detector: Pick<Detector, 'topicExtras'>, topic: string): ContextExtras {
  return detector.topicExtras(topic) ?? {};
}

/** Rules read from the detector's topic extras, each built once. */
export function contextRules(detector: Pick<Detector, 'topicExtras'>): ContextRules {
  const cache = new Map<string, TopicRules | undefined>();
  return (topic) => {
    if (cache.has(topic)) return cache.get(topic);
    const context = extrasOf(detector, topic).context;
    const rules = context && {
      needs: new Set(context.needs.map(normalizeKey)),
      names: new Set(context.names.map(normalizeKey)),
      cuesFor: cueMatcher(context.for),
      cuesAgainst: cueMatcher(context.against),
      topics: context.topics,
      titles: new Map(Object.entries(context.titles)),
    };
    cache.set(topic, rules);
    return rules;
  };
}
