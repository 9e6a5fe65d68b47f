// A query longer than a name is text pasted into the search box (a sentence,
// a paragraph). fuse.js scores a pattern that long against every candidate in
// pieces, which took half a second for a paragraph, and no name is near a
// paragraph anyway: such a query lists the names it holds, found as the
// detector's exact pass would (runs of its words, a clitic off the first),
// and its passages are looked for by its first words.
import { cliticReadings } from '../detect/clitics';

/** Past this many characters (normalised) a query is pasted text: the longest name today has 62. */
export const PASTED_LENGTH = 80;

/** The query cut to at most maxLength characters at a word's end (its first word whole, if longer). */
export function clipped(key: string, maxLength = PASTED_LENGTH): string {
  if (key.length <= maxLength) return key;
  const end = key.lastIndexOf(' ', maxLength);
  return end > 0 ? key.slice(0, end) : key.slice(0, key.indexOf(' ') > 0 ? key.indexOf(' ') : maxLength);
}

/** A word of the text without the punctuation around it, and whether punctuation follows it (a run stops there). */
interface Word {
  letters: string;
  stops: boolean;
}

const AROUND = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;
const ENDS_IN_PUNCTUATION = /[^\p{L}\p{N}]$/u;

function wordsOf(key: string): Word[] {
  return key
    .split(' ')
    .map((token) => ({ letters: token.replace(AROUND, ''), stops: ENDS_IN_PUNCTUATION.test(token) }))
    .filter((w) => w.letters.length > 0);
}

/**
 * Every run of one to maxWords words of the normalised text, not across
 * punctuation, its first word also with each clitic it begins with taken
 * off, in the order the runs start.
 */
export function* wordRuns(key: string, maxWords: number): Generator<string> {
  const words = wordsOf(key);
  for (let i = 0; i < words.length; i++) {
    for (const first of cliticReadings(words[i]!.letters)) {
      let run = first;
      yield run;
      for (let n = 1; n < maxWords && i + n < words.length && !words[i + n - 1]!.stops; n++) {
        run += ` ${words[i + n]!.letters}`;
        yield run;
      }
    }
  }
}
