// Dates as pages write them, in machine form (2024-02-24T11:42:23Z) or in
// words (07 أكتوبر 2020, ١٧ آذار/مارس ٢٠٢٠, Posted May 24, 2026), read to a
// calendar date: YYYY-MM-DD, or YYYY-MM when the day is not given.

import { isPartialDate } from '../knowledge/dates';
import { toAsciiDigits } from './digits';
import { foldMonthText, MONTH_PATTERN, monthNumber } from './months';

export interface DateInText {
  /** YYYY-MM-DD, or YYYY-MM for a month and year alone. */
  date: string;
  /** Where it starts in the text (after folding, which keeps ASCII text as it is). */
  index: number;
  /** True for 03/04/2020-style dates whose day and month could be swapped. */
  ambiguous: boolean;
}

const NOT_LETTER_BEFORE = '(?<![\\p{L}\\p{N}])';
const NOT_LETTER_AFTER = '(?![\\p{L}])';
const MONTH = `(${MONTH_PATTERN})${NOT_LETTER_AFTER}\\.?`;
// A second name for the same month, as Levantine sites print آذار/مارس or آذار (مارس).
const SECOND_MONTH = `(?:\\s*[/(\\-]\\s*(?:${MONTH_PATTERN})${NOT_LETTER_AFTER}\\s*\\)?)?`;
const ORDINAL = '(?:st|nd|rd|th)?';

const ISO = /(?<!\d)(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?!\d)/u;
const DAY_MONTH_YEAR = new RegExp(
  `${NOT_LETTER_BEFORE}(\\d{1,2})${ORDINAL}[\\s,،.]*(?:of\\s+)?${MONTH}${SECOND_MONTH}[\\s,،]*(\\d{4})(?!\\d)`,
  'u',
);
const MONTH_DAY_YEAR = new RegExp(`${NOT_LETTER_BEFORE}${MONTH}[\\s,،]+(\\d{1,2})${ORDINAL}[\\s,،]+(\\d{4})(?!\\d)`, 'u');
// Not after a day: "31 فبراير 2020" is a wrong date, not February 2020.
const MONTH_YEAR = new RegExp(
  `${NOT_LETTER_BEFORE}(?<!\\d${ORDINAL}[\\s,،.]*(?:of\\s+)?)${MONTH}${SECOND_MONTH}[\\s,،]*(\\d{4})(?!\\d)`,
  'u',
);
const NUMERIC = /(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?!\d)/u;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function calendar(year: number, month: number, day?: number): string | null {
  const date = day === undefined ? `${year}-${pad(month)}` : `${year}-${pad(month)}-${pad(day)}`;
  return isPartialDate(date) ? date : null;
}

interface Candidate extends DateInText {
  /** Full dates win over a month and year found at the same place. */
  rank: number;
}

/**
 * The first date written in the text, or null. Day-first is assumed for
 * numeric dates whose parts could be either way (as Arabic and most
 * non-US sites write them) unless `monthFirst` is set; such dates are
 * reported as ambiguous.
 */
export function findDateInText(text: string, options: { monthFirst?: boolean } = {}): DateInText | null {
  const folded = foldMonthText(text);
  const found: Candidate[] = [];
  const add = (index: number, date: string | null, rank: number, ambiguous = false) => {
    if (date) found.push({ date, index, ambiguous, rank });
  };

  let m = ISO.exec(folded);
  if (m) add(m.index, calendar(Number(m[1]), Number(m[2]), Number(m[3])), 0);
  m = DAY_MONTH_YEAR.exec(folded);
  if (m) add(m.index, calendar(Number(m[3]), monthNumber(m[2]!) ?? 0, Number(m[1])), 0);
  m = MONTH_DAY_YEAR.exec(folded);
  if (m) add(m.index, calendar(Number(m[3]), monthNumber(m[1]!) ?? 0, Number(m[2])), 0);
  m = MONTH_YEAR.exec(folded);
  if (m) add(m.index, calendar(Number(m[2]), monthNumber(m[1]!) ?? 0), 1);
  m = NUMERIC.exec(folded);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[3]);
    const year = Number(m[4]);
    const ambiguous = a <= 12 && b <= 12 && a !== b;
    const monthFirst = a <= 12 && (b > 12 || (ambiguous && options.monthFirst === true));
    add(m.index, monthFirst ? calendar(year, a, b) : calendar(year, b, a), 0, ambiguous);
  }

  found.sort((x, y) => x.index - y.index || x.rank - y.rank);
  const best = found[0];
  return best ? { date: best.date, index: best.index, ambiguous: best.ambiguous } : null;
}

const MACHINE = /^\s*(\d{4})-?(\d{2})-?(\d{2})(?:$|[T\s]\d)/u;

/**
 * A date given as a value (a meta tag's content, JSON-LD, a time element's
 * datetime): the calendar date as written, without moving it to another time
 * zone. Falls back to a date in words, which some sites put there.
 */
export function readDateValue(value: string): string | null {
  const m = MACHINE.exec(toAsciiDigits(value));
  if (m) return calendar(Number(m[1]), Number(m[2]), Number(m[3]));
  const year = /^\s*(\d{4})(?:-(\d{2}))?\s*$/u.exec(value);
  if (year) return year[2] === undefined ? (isPartialDate(year[1]!) ? year[1]! : null) : calendar(Number(year[1]), Number(year[2]));
  return findDateInText(value)?.date ?? null;
}
