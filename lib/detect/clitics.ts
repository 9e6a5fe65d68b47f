// Arabic clitics written attached to a name: conjunctions و ف, prepositions
// ب ل ك, the article ال, and their combinations (وبال، فلل، كال ...).
// Normalised forms (أ/إ/آ are already ا).

const CONJUNCTIONS = ['', 'و', 'ف'];
const PREPOSITIONS = ['', 'ب', 'ل', 'ك'];
const ARTICLES = ['', 'ال'];

function buildPrefixes(): string[] {
  const out = new Set<string>();
  for (const c of CONJUNCTIONS) {
    for (const p of PREPOSITIONS) {
      for (const a of ARTICLES) {
        // ل + ال is written لل, never لال.
        if (p === 'ل' && a === 'ال') continue;
        out.add(c + p + a);
      }
    }
    out.add(c + 'لل');
  }
  out.delete('');
  return [...out].sort((x, y) => x.length - y.length);
}

/** Every clitic prefix, shortest first. */
export const CLITIC_PREFIXES: readonly string[] = buildPrefixes();

/** A name left after stripping a clitic must keep at least this many letters. */
const MIN_NAME_LETTERS = 2;
/** The most starts one word can offer: itself, each prefix, and each elided لل. */
export const MAX_NAME_STARTS = 1 + CLITIC_PREFIXES.length * 2;

/**
 * A word as it stands and what is left of it after each clitic it begins
 * with (keeping MIN_NAME_LETTERS): nameStarts for one word as strings, where
 * a search reads a query's words, not a page.
 */
export function cliticReadings(word: string): string[] {
  const out = [word];
  for (const prefix of CLITIC_PREFIXES)
    if (word.length - prefix.length >= MIN_NAME_LETTERS && word.startsWith(prefix)) out.push(word.slice(prefix.length));
  return out;
}

const WAW = 0x648; // و
const FA = 0x641; // ف
const BA = 0x628; // ب
const KAF = 0x643; // ك
const LAM = 0x644; // ل
const ALEF = 0x627; // ا

/**
 * Where a name may start inside the word text[from, to): the word start, then
 * after each clitic prefix the word begins with, nearest first. Written into
 * out as position * 2 + elided, where elided marks a start after لل (ل + ال)
 * at which the name's own article lost its alef: لليمن = ل + اليمن, the name
 * starting at the second ل with its ا implied. Returns how many were written.
 * (A hand-written reading of CLITIC_PREFIXES, into a reused buffer: this runs
 * for every word of a page.)
 */
export function nameStarts(text: string, from: number, to: number, out: Int32Array): number {
  let n = 0;
  out[n++] = from * 2;
  const first = text.charCodeAt(from);
  // An optional conjunction, then a preposition (perhaps with the article), لل, or the article alone.
  const conjunction = first === WAW || first === FA ? 1 : 0;
  for (let base = from; base <= from + conjunction; base++) {
    if (base > from && to - base >= MIN_NAME_LETTERS) out[n++] = base * 2;
    const c = text.charCodeAt(base);
    let after = -1; // where the name starts after this preposition or article
    if (c === BA || c === KAF || c === LAM) {
      if (to - base - 1 >= MIN_NAME_LETTERS) out[n++] = (base + 1) * 2;
      if (c === LAM && text.charCodeAt(base + 1) === LAM) {
        after = base + 2;
        if (to - after >= MIN_NAME_LETTERS) out[n++] = (base + 1) * 2 + 1; // elided alef
      } else if (c !== LAM && text.charCodeAt(base + 1) === ALEF && text.charCodeAt(base + 2) === LAM) {
        after = base + 3;
      }
    } else if (c === ALEF && text.charCodeAt(base + 1) === LAM) {
      after = base + 2;
    }
    if (after > 0 && to - after >= MIN_NAME_LETTERS) out[n++] = after * 2;
  }
  return n;
}

export const startPosition = (encoded: number): number => encoded >> 1;
export const startElided = (encoded: number): boolean => (encoded & 1) === 1;
