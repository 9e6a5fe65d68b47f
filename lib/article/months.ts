// Month names as news sites print them: English (full and abbreviated), the
// Syriac-derived names of the Levant and Iraq (كانون الثاني…), the names
// borrowed from the Latin months in Egypt and the Gulf (يناير…), and the
// French-derived and Moroccan forms of the Maghreb. Looked up after
// foldMonthText, so hamza and yeh spellings need not be listed.

import { toAsciiDigits } from './digits';

const MONTHS: readonly (readonly string[])[] = [
  ['january', 'jan', 'كانون الثاني', 'كانون ثاني', 'يناير', 'جانفي'],
  ['february', 'feb', 'شباط', 'فبراير', 'فيفري'],
  ['march', 'mar', 'اذار', 'مارس'],
  ['april', 'apr', 'نيسان', 'ابريل', 'افريل'],
  ['may', 'ايار', 'مايو', 'ماي'],
  ['june', 'jun', 'حزيران', 'يونيو', 'يونيه', 'جوان'],
  ['july', 'jul', 'تموز', 'يوليو', 'يوليه', 'جويليه', 'يوليوز'],
  ['august', 'aug', 'اب', 'اغسطس', 'اوت', 'غشت'],
  ['september', 'sep', 'sept', 'ايلول', 'سبتمبر', 'شتنبر'],
  ['october', 'oct', 'تشرين الاول', 'تشرين اول', 'اكتوبر'],
  ['november', 'nov', 'تشرين الثاني', 'تشرين ثاني', 'نوفمبر', 'نونبر'],
  ['december', 'dec', 'كانون الاول', 'كانون اول', 'ديسمبر', 'دجنبر'],
];

const BY_NAME = new Map<string, number>();
MONTHS.forEach((names, i) => {
  for (const name of names) BY_NAME.set(name, i + 1);
});

/**
 * Lower case, ASCII digits, and the Arabic spelling variants unified (hamza
 * forms, ى/ي, ة/ه, Persian letters, ڤ) with diacritics and tatweel removed.
 */
export function foldMonthText(text: string): string {
  let out = '';
  for (const ch of toAsciiDigits(text).toLowerCase()) {
    const code = ch.charCodeAt(0);
    if ((code >= 0x064b && code <= 0x065f) || code === 0x0670 || code === 0x0640) continue;
    else out += FOLDS[ch] ?? ch;
  }
  return out;
}

const FOLDS: Record<string, string> = {
  أ: 'ا',
  إ: 'ا',
  آ: 'ا',
  ٱ: 'ا',
  ى: 'ي',
  ی: 'ي',
  ة: 'ه',
  ک: 'ك',
  ڤ: 'ف',
  '\u00A0': ' ',
};

/** 1-12 for a folded month name (see foldMonthText), or undefined. */
export function monthNumber(folded: string): number | undefined {
  return BY_NAME.get(folded.replace(/\.$/, '').replace(/\s+/g, ' '));
}

/** A regular-expression alternation of every folded month name, longest first. */
export const MONTH_PATTERN = [...BY_NAME.keys()]
  .sort((a, b) => b.length - a.length)
  .map((name) => name.replace(/ /g, '\\s+'))
  .join('|');
