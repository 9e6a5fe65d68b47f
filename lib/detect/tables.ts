// Everything a tab's detector reads, built once from the names index where
// knowledge is compiled: typed arrays (the trie, what its keys stand for, the
// listed aliases' keys, the fuzzy index) and a few plain lists.

import type { NamesIndex, TopicName } from '../knowledge/types';
import { gFlexibleAt } from './alias-variants';
import type { FuzzyArrays } from './fuzzy-index';
import { buildFuzzyIndex } from './fuzzy-index-build';
import { buildLexicon } from './lexicon';
import type { GuardWords } from './name-guards';
import { EXCLUDED, G_FLEXIBLE, NEEDS_CAPITAL, SURNAME, type TargetArrays } from './targets';
import type { KeyPool, TrieArrays } from './trie';
import { buildTrie } from './trie-build';

export interface MatcherTables {
  trie: TrieArrays;
  /** Per key (the trie's value for it). Listed alias i is key i, so its target is target i. */
  targets: TargetArrays;
  /** Every key: listed aliases first, then exclude phrases and written-out variants. */
  keys: KeyPool;
  fuzzy: FuzzyArrays;
  /** Topic ids in topic order. */
  ids: readonly string[];
  guards: GuardWords;
  /** Per topic id, the fields of its TopicName the matcher does not compile (see topicExtras). */
  extras: Record<string, Record<string, unknown>>;
}

/** The TopicName fields the matcher compiles; any other field is passed through untouched. */
const COMPILED_FIELDS: ReadonlySet<string> = new Set(['id', 'kind', 'name', 'aliases', 'exclude', 'marked', 'nested']);

/** A topic's fields other than those the matcher compiles, or null when it has none. */
function topicExtras(topic: TopicName): Record<string, unknown> | null {
  const extra = Object.entries(topic).filter(([field]) => !COMPILED_FIELDS.has(field));
  return extra.length > 0 ? Object.fromEntries(extra) : null;
}

export function buildTables(names: NamesIndex): MatcherTables {
  const lexicon = buildLexicon(names);
  const listedKeys = lexicon.listed.map((l) => l.key);
  listedKeys.forEach((key, i) => {
    if (lexicon.keys[i] !== key) throw new Error('Listed aliases must come first among the keys');
  });
  const n = lexicon.targets.length;
  const targets: TargetArrays = { topic: new Int32Array(n), flags: new Uint8Array(n), form: new Int32Array(n) };
  lexicon.targets.forEach((t, i) => {
    targets.topic[i] = t.topic;
    targets.flags[i] = (t.needsCapital ? NEEDS_CAPITAL : 0) | (t.surname ? SURNAME : 0) | (t.gFlexible ? G_FLEXIBLE : 0);
    targets.form[i] = t.form;
  });
  const own: Record<string, string[]> = {};
  lexicon.ownLeadingTokens.forEach((set, topic) => {
    if (set.size > 0) own[topic] = [...set];
  });
  const extras: Record<string, Record<string, unknown>> = {};
  for (const topic of names.topics) {
    const extra = topicExtras(topic);
    if (extra) extras[topic.id] = extra;
  }
  const { trie, keys } = buildTrie(lexicon.keys, gFlexibleAt);
  return {
    trie,
    targets,
    keys,
    fuzzy: buildFuzzyIndex(listedKeys, (i) => targets.topic[i] ?? EXCLUDED, names.topics.length),
    ids: names.topics.map((t) => t.id),
    guards: { given: [...lexicon.givenNames], own },
    extras,
  };
}
