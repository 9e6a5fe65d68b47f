// What one code point becomes in normalised text: nothing, a space, or one or
// more folded characters. Computed once per code point and cached, because
// String.prototype.normalize per character is far too slow for a whole page.

/** The code point disappears (diacritics, tatweel, invisible format marks). */
const REMOVED = '';
/** The code point separates words (whitespace, dashes, underscores, quotes, controls). */
export const SPACE = ' ';

// Letters that the Unicode decompositions leave distinct but Arabic-script
// writers use interchangeably (or that Persian/Urdu keyboards produce).
const LETTER_FOLDS: Record<string, string> = {
  '\u0671': '\u0627', // ٱ alef wasla -> ا
  '\u0672': '\u0627', // ٲ alef with wavy hamza above
  '\u0673': '\u0627', // ٳ alef with wavy hamza below
  '\u0649': '\u064A', // ى alef maqsura -> ي
  '\u0629': '\u0647', // ة taa marbuta -> ه
  '\u06CC': '\u064A', // ی Farsi yeh
  '\u06D2': '\u064A', // ے yeh barree
  '\u06CD': '\u064A', // ۍ yeh with tail
  '\u06D0': '\u064A', // ې e
  '\u06A9': '\u0643', // ک keheh
  '\u06AA': '\u0643', // ڪ swash kaf
  '\u06AF': '\u0643', // گ gaf: written for /g/, which Arabic also writes ك
  '\u06B3': '\u0643', // ڳ gueh
  '\u067E': '\u0628', // پ peh
  '\u0686': '\u062A\u0634', // چ tcheh: the "ch" Arabic spells تش (لاچين = لاتشين)
  '\u06A4': '\u0641', // ڤ veh
  '\u06A5': '\u0641', // ڥ
  '\u0698': '\u0632', // ژ jeh
  '\u06BE': '\u0647', // ھ heh doachashmee
  '\u06C1': '\u0647', // ہ heh goal
  '\u06D5': '\u0647', // ە ae
  // Latin letters with no decomposition, as names are written in English.
  '\u0131': 'i', // ı dotless i (Bakı)
  '\u0259': 'a', // ə schwa (Əliyev -> Aliyev)
  '\u0142': 'l', // ł
  '\u00F8': 'o', // ø
  '\u0111': 'd', // đ
  '\u00DF': 'ss', // ß
  '\u00E6': 'ae', // æ
  '\u0153': 'oe', // œ
};

const MARK_OR_FORMAT = /[\p{M}\p{Cf}]/gu;
// Whitespace, dashes and underscores (Nagorno-Karabakh, #فلاديمير_بوتين), and
// quotation marks, so a phrase reads the same quoted or not (محطة «روسيا اليوم»).
const SEPARATOR = /^[\p{Z}\p{Pd}\p{Cc}\p{Pi}\p{Pf}_"'`´„‚]$/u;

function foldDigit(cp: number): string | undefined {
  if (cp >= 0x0660 && cp <= 0x0669) return String.fromCharCode(0x30 + cp - 0x0660); // Arabic-Indic
  if (cp >= 0x06f0 && cp <= 0x06f9) return String.fromCharCode(0x30 + cp - 0x06f0); // Persian
  return undefined;
}

function foldUncached(cp: number): string {
  if (cp === 0x0640) return REMOVED; // tatweel only stretches a letter
  if (cp >= 0xd800 && cp <= 0xdfff) return '\uFFFD'; // a lone surrogate half is no character
  // Decompose compatibility forms (أ -> ا + hamza, ﻻ -> لا, 𝐁 -> B, é -> e +
  // accent), lower-case what that gives (İ -> i + dot) and drop every mark;
  // then fold what is left one character at a time (separators and digits
  // come through the decomposition unchanged or as other separators, ´ -> space).
  const decomposed = String.fromCodePoint(cp).normalize('NFKD').toLowerCase().normalize('NFKD').replace(MARK_OR_FORMAT, '');
  let out = '';
  for (const c of decomposed) {
    if (SEPARATOR.test(c)) out += SPACE;
    else out += LETTER_FOLDS[c] ?? foldDigit(c.codePointAt(0) ?? 0) ?? c;
  }
  return out;
}

// BMP cache: index = code unit; undefined until first seen.
const bmpCache: (string | undefined)[] = Array.from<string | undefined>({ length: 0x10000 });
const astralCache = new Map<number, string>();

/** The normalised form of one code point (see REMOVED and SPACE). */
export function foldCodePoint(cp: number): string {
  if (cp < 0x10000) {
    let hit = bmpCache[cp];
    if (hit === undefined) {
      hit = foldUncached(cp);
      bmpCache[cp] = hit;
    }
    return hit;
  }
  let hit = astralCache.get(cp);
  if (hit === undefined) {
    hit = foldUncached(cp);
    astralCache.set(cp, hit);
  }
  return hit;
}

/** foldUnit result: the unit does not fold to one code unit of its own (use foldCodePoint). */
export const FOLD_OTHER = -1;

// BMP fast path: the single code unit a code unit folds to, or FOLD_OTHER;
// 0 until first seen (no code unit folds to U+0000, a control).
const unitCache = new Int32Array(0x10000);

/**
 * What a UTF-16 code unit folds to when that is exactly one code unit; else
 * FOLD_OTHER: removed, several characters, or a high surrogate (which may
 * start a pair: the caller reads the whole code point). The normaliser's inner loop.
 */
export function foldUnit(code: number): number {
  const hit = unitCache[code] ?? 0;
  if (hit !== 0) return hit;
  const folded = foldCodePoint(code);
  const value = folded.length === 1 && (code & 0xfc00) !== 0xd800 ? folded.charCodeAt(0) : FOLD_OTHER;
  unitCache[code] = value;
  return value;
}
