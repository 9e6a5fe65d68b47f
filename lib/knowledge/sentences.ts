// Splits a paragraph into sentences, the unit a card quotes as a passage.
// Errs towards longer sentences: a passage that runs on is still readable, one
// cut at "U.S." or inside a quotation loses its speaker.

const TERMINATORS = new Set(['.', '!', '?', '؟', '۔']);
/** Characters that may follow a terminator and still belong to its sentence. */
const CLOSERS = new Set(['»', '”', '’', '›', ')', ']', '"']);
const OPENING_QUOTES = new Set(['«', '“', '‹']);
const CLOSING_QUOTES = new Set(['»', '”', '›']);
const SPACE = /\s/u;
const LOWERCASE_LATIN = /[a-z]/;
const TATWEEL = /\u0640/g;
/** Latin and Arabic initials: U.S, د, ق.م, أ.د */
const INITIALS = /^(?:\p{L}\.)*\p{L}$/u;
const ABBREVIATIONS = new Set(
  [
    'mr mrs ms dr prof st jr sr gen col lt sgt capt cmdr adm sen rep gov pres',
    'inc ltd co corp vs e.g i.e no approx est dept',
    'jan feb mar apr jun jul aug sep sept oct nov dec',
  ]
    .join(' ')
    .split(' '),
);

/** Sentences of text as [start, end) offsets, trimmed, in order. */
export function splitSentences(text: string): [number, number][] {
  // Quotation marks keep a quoted sentence with its speaker, but only when they
  // pair up: a quote left open (it goes on in the next paragraph) must not
  // swallow the rest of this one.
  return scan(text, true) ?? scan(text, false) ?? [];
}

function scan(text: string, respectQuotes: boolean): [number, number][] | undefined {
  const sentences: [number, number][] = [];
  let start = 0;
  let curlyDepth = 0;
  let straightOpen = false;

  const trackQuote = (ch: string): void => {
    if (OPENING_QUOTES.has(ch)) curlyDepth++;
    else if (CLOSING_QUOTES.has(ch)) curlyDepth = Math.max(0, curlyDepth - 1);
    else if (ch === '"') straightOpen = !straightOpen;
  };

  let i = 0;
  while (i < text.length) {
    const ch = text[i] as string;
    if (!TERMINATORS.has(ch)) {
      trackQuote(ch);
      i++;
      continue;
    }
    // A run of terminators and the closing marks after it: «?!», «.»», «."».
    const runStart = i;
    while (i < text.length && TERMINATORS.has(text[i] as string)) i++;
    const terminators = text.slice(runStart, i);
    while (i < text.length && CLOSERS.has(text[i] as string)) {
      const closer = text[i] as string;
      // An opening quote of what follows; but where quotes do not pair up, a
      // quote after a full stop most likely closes one opened in an earlier paragraph.
      if (closer === '"' && !straightOpen && respectQuotes) break;
      trackQuote(closer);
      i++;
    }
    const atEnd = i >= text.length;
    if (!atEnd && !SPACE.test(text[i] as string)) continue; // 2.5, example.com
    const quoted = respectQuotes && (curlyDepth > 0 || straightOpen);
    if (quoted || !endsSentence(text, runStart, terminators, i)) continue;
    pushTrimmed(text, start, i, sentences);
    start = i;
  }
  if (respectQuotes && (curlyDepth > 0 || straightOpen)) return undefined;
  pushTrimmed(text, start, text.length, sentences);
  return sentences;
}

function endsSentence(text: string, runStart: number, terminators: string, after: number): boolean {
  // Ellipses mostly trail off mid-sentence in news copy.
  if (terminators.includes('..')) return false;
  if (terminators === '.' && isAbbreviation(wordBefore(text, runStart))) return false;
  // "e.g. this", "Why? he asked": a lowercase word continues the sentence.
  const next = text.slice(after).trimStart()[0];
  return next === undefined || !LOWERCASE_LATIN.test(next);
}

function wordBefore(text: string, end: number): string {
  let start = end;
  while (start > 0 && !SPACE.test(text[start - 1] as string)) start--;
  return text
    .slice(start, end)
    .replace(TATWEEL, '')
    .replace(/^[^\p{L}\p{N}]+/u, '');
}

function isAbbreviation(word: string): boolean {
  return INITIALS.test(word) || ABBREVIATIONS.has(word.toLowerCase());
}

function pushTrimmed(text: string, from: number, to: number, out: [number, number][]): void {
  while (from < to && SPACE.test(text[from] as string)) from++;
  while (to > from && SPACE.test(text[to - 1] as string)) to--;
  if (to > from) out.push([from, to]);
}
