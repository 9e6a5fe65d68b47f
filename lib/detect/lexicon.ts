// Turns the names index into what matching needs: every normalised key
// (listed aliases, the variants written out for them, exclude phrases) with
// the one thing it stands for, plus the facts the name guards use.

import type { NamesIndex, TopicName } from '../knowledge/types';
import { normalizeKey } from '../text/normalize';
import { aliasVariants, gFlexible } from './alias-variants';
import { COMMON_GIVEN_NAMES } from './given-names';

/** What a key means. topic is an index into Lexicon.topics, or EXCLUDED. */
export interface Target {
  topic: number;
  /** Latin aliases written with a capital only match capitalised text ("Turkey", not "turkey"). */
  needsCapital: boolean;
  /** A person's surname alone (مدفيديف): another first name before it means another person. */
  surname: boolean;
  /** Whether text may write this key's غ and ج as other g letters (see gFlexible). */
  gFlexible: boolean;
  /** The listed alias (index into Lexicon.listed) the key spells or is a variant of; -1 for an exclude phrase. */
  form: number;
}

export const EXCLUDED = -1;

/** A listed alias as fuzzy matching sees it. */
export interface ListedAlias {
  key: string;
  target: Target;
}

export interface Lexicon {
  topics: readonly TopicName[];
  keys: string[];
  targets: Target[];
  listed: ListedAlias[];
  givenNames: ReadonlySet<string>;
  /** Per topic: words its own multi-word names put before the last word. */
  ownLeadingTokens: ReadonlySet<string>[];
}

const LATIN_START = /^[a-z]/;
const UPPER_START = /^\p{Lu}/u;

interface Listing {
  topic: number;
  needsCapital: boolean;
  isName: boolean;
}

function listingsOf(topics: readonly TopicName[]): Map<string, Listing[]> {
  const byKey = new Map<string, Listing[]>();
  topics.forEach((t, topic) => {
    const names = new Set([t.name.ar, t.name.en]);
    // A form holding another topic's name would hide that name (see TopicName.nested).
    const nested = new Set(t.nested ?? []);
    for (const alias of [t.name.ar, t.name.en, ...t.aliases]) {
      if (nested.has(alias)) continue;
      const key = normalizeKey(alias);
      if (key.replace(/ /g, '').length < 2) continue;
      const needsCapital = LATIN_START.test(key) && UPPER_START.test(alias.trim());
      const list = byKey.get(key) ?? [];
      const mine = list.find((l) => l.topic === topic);
      if (mine) {
        mine.needsCapital &&= needsCapital;
        mine.isName ||= names.has(alias);
      } else {
        list.push({ topic, needsCapital, isName: names.has(alias) });
      }
      byKey.set(key, list);
    }
  });
  return byKey;
}

/** Two topics listing the same key: the one it names wins, else the first. */
function owner(list: readonly Listing[]): Listing | undefined {
  return list.find((l) => l.isName) ?? list[0];
}

function surnameKeys(topics: readonly TopicName[], byKey: Map<string, Listing[]>): Set<string> {
  const multi = new Map<number, Set<string>>();
  for (const [key, list] of byKey) {
    const tokens = key.split(' ');
    if (tokens.length < 2) continue;
    for (const l of list) {
      const set = multi.get(l.topic) ?? new Set<string>();
      set.add(tokens[tokens.length - 1] ?? '');
      multi.set(l.topic, set);
    }
  }
  const out = new Set<string>();
  for (const [key, list] of byKey) {
    if (key.includes(' ')) continue;
    const own = owner(list);
    if (own && topics[own.topic]?.kind === 'person' && multi.get(own.topic)?.has(key)) out.add(key);
  }
  return out;
}

export function buildLexicon(names: NamesIndex): Lexicon {
  const topics = names.topics;
  const byKey = listingsOf(topics);
  const surnames = surnameKeys(topics, byKey);
  const chosen = new Map<string, Target>();
  const listed: ListedAlias[] = [];

  for (const [key, list] of byKey) {
    const own = owner(list);
    if (!own) continue;
    const target: Target = {
      topic: own.topic,
      needsCapital: own.needsCapital,
      surname: surnames.has(key),
      gFlexible: gFlexible(key),
      form: listed.length,
    };
    chosen.set(key, target);
    listed.push({ key, target });
  }

  const excludeTarget = (key: string): Target => ({
    topic: EXCLUDED,
    needsCapital: false,
    surname: false,
    gFlexible: gFlexible(key),
    form: -1,
  });
  const excludes = new Set<string>();
  for (const t of topics) {
    for (const phrase of t.exclude) {
      const key = normalizeKey(phrase);
      if (key && !chosen.has(key)) excludes.add(key);
    }
  }
  for (const key of excludes) chosen.set(key, excludeTarget(key));

  // Variants: kept only when no listed alias or exclude phrase has that key,
  // and dropped when two different things would claim it.
  const variantClaims = new Map<string, Target | null>();
  const claim = (variant: string, target: Target): void => {
    if (chosen.has(variant)) return;
    const prior = variantClaims.get(variant);
    if (prior === undefined) variantClaims.set(variant, target);
    else if (prior !== null && prior.topic !== target.topic) variantClaims.set(variant, null);
  };
  for (const { key, target } of listed) for (const v of aliasVariants(key)) claim(v, target);
  for (const key of excludes) for (const v of aliasVariants(key)) claim(v, excludeTarget(key));
  for (const [variant, target] of variantClaims) if (target) chosen.set(variant, { ...target, gFlexible: gFlexible(variant) });

  const givenNames = new Set(COMMON_GIVEN_NAMES.map(normalizeKey));
  const ownLeadingTokens = topics.map(() => new Set<string>());
  topics.forEach((t) => {
    if (t.kind !== 'person') return;
    const first = normalizeKey(t.name.ar).split(' ');
    const firstEn = normalizeKey(t.name.en).split(' ');
    if (first.length > 1 && first[0]) givenNames.add(first[0]);
    if (firstEn.length > 1 && firstEn[0]) givenNames.add(firstEn[0]);
  });
  for (const { key, target } of listed) {
    const tokens = key.split(' ');
    const own = ownLeadingTokens[target.topic];
    if (own) for (const token of tokens.slice(0, -1)) own.add(token);
  }

  return { topics, keys: [...chosen.keys()], targets: [...chosen.values()], listed, givenNames, ownLeadingTokens };
}
