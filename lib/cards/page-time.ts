// Reading a card against the date of the page it opens on. Dates are partial
// (2023, 2023-09, 2023-09-19): a fact dated 2023-09 could be any day of that
// month, so it counts as after the page only when its first possible day is
// later, and the page is newer than everything only when it is later than the
// last possible day of the latest fact.

/** The first day a partial ISO date can mean, as YYYY-MM-DD. */
export function firstDay(iso: string): string {
  const [y, m = '01', d = '01'] = iso.split('-');
  return `${y}-${m}-${d}`;
}

/** The last day a partial ISO date can mean, as YYYY-MM-DD. */
export function lastDay(iso: string): string {
  const [y = '', m, d] = iso.split('-');
  if (d !== undefined && m !== undefined) return iso;
  if (m === undefined) return `${y}-12-31`;
  const days = new Date(Date.UTC(Number(y), Number(m), 0)).getUTCDate();
  return `${y}-${m}-${String(days).padStart(2, '0')}`;
}

export interface Dated {
  date: string | null;
  asOf: string | null;
}

export interface PageSplit<T> {
  /** Facts up to the page's date, and those with no date to place them by. */
  before: T[];
  /** Facts that came after the page was published. */
  after: T[];
  /** The latest date among the facts, when the page is later than all of them. */
  newerThan: string | null;
}

/** When a fact happened, else the day it speaks from. */
function when(fact: Dated): string | null {
  return fact.date ?? fact.asOf;
}

/** Splits facts (order kept) around pageDate (a partial ISO date). */
export function splitByPage<T extends Dated>(facts: readonly T[], pageDate: string): PageSplit<T> {
  const page = firstDay(pageDate);
  const pageEnd = lastDay(pageDate);
  const before: T[] = [];
  const after: T[] = [];
  let latest: string | null = null;
  for (const fact of facts) {
    const at = when(fact);
    if (at !== null && firstDay(at) > pageEnd) after.push(fact);
    else before.push(fact);
    if (at !== null && (latest === null || lastDay(at) > lastDay(latest))) latest = at;
  }
  return { before, after, newerThan: latest !== null && page > lastDay(latest) ? latest : null };
}
