// Checks that keep a matched key from marking something that only looks like
// the topic: a lower-case common word, or another person with the same surname.

import { isWordCode } from '../text/word-chars';
import type { Lexicon, Target } from './lexicon';

/** Latin aliases written capitalised match only capitalised text. */
export function capitalOk(original: string, originalStart: number, needsCapital: boolean): boolean {
  if (!needsCapital) return true;
  const ch = String.fromCodePoint(original.codePointAt(originalStart) ?? 0);
  return ch !== ch.toLowerCase();
}

/** The word of normalised text that ends right before `at` with one space between, or ''. */
function previousWord(text: string, at: number): string {
  if (at < 2 || text.charCodeAt(at - 1) !== 0x20) return '';
  let i = at - 1;
  while (i > 0 && isWordCode(text.charCodeAt(i - 1))) i--;
  return text.slice(i, at - 1);
}

/**
 * A surname alone is the topic unless a first name that is not the topic's own
 * stands right before it (no clitic on the surname, one space between).
 */
export function surnameOk(lexicon: Lexicon, text: string, nameStart: number, wordStart: number, target: Target): boolean {
  if (!target.surname || nameStart !== wordStart) return true;
  let prev = previousWord(text, nameStart);
  if (!prev) return true;
  const own = lexicon.ownLeadingTokens[target.topic];
  if (own?.has(prev)) return true;
  if (lexicon.givenNames.has(prev)) return false;
  // «ودانييل ميدفيديف»: a conjunction on the first name does not change who it is.
  if ((prev.startsWith('و') || prev.startsWith('ف')) && prev.length > 3) prev = prev.slice(1);
  return own?.has(prev) === true || !lexicon.givenNames.has(prev);
}
