// Whether a sentence holds one of the query's words. fuse.js scores a
// sentence by the best place its letters line up with the query's, across
// word boundaries, so a query for a word no article uses (الكرملين) came back
// with sentences that only share most of its letters (الأرميني). A passage
// is kept when some content word of the query is in it: as written, begun (a
// query still being typed), with or without an Arabic clitic on either side
// (وبالكرملين), with long vowels left out or added (بوتن for بوتين), written
// joined where the sentence has two words, or within a few letters (a typo or
// another transliteration: one edit per four letters of the query word, its
// article not counted).
import { cliticReadings } from '../detect/clitics';
import { withoutArticle } from './article-free';
import { MIN_SOUNDS, soundSkeleton } from './sound-match';
import { STOP_WORDS } from './stop-words';

/** Query words shorter than this are matched without edits: one would change too much of them. */
const MIN_FUZZY = 5;
const LETTERS_PER_EDIT = 4;
/** The long vowels Arabic writing often leaves out or adds (normalised text has one alef). */
const LONG_VOWELS = /[اوي]/g;
const CLOSING_VOWELS = /[اوي]+$/u;

/** The edits allowed to a query word of n letters. */
const editsFor = (n: number): number => (n < MIN_FUZZY ? 0 : Math.floor(n / LETTERS_PER_EDIT));

/** Levenshtein distance of a and b, or max + 1 once it must exceed max. */
export function boundedDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    let least = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      const d = Math.min((row[j] ?? 0) + 1, (next[j - 1] ?? 0) + 1, (row[j - 1] ?? 0) + cost);
      next.push(d);
      least = Math.min(least, d);
    }
    if (least > max) return max + 1;
    row = next;
  }
  return Math.min(row[b.length] ?? max + 1, max + 1);
}

/** The words of normalised text, without the punctuation around them. */
const wordsOf = (key: string): string[] => key.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0);

/**
 * A word without its long vowels and its closing ة (written ه once
 * normalised): روسيا, الروسية and الروسي are one. Where that leaves fewer than
 * three letters, only the vowels it ends with go: two consonants alone say
 * too little (كرة is not الكورية).
 */
function skeleton(word: string): string {
  const open = word.replace(/ه$/u, '');
  const bare = open.replace(LONG_VOWELS, '');
  return bare.length >= 3 ? bare : open.replace(CLOSING_VOWELS, '');
}
/** Another transliteration of the word (Karabagh, Karabakh; Ukraine, Ukrainian): its consonants by sound, sound-match.ts. */
const soundKey = (word: string): string => soundSkeleton(word).join(',');

function near(query: string, word: string, typos: boolean, begun: boolean): boolean {
  // A name is listed without clitics but for the article: only the query's are taken off.
  // Each reading's skeleton once, not once per reading of the query.
  const readings = (typos ? cliticReadings(word) : [...new Set([word, withoutArticle(word)])]).map((w) => {
    const core = withoutArticle(w);
    return { w, core, bare: skeleton(core) };
  });
  return cliticReadings(query).some((q) => {
    // The article says nothing of the word: الحرس holds three letters, and one
    // edit of three makes it الحرب; الرئيس's consonants are r, s, not those of الروسي.
    const core = withoutArticle(q);
    const max = typos ? editsFor(core.length) : 0;
    const bare = skeleton(core);
    const sounds = typos ? [] : soundSkeleton(core);
    const sound = sounds.length >= MIN_SOUNDS ? sounds.join(',') : '';
    return readings.some(
      (r) =>
        (begun ? r.w.startsWith(q) : r.w === q) ||
        (bare.length >= 2 && r.bare === bare) ||
        (sound !== '' && soundKey(r.core) === sound) ||
        (max > 0 && (boundedDistance(q, r.w, max) <= max || boundedDistance(q, r.w.slice(0, q.length), max) <= max)),
    );
  });
}

/** The words a query is looked for by: its content words, or all of them when it has none. */
export function queryWords(queryKey: string): string[] {
  const words = wordsOf(queryKey);
  // A letter on its own is no word to look for: the s of Putin's, an initial.
  const content = words.filter((w) => !STOP_WORDS.has(w) && w.length > 1);
  return content.length > 0 ? content : words;
}

/**
 * Whether the normalised sentence holds one of the query's words (queryWords),
 * near enough. Names are held to more (`strict`): no typos (a name holding
 * the query's word, not one a letter off: الأمن for الأرمن), and a word only
 * begun counts only when it is the last, the one being typed (Kim Jong-il is
 * not Ilham Aliyev).
 */
export function holdsQueryWord(words: readonly string[], sentenceKey: string, strict: { last: boolean } | null = null): boolean {
  const sentence = wordsOf(sentenceKey);
  const joined = sentence.slice(1).map((w, i) => `${sentence[i] ?? ''}${w}`);
  const typos = strict === null;
  const begun = strict?.last ?? true;
  return words.some((q) => sentence.some((w) => near(q, w, typos, begun)) || joined.some((w) => near(q, w, typos, begun)));
}
