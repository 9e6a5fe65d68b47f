// The publication date of a page, from the most explicit source it has:
// JSON-LD datePublished, publication meta tags, <time datetime>, a date
// printed in the byline, the date it was last updated, and last the address.
// The note says where the date was read and, when it is inferred, why it
// stands for the publication date.

import { findDateInText, readDateValue } from './date-text';
import { cleanText, jsonLdByRelevance, metaContent, shortText } from './dom-read';
import { foldMonthText } from './months';

export interface PageDate {
  /** YYYY-MM-DD, or YYYY-MM when only the month is known. */
  date: string;
  /** True when the page does not state it as the publication date. */
  inferred: boolean;
  note: string;
}

const PUBLISHED_META = [
  'article:published_time',
  'og:published_time',
  'og:article:published_time',
  'datePublished',
  'pubdate',
  'publishdate',
  'publish-date',
  'publish_date',
  'publication_date',
  'article.published',
  'cXenseParse:publishtime',
  'parsely-pub-date',
  'sailthru.date',
  'dc.date.issued',
  'dcterms.issued',
  'dcterms.created',
  'dc.date',
];

const UPDATED_META = [
  'og:updated_time',
  'article:modified_time',
  'dateModified',
  'lastmod',
  'last-modified',
  'date.modified',
  'dcterms.modified',
];

const PUBLISHED_WORDS = /\b(?:posted|published|publication)\b|نشر/i;
// Matched against folded text (see foldMonthText): no diacritics, one alef.
const UPDATED_WORDS = /\b(?:updated?|modified|last edited)\b|تحديث|تعديل|عدل/i;
// Class names of update and modification dates (b-article__date-upd, dateModified).
const UPDATED_CLASS = /upd|modif/i;
// Dates in these parts of a page belong to something else than the article.
// Matched at the start of a class or id word, so that "ShowNavrail" on <html> is not "nav".
const ELSEWHERE = /(?:^|[\s_-])(?:comment|related|recommend|footer|sidebar|widget|promo|trending|popular|nav|menu|video|duration|weather)/i;
const BYLINE_HINT = /pub|posted|byline|article[-_]?date|entry[-_]?date|post[-_]?date|date[-_]?article|meta/i;
const MAX_BYLINE_CHARS = 160;

interface Options {
  /** The page's address, for dates written in its path (/2024/04/30/). */
  address?: string;
  /** Dates after this (plus a day for time zones) are refused as mistakes. */
  now?: Date;
}

export function readPublicationDate(doc: Document, options: Options = {}): PageDate | null {
  const now = options.now ?? new Date();
  const latest = new Date(now.getTime() + 86_400_000).toISOString().slice(0, 10);
  const plausible = (date: string | null): date is string => date !== null && date >= '1900' && date.slice(0, 10) <= latest;
  const accept = (value: string, inferred: boolean, note: string): PageDate | null => {
    const date = readDateValue(value);
    return plausible(date) ? { date, inferred, note } : null;
  };

  const objects = jsonLdByRelevance(doc);
  for (const object of objects) {
    const value = object.datePublished ?? object.dateCreated;
    if (typeof value !== 'string') continue;
    const found = accept(value, false, `JSON-LD ${object.datePublished === value ? 'datePublished' : 'dateCreated'} «${shortText(value)}»`);
    if (found) return found;
  }

  const meta = metaContent(doc, PUBLISHED_META);
  const fromMeta = meta && accept(meta.value, false, `meta ${meta.key} «${shortText(meta.value)}»`);
  if (fromMeta) return fromMeta;

  const fromTime = publishedTimeElement(doc, accept);
  if (fromTime) return fromTime;

  const fromByline = bylineDate(doc, plausible);
  if (fromByline) return fromByline;

  for (const object of objects) {
    const value = object.dateModified;
    if (typeof value !== 'string') continue;
    const found = accept(value, true, updatedNote(`JSON-LD dateModified «${shortText(value)}»`));
    if (found) return found;
  }
  const updated = metaContent(doc, UPDATED_META);
  const fromUpdated = updated && accept(updated.value, true, updatedNote(`meta ${updated.key} «${shortText(updated.value)}»`));
  if (fromUpdated) return fromUpdated;

  return options.address ? addressDate(options.address, plausible) : null;
}

function updatedNote(source: string): string {
  return `the page gives only the date it was last updated (${source}); it was published on or before it`;
}

type Accept = (value: string, inferred: boolean, note: string) => PageDate | null;

function publishedTimeElement(doc: Document, accept: Accept): PageDate | null {
  const explicit = doc.querySelector(
    '[itemprop~="datePublished"][datetime], time[pubdate][datetime], time[itemprop~="dateCreated"][datetime]',
  );
  const value = explicit?.getAttribute('datetime');
  if (explicit && value) {
    const found = accept(
      value,
      false,
      `<time ${explicit.hasAttribute('pubdate') ? 'pubdate' : `itemprop="${explicit.getAttribute('itemprop')}"`} datetime="${shortText(value)}">`,
    );
    if (found) return found;
  }
  // The article's own time elements first; some pages keep the dateline outside <article>.
  const scope = doc.querySelector('article') ?? doc.querySelector('main') ?? doc;
  const times = new Set([...Array.from(scope.querySelectorAll('time[datetime]')), ...Array.from(doc.querySelectorAll('time[datetime]'))]);
  for (const time of times) {
    const datetime = time.getAttribute('datetime') ?? '';
    if (
      !datetime.trim() ||
      isElsewhere(time) ||
      UPDATED_CLASS.test(describe(time)) ||
      UPDATED_WORDS.test(foldMonthText(time.textContent ?? ''))
    )
      continue;
    const found = accept(datetime, false, `<time datetime="${shortText(datetime)}">`);
    if (found) return found;
  }
  return null;
}

/** Class, id and itemprop of an element, for telling what a date element is for. */
function describe(el: Element): string {
  return `${el.getAttribute('class') ?? ''} ${el.id} ${el.getAttribute('itemprop') ?? ''}`;
}

function isElsewhere(el: Element): boolean {
  for (let node: Element | null = el; node; node = node.parentElement) {
    const tag = node.tagName.toLowerCase();
    if (tag === 'body') return false;
    if (tag === 'nav' || tag === 'footer' || tag === 'aside') return true;
    if (ELSEWHERE.test(describe(node))) return true;
  }
  return false;
}

const BYLINE_SELECTOR = ['date', 'Date', 'time', 'Time', 'byline', 'Byline', 'publish', 'Publish', 'posted']
  .flatMap((word) => [`[class*="${word}"]`, `[id*="${word}"]`])
  .concat(['[itemprop*="date"]', 'time'])
  .join(',');

function bylineDate(doc: Document, plausible: (date: string | null) => date is string): PageDate | null {
  const candidates: { el: Element; text: string; hinted: boolean }[] = [];
  for (const el of Array.from(doc.body?.querySelectorAll(BYLINE_SELECTOR) ?? [])) {
    const text = cleanText(el.textContent ?? '');
    if (
      !text ||
      text.length > MAX_BYLINE_CHARS ||
      UPDATED_WORDS.test(foldMonthText(text)) ||
      UPDATED_CLASS.test(describe(el)) ||
      isElsewhere(el)
    )
      continue;
    candidates.push({ el, text, hinted: BYLINE_HINT.test(describe(el)) || PUBLISHED_WORDS.test(foldMonthText(text)) });
  }
  // Elements named for the byline or the publication first, then any other date element.
  for (const tier of [true, false]) {
    for (const { text, hinted } of candidates) {
      if (hinted !== tier) continue;
      const found = findDateInText(text);
      if (!found || !plausible(found.date)) continue;
      const stated = PUBLISHED_WORDS.test(foldMonthText(text));
      const quote = `«${quoteAround(text, found.index)}»`;
      const ambiguity = found.ambiguous ? ' (read day first: the day and month could be swapped)' : '';
      return stated
        ? { date: found.date, inferred: false, note: `the page prints ${quote}${ambiguity}` }
        : {
            date: found.date,
            inferred: true,
            note: `the page prints ${quote} near the article without saying it is the publication date${ambiguity}`,
          };
    }
  }
  return null;
}

const MONTH_ABBREVIATIONS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function addressDate(address: string, plausible: (date: string | null) => date is string): PageDate | null {
  let path: string;
  try {
    path = new URL(address).pathname.toLowerCase();
  } catch {
    return null;
  }
  const m = /\/((?:19|20)\d{2})\/(\d{2}|[a-z]{3})\/(?:(\d{2})\/)?/.exec(path);
  if (!m) return null;
  const monthIndex = /^\d+$/.test(m[2]!) ? Number(m[2]) : MONTH_ABBREVIATIONS.indexOf(m[2]!) + 1;
  if (monthIndex < 1) return null;
  const value = `${m[1]}-${String(monthIndex).padStart(2, '0')}${m[3] ? `-${m[3]}` : ''}`;
  const date = readDateValue(value);
  if (!plausible(date)) return null;
  return { date, inferred: true, note: `read from the address (${cleanText(m[0])}); the page states no date` };
}

/** The byline around the date, so that a long byline is quoted where the date is. */
function quoteAround(text: string, index: number, max = 80): string {
  if (text.length <= max) return text;
  const start = Math.max(0, Math.min(index - 20, text.length - max));
  return `${start > 0 ? '…' : ''}${shortText(text.slice(start), max)}`;
}
