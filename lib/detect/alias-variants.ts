// Spellings of an alias that content writers need not list: the same name as
// media write it with other transliteration habits. Works on normalised keys.

/** Words a treaty-based name may use for "treaty"; both render the same name. */
const SYNONYMS: readonly (readonly string[])[] = [['معاهده', 'اتفاقيه']];

// The /g/ sound of foreign names is written غ, ج or ك (گ is folded to ك).
const G_SOURCES = new Set(['غ', 'ج']);
const G_SPELLINGS = ['غ', 'ج', 'ك'];

/** Hard cap so one alias full of g's cannot blow up the trie. */
const MAX_VARIANTS = 48;
/** Joined forms are made only for short multi-word names (بيونغ يانغ -> بيونغيانغ). */
const MAX_JOIN_TOKENS = 3;

const ARABIC_LETTER = /[\u0621-\u064A]/;

function isForeignArabicToken(token: string): boolean {
  // A token with the article is an Arabic word (الشمالية), not a transliteration.
  return ARABIC_LETTER.test(token) && !token.startsWith('ال');
}

function synonymForms(token: string): string[] {
  for (const group of SYNONYMS) if (group.includes(token)) return [...group];
  return [token];
}

function gForms(token: string): string[] {
  if (!isForeignArabicToken(token) || token.length < MIN_VARIANT_TOKEN) return [token];
  let forms = [''];
  for (const ch of token) {
    const options = G_SOURCES.has(ch) ? G_SPELLINGS : [ch];
    const next: string[] = [];
    for (const f of forms) for (const o of options) if (next.length < MAX_VARIANTS) next.push(f + o);
    forms = next;
  }
  return forms;
}

/** A variant shorter than this could be an ordinary word (كييف -> كيف, "how"). */
const MIN_VARIANT_TOKEN = 4;

function yehForms(token: string): string[] {
  // علييف / عليف: a doubled yeh for "-iye-" is often written once.
  const single = token.replace(/يي/g, 'ي');
  return single !== token && single.length >= MIN_VARIANT_TOKEN ? [token, single] : [token];
}

function tokenForms(token: string): string[] {
  const out = new Set<string>();
  for (const s of synonymForms(token)) for (const g of gForms(s)) for (const y of yehForms(g)) out.add(y);
  return [...out];
}

function joinings(tokens: readonly string[]): string[] {
  if (tokens.length < 2 || tokens.length > MAX_JOIN_TOKENS) return [tokens.join(' ')];
  const out: string[] = [];
  const gaps = tokens.length - 1;
  for (let mask = 0; mask < 1 << gaps; mask++) {
    let s = tokens[0] ?? '';
    for (let g = 0; g < gaps; g++) s += (mask & (1 << g) ? '' : ' ') + (tokens[g + 1] ?? '');
    out.push(s);
  }
  return out;
}

/** The key itself first, then its variants; never more than MAX_VARIANTS. */
export function aliasVariants(key: string): string[] {
  const tokens = key.split(' ');
  let combos: string[][] = [[]];
  for (const token of tokens) {
    const next: string[][] = [];
    for (const combo of combos) {
      for (const form of tokenForms(token)) if (next.length < MAX_VARIANTS) next.push([...combo, form]);
    }
    combos = next;
  }
  const out = new Set<string>([key]);
  for (const combo of combos) {
    for (const joined of joinings(combo)) {
      if (out.size >= MAX_VARIANTS) return [...out];
      out.add(joined);
    }
  }
  return [...out];
}
