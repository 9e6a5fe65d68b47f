// Cue words found as whole words in normalised text. An Arabic cue may carry
// the clitics news attaches to a word (و ف ب ل ك and the article); a Latin cue
// may take a plural s. Built once per topic, then cheap per sentence.
import { normalizeKey } from '../text/normalize';

const ARABIC = /[\u0600-\u06ff]/;
const ESCAPE = /[.*+?^${}()|[\]\\]/g;
/** Clitics before an Arabic cue: conjunction, preposition, the article, or both. */
const AR_PREFIX = '(?:[وف]?[بلك]?(?:ال)?|[وف]?لل)';

export interface CueMatcher {
  pattern: RegExp;
  /** Each cue's normalised form, with the cue as written in content/ (what a card shows). */
  cues: [key: string, written: string][];
}

/** A matcher for any of the cues, or null when there are none. */
export function cueMatcher(cues: readonly string[]): CueMatcher | null {
  const keyed = cues.map((cue): [string, string] => [normalizeKey(cue), cue]).filter(([key]) => key !== '');
  if (keyed.length === 0) return null;
  const parts = keyed.map(([key]) => {
    const body = key.replace(ESCAPE, '\\$&');
    return ARABIC.test(key) ? `${AR_PREFIX}${body}` : `${body}s?`;
  });
  // Normalised text has single spaces between words and none at the ends.
  return { pattern: new RegExp(`(?:^| )(?:${parts.join('|')})(?= |$)`, 'u'), cues: keyed };
}

/** The cue (as written in content/) found in normalised text, or undefined. */
export function findCue(matcher: CueMatcher | null, normalised: string): string | undefined {
  const m = matcher?.pattern.exec(normalised);
  if (!m || !matcher) return undefined;
  const found = m[0].trim();
  // The longest cue the words end with (a clitic may stand before it, an s after it).
  let best: [string, string] | undefined;
  for (const entry of matcher.cues) {
    const [key] = entry;
    if ((found.endsWith(key) || found === `${key}s`) && (!best || key.length > best[0].length)) best = entry;
  }
  return best?.[1] ?? found;
}
