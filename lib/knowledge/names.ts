// The names half of the model, and the checks that keep it unambiguous: every
// surface form must lead the detector to exactly one topic.
import { normalizeKey } from '../text/normalize';
import type { ProblemLog } from './content-error';
// Type-only: the content script loads this file, and parse-topics brings the YAML parser.
import type { ParsedContext, ParsedTopic } from './parse-topics';
import type { CompiledContext, NamesIndex } from './types';

export function buildNamesIndex(topics: readonly ParsedTopic[]): NamesIndex {
  const nested = nestedForms(topics);
  const byId = new Map(topics.map((t) => [t.id, t]));
  return {
    version: 1,
    topics: topics.map((t) => ({
      id: t.id,
      kind: t.kind,
      name: t.name,
      aliases: t.forms.map((f) => f.value),
      exclude: t.exclude.map((e) => e.value),
      marked: t.marked,
      nested: (nested.get(t) ?? []).map((n) => n.form),
      ...(t.context ? { context: contextOf(t.context, t, byId) } : {}),
      ...(t.leadsHere.length > 0 ? { leadsHere: t.leadsHere } : {}),
    })),
  };
}

/** The context as the names index carries it, with what a tab needs to apply it on its own. */
function contextOf(parsed: ParsedContext, topic: ParsedTopic, byId: Map<string, ParsedTopic>): CompiledContext {
  const values = (list: readonly { value: string }[]) => list.map((l) => l.value);
  const topics = values(parsed.topics);
  const titles = Object.fromEntries([topic.id, ...topics].flatMap((id) => (byId.has(id) ? [[id, byId.get(id)!.name]] : [])));
  return {
    needs: values(parsed.needs),
    for: values(parsed.for),
    against: values(parsed.against),
    topics,
    names: [topic.name.ar, topic.name.en],
    titles,
  };
}

export interface NestedForm {
  form: string;
  line: number;
  /** The other topic whose name it holds, and that name. */
  inner: ParsedTopic;
  innerForm: string;
}

/**
 * Forms holding another marked topic's form as whole words. Looked up by word
 * runs, not by comparing every pair, so 5,000 topics cost no more per form.
 */
export function nestedForms(topics: readonly ParsedTopic[]): Map<ParsedTopic, NestedForm[]> {
  const marked = new Map<string, { topic: ParsedTopic; form: string }>();
  for (const topic of topics) {
    if (!topic.marked) continue;
    for (const { value } of topic.forms) marked.set(normalizeKey(value), { topic, form: value });
  }
  const out = new Map<ParsedTopic, NestedForm[]>();
  for (const topic of topics) {
    for (const { value: form, line } of topic.forms) {
      const words = normalizeKey(form).split(' ');
      const inner = innerName(words, marked, topic);
      if (!inner) continue;
      const list = out.get(topic) ?? [];
      list.push({ form, line, inner: inner.topic, innerForm: inner.form });
      out.set(topic, list);
    }
  }
  return out;
}

function innerName(
  words: readonly string[],
  marked: Map<string, { topic: ParsedTopic; form: string }>,
  self: ParsedTopic,
): { topic: ParsedTopic; form: string } | undefined {
  for (let from = 0; from < words.length; from++) {
    for (let to = from + 1; to <= words.length; to++) {
      if (to - from === words.length) continue;
      const hit = marked.get(words.slice(from, to).join(' '));
      if (hit && hit.topic !== self) return hit;
    }
  }
  return undefined;
}

/** The topics pages mark: what the content script and the command line detect. */
export function markedNames(names: NamesIndex): NamesIndex {
  return { ...names, topics: names.topics.filter((t) => t.marked) };
}

/** forms starts with name.ar and name.en. */
const NAME_COUNT = 2;

interface Claim {
  topic: ParsedTopic;
  form: string;
  line: number;
}

/**
 * Compares forms as the detector does (after normalizeKey), so two spellings the
 * detector cannot tell apart count as one.
 */
export function checkNames(topics: readonly ParsedTopic[], log: ProblemLog): void {
  const claims = new Map<string, Claim>();
  for (const topic of topics) {
    const keys: string[] = [];
    for (const [index, { value: form, line }] of topic.forms.entries()) {
      const key = normalizeKey(form);
      if (key === '') {
        log.add(topic.file, line, `alias "${form}" of ${topic.id} has no letters the detector can match`);
        continue;
      }
      keys.push(key);
      const earlier = claims.get(key);
      if (!earlier) {
        claims.set(key, { topic, form, line });
      } else if (earlier.topic !== topic) {
        log.add(topic.file, line, `alias "${form}" is claimed by both ${earlier.topic.id} (${where(earlier)}) and ${topic.id}`);
      } else if (index >= NAME_COUNT) {
        // Only aliases are redundant: both names are required even when they coincide.
        log.add(
          topic.file,
          line,
          `alias "${form}" of ${topic.id} is "${earlier.form}" (line ${earlier.line}) to the detector; it need not be listed`,
        );
      }
    }
    for (const { value: alias, line } of topic.context?.needs ?? []) {
      if (!keys.includes(normalizeKey(alias)))
        log.add(topic.file, line, `context.needs "${alias}" of ${topic.id} is not one of its aliases`);
    }
    for (const { value: phrase, line } of topic.exclude) {
      const key = normalizeKey(phrase);
      if (!keys.some((k) => key.includes(k))) {
        log.add(topic.file, line, `exclude phrase "${phrase}" of ${topic.id} contains none of its names or aliases`);
      }
    }
  }
}

function where(claim: Claim): string {
  return `${claim.topic.file}:${claim.line}`;
}
