// The language and direction of a page's text. Pages declare them wrongly
// often enough (an Arabic article in a theme saying lang="en-US") that the
// script of the text decides, and the declaration only tells languages that
// share a script apart.

export type Direction = 'rtl' | 'ltr';

export interface PageLanguage {
  /** A primary language subtag (ar, en, fa…), or "und" when unknown. */
  language: string;
  direction: Direction;
  /** Set when the text contradicts what the page declares. */
  note?: string;
}

// Languages written right to left, in Arabic, Hebrew or Thaana script.
const RTL_LANGUAGES = new Set(['ar', 'fa', 'ur', 'ps', 'ckb', 'sd', 'ug', 'dv', 'he', 'yi', 'ku']);
const ARABIC_SCRIPT_LANGUAGES = new Set(['ar', 'fa', 'ur', 'ps', 'ckb', 'sd', 'ug', 'ku']);

const ARABIC_LETTERS = /[\u0620-\u064A\u066E-\u06D3\u06FA-\u06FF\u0750-\u077F\u08A0-\u08FF]/g;
const HEBREW_LETTERS = /[\u05D0-\u05EA]/g;
const LATIN_LETTERS = /[A-Za-z\u00C0-\u024F]/g;
const SAMPLE_CHARS = 4000;

/** The primary subtag of a language tag or locale (ar_AR, en-US), lower case, or null. */
export function primaryLanguage(tag: string | null | undefined): string | null {
  const m = /^\s*([a-z]{2,3})(?:[-_]|\s*$)/i.exec(tag ?? '');
  return m ? m[1]!.toLowerCase() : null;
}

function count(text: string, letters: RegExp): number {
  return text.match(letters)?.length ?? 0;
}

export function detectLanguage(text: string, declared: string | null): PageLanguage {
  const sample = text.slice(0, SAMPLE_CHARS);
  const arabic = count(sample, ARABIC_LETTERS);
  const hebrew = count(sample, HEBREW_LETTERS);
  const latin = count(sample, LATIN_LETTERS);
  const total = arabic + hebrew + latin;
  const said = declared ? ` (the page says "${declared}")` : '';
  let language: string;
  let note: string | undefined;
  if (total < 20) {
    language = declared ?? 'und';
  } else if (arabic > total / 2) {
    language = declared && ARABIC_SCRIPT_LANGUAGES.has(declared) ? declared : 'ar';
    if (language !== declared) note = `the text is in Arabic script${said}`;
  } else if (hebrew > total / 2) {
    language = declared === 'yi' ? 'yi' : 'he';
    if (language !== declared) note = `the text is in Hebrew script${said}`;
  } else if (latin > total / 2) {
    language = declared && !RTL_LANGUAGES.has(declared) ? declared : 'und';
    if (language !== declared) note = `the text is in Latin script${said}`;
  } else {
    language = declared ?? 'und';
  }
  const direction: Direction = RTL_LANGUAGES.has(language) ? 'rtl' : 'ltr';
  return note ? { language, direction, note } : { language, direction };
}
