// The context step, run on the detector's mentions of one text: an alias that
// needs support is kept only when its sentence or the page supports it, and
// a cue against (a football league beside a club's name) removes a short form.
// Full names are never removed here: they are unambiguous by definition.
import type { Bilingual } from '../knowledge/types';
import { normalizeKey } from '../text/normalize';
import { findCue } from './cues';
import type { ContextRules, TopicRules } from './rules';
import { sentenceAround } from './sentence';

/** Why a mention that needed support was kept. */
export type ContextSupport =
  { kind: 'cue'; word: string } | { kind: 'topic'; topic: string; name: Bilingual } | { kind: 'page'; word: string };

export interface SettleInput {
  topic: string;
  start: number;
  end: number;
  /** The alias the detector matched, when it says (else read off the text). */
  alias?: string;
}

export type Settled<M> = M & { context?: ContextSupport };

/** What the rest of the page says: topics marked without help, and its head (title, description). */
export interface PageSignals {
  topics: ReadonlySet<string>;
  /** Normalised title and description of the page, '' when unknown. */
  head: string;
}

/** Clitics a matched alias may carry in front (وال, بال, لل…), longest first. */
const CLITICS = ['وال', 'بال', 'فال', 'كال', 'لل', 'ال', 'و', 'ف', 'ب', 'ل', 'ك'];

/** The alias class of a mention: one of the topic's full names, an alias needing support, or other. */
function aliasClass(rules: TopicRules, text: string, mention: SettleInput): 'name' | 'needs' | 'other' {
  const key = normalizeKey(mention.alias ?? text.slice(mention.start, mention.end));
  const candidates = [key, ...CLITICS.filter((c) => key.startsWith(c)).map((c) => key.slice(c.length))];
  if (candidates.some((k) => rules.names.has(k))) return 'name';
  if (candidates.some((k) => rules.needs.has(k))) return 'needs';
  return 'other';
}

/**
 * mentions (sorted, of one text) settled against text and the page. Mentions
 * of topics without rules pass untouched. The topics they show are counted as
 * page support for the others before any is judged.
 */
export function settleMentions<M extends SettleInput>(
  mentions: readonly M[],
  text: string,
  rules: ContextRules,
  page: PageSignals,
): Settled<M>[] {
  const classes = mentions.map((m) => {
    const r = rules(m.topic);
    return r ? aliasClass(r, text, m) : 'name';
  });
  const here = new Set(page.topics);
  mentions.forEach((m, i) => classes[i] !== 'needs' && here.add(m.topic));

  const out: Settled<M>[] = [];
  for (const [i, mention] of mentions.entries()) {
    const r = rules(mention.topic);
    const cls = classes[i];
    if (!r || cls === 'name') {
      out.push(mention);
      continue;
    }
    const [from, to] = sentenceAround(text, mention.start, mention.end);
    // The mention itself is left out, so that it cannot be its own cue.
    const sentence = normalizeKey(`${text.slice(from, mention.start)} ${text.slice(mention.end, to)}`);
    if (findCue(r.cuesAgainst, sentence) !== undefined) continue;
    if (cls === 'other') {
      out.push(mention);
      continue;
    }
    const support = supportFor(r, mention.topic, sentence, here, page.head);
    if (support) out.push({ ...mention, context: support });
  }
  return out;
}

function supportFor(r: TopicRules, self: string, sentence: string, here: ReadonlySet<string>, head: string): ContextSupport | undefined {
  const word = findCue(r.cuesFor, sentence);
  if (word !== undefined) return { kind: 'cue', word };
  const topic = here.has(self) ? self : r.topics.find((t) => here.has(t));
  const name = topic === undefined ? undefined : r.titles.get(topic);
  if (topic !== undefined && name) return { kind: 'topic', topic, name };
  const headWord = findCue(r.cuesFor, head);
  return headWord === undefined ? undefined : { kind: 'page', word: headWord };
}
