// The names half of the model, and the checks that keep it unambiguous: every
// surface form must lead the detector to exactly one topic.
import { normalizeKey } from '../text/normalize';
import type { ProblemLog } from './content-error';
import type { ParsedTopic } from './parse-topics';
import type { NamesIndex } from './types';

export function buildNamesIndex(topics: readonly ParsedTopic[]): NamesIndex {
  return {
    version: 1,
    topics: topics.map((t) => ({
      id: t.id,
      kind: t.kind,
      name: t.name,
      aliases: t.forms.map((f) => f.value),
      exclude: t.exclude.map((e) => e.value),
      marked: t.marked,
    })),
  };
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
        log.add(
          topic.file,
          line,
          `alias "${form}" is claimed by both ${earlier.topic.id} (${where(earlier)}) and ${topic.id}`,
        );
      } else if (index >= NAME_COUNT) {
        // Only aliases are redundant: both names are required even when they coincide.
        log.add(
          topic.file,
          line,
          `alias "${form}" of ${topic.id} is "${earlier.form}" (line ${earlier.line}) to the detector; it need not be listed`,
        );
      }
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
