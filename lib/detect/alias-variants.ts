// Spellings of an alias that content writers need not list: the same name as
// media write it with other transliteration habits. Two kinds, on normalised
// keys. Some are written out as keys of their own (a synonym, a doubled yeh
// written once). The others the trie walk reads itself, since written out
// they would multiply: غ, ج and ك for the /g/ sound of foreign names, and a
// name's words written joined or split (بيونغ يانغ, بيونغيانغ).

/** Words a treaty-based name may use for "treaty"; both render the same name. */
const SYNONYMS: readonly (readonly string[])[] = [['معاهده', 'اتفاقيه']];

/** Hard cap on written-out variants per alias. */
const MAX_VARIANTS = 16;
/** A variant word shorter than this could be an ordinary word (كييف -> كيف, "how"; جدة -> غدة). */
const MIN_VARIANT_TOKEN = 4;

const SPACE = 0x20;
const GHAIN = 0x63a; // غ
const JEEM = 0x62c; // ج
const KAF = 0x643; // ك
const ALEF = 0x627;
const LAM = 0x644;

/** The letters a key may have where text writes another g letter. */
export const G_SOURCES: readonly number[] = [GHAIN, JEEM];

/** True for غ, ج and ك, the ways Arabic writes the /g/ of a foreign name (گ is folded to ك). */
export function isGSpelling(code: number): boolean {
  return code === GHAIN || code === JEEM || code === KAF;
}

/**
 * True when the letter at i of key is غ or ج in a transliterated word: one
 * without the article (الشمالية is an Arabic word) and long enough not to
 * turn into another word.
 */
export function gFlexibleAt(key: string, i: number): boolean {
  const code = key.charCodeAt(i);
  if (code !== GHAIN && code !== JEEM) return false;
  let start = i;
  while (start > 0 && key.charCodeAt(start - 1) !== SPACE) start--;
  let end = i;
  while (end < key.length && key.charCodeAt(end) !== SPACE) end++;
  const article = key.charCodeAt(start) === ALEF && key.charCodeAt(start + 1) === LAM;
  return !article && end - start >= MIN_VARIANT_TOKEN;
}

/** True when every غ and ج of key may be written as another g letter. */
export function gFlexible(key: string): boolean {
  for (let i = 0; i < key.length; i++) {
    const code = key.charCodeAt(i);
    if ((code === GHAIN || code === JEEM) && !gFlexibleAt(key, i)) return false;
  }
  return true;
}

function synonymForms(token: string): readonly string[] {
  return SYNONYMS.find((group) => group.includes(token)) ?? [token];
}

function yehForms(token: string): string[] {
  // علييف / عليف: a doubled yeh for "-iye-" is often written once.
  const single = token.replace(/يي/g, 'ي');
  return single !== token && single.length >= MIN_VARIANT_TOKEN ? [token, single] : [token];
}

/** The key itself first, then the variants written out as keys; never more than MAX_VARIANTS. */
export function aliasVariants(key: string): string[] {
  let combos: string[] = [''];
  key.split(' ').forEach((token, index) => {
    const forms = synonymForms(token).flatMap(yehForms);
    const next: string[] = [];
    for (const combo of combos) {
      for (const form of forms) if (next.length < MAX_VARIANTS) next.push(index === 0 ? form : `${combo} ${form}`);
    }
    combos = next;
  });
  return [...new Set([key, ...combos])];
}
