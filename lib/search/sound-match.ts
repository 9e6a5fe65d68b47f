// Whether a query no name holds sounds like a name: another spelling or a typo
// of it (poutine, Medwedew, Moskva, موسكوا, زخاروفا), not an unrelated word
// that fuse.js finds near some part of a long name (sanctions: United Nations,
// عقوبات: قوات السلام, بايدن: باشينيان). Both are compared by their consonant
// skeletons (skeleton.ts: vowel letters dropped, same-sound consonants as
// one), as transliterations differ: a consonant written or left out (the h
// of kh, a j for a y) is common, one consonant for another is not, and a
// changed first consonant is rarest of all, while unrelated words differ there.
import { Skeleton } from '../detect/skeleton';
import { withoutArticles } from './article-free';
import { STOP_WORDS } from './stop-words';

/** Costs in half-edits. */
const ADD_OR_DROP = 2;
const OTHER_CONSONANT = 3;
const FIRST_CHANGE = 4;

const skeleton = new Skeleton();

/** A word's closing ه: a taa marbuta once normalised (كرة), or a vowel written so (قره): no consonant heard. */
const CLOSING_HA = /ه(?=\s|$)/gu;

/** The consonant skeleton of a normalised key's words, joined (the detector's, skeleton.ts): a doubled consonant counts once. */
export function soundSkeleton(key: string): number[] {
  const heard = key.replace(CLOSING_HA, '');
  skeleton.reset();
  skeleton.append(heard, 0, heard.length, 0);
  return Array.from(skeleton.symbols.subarray(0, skeleton.length));
}

/**
 * Half-edits from query to name: to the whole name, and to the nearest of its
 * beginnings (a query typed halfway).
 */
export function soundDistance(query: readonly number[], name: readonly number[]): { whole: number; begun: number } {
  // Any change that touches the first consonant of either side costs FIRST_CHANGE.
  const addOrDrop = (at: number) => (at === 0 ? FIRST_CHANGE : ADD_OR_DROP);
  let prev: number[] = [0];
  for (let j = 1; j <= name.length; j++) prev[j] = prev[j - 1]! + addOrDrop(j - 1);
  for (let i = 1; i <= query.length; i++) {
    const row: number[] = [prev[0]! + addOrDrop(i - 1)];
    for (let j = 1; j <= name.length; j++) {
      const swap = query[i - 1] === name[j - 1] ? 0 : i === 1 || j === 1 ? FIRST_CHANGE : OTHER_CONSONANT;
      row[j] = Math.min(prev[j - 1]! + swap, prev[j]! + addOrDrop(i - 1), row[j - 1]! + addOrDrop(j - 1));
    }
    prev = row;
  }
  return { whole: prev[name.length]!, begun: Math.min(...prev.slice(1)) };
}

/** Consonants a word must have for its sound alone to say it is the same word: two say too little (الرئيس, r s, and الروسي). */
export const MIN_SOUNDS = 3;

/** Half-edits a query of so many consonants (MIN_SOUNDS or more) may take and still be the name. */
export function soundAllowance(consonants: number): number {
  return consonants <= 6 ? ADD_OR_DROP : 2 * ADD_OR_DROP;
}

/**
 * Whether query (a normalised key) sounds like a run of a name's words
 * (articles off, function words not counted): the whole run within the
 * allowance, or a beginning of it within one consonant added or dropped less.
 * Made once per query, asked of many names.
 */
export function soundsLike(query: string): (nameKey: string) => boolean {
  const asked = soundSkeleton(withoutArticles(query));
  const allowed = soundAllowance(asked.length);
  // Runs of as many words as the query has, and a few more (kimjongun is three words typed as one).
  const longest = query.split(' ').length + 2;
  return (nameKey) => {
    if (asked.length < MIN_SOUNDS) return false;
    const words = withoutArticles(nameKey)
      .split(' ')
      .filter((word) => !STOP_WORDS.has(word));
    const most = Math.min(words.length, longest);
    for (let from = 0; from < words.length; from++) {
      for (let n = 1; n <= most && from + n <= words.length; n++) {
        const { whole, begun } = soundDistance(asked, soundSkeleton(words.slice(from, from + n).join(' ')));
        if (whole <= allowed || begun <= allowed - ADD_OR_DROP) return true;
      }
    }
    return false;
  };
}
