// What a page says about itself, for saving it as an article: title, site,
// address, author, language, direction and publication date.

import { cleanText, jsonLdByRelevance, jsonLdText, metaContent, metaContents } from './dom-read';
import { readPublicationDate, type PageDate } from './page-date';
import { detectLanguage, primaryLanguage, type Direction } from './page-language';

export interface PageMetadata {
  title: string;
  site: string;
  /** The page's address without its fragment and tracking parameters: the identity of a saved article. */
  address: string;
  /** The page's canonical address when it names one on the same site, else null. */
  canonical: string | null;
  author: string | null;
  language: string;
  direction: Direction;
  /** Why the language differs from what the page declares, when it does. */
  languageNote?: string;
  date: PageDate | null;
}

interface Options {
  /** The article's text when already extracted; otherwise paragraphs of the page are sampled. */
  text?: string;
  now?: Date;
}

export function readPageMetadata(doc: Document, pageUrl: string, options: Options = {}): PageMetadata {
  const address = cleanAddress(pageUrl);
  const objects = jsonLdByRelevance(doc);
  const site = siteName(doc, objects, address);
  const title = pageTitle(doc, objects, site);
  const text = `${title}\n${options.text ?? sampleText(doc)}`;
  const lang = detectLanguage(text, declaredLanguage(doc));
  const metadata: PageMetadata = {
    title,
    site,
    address,
    canonical: canonicalAddress(doc, address),
    author: authorName(doc, objects, site, address),
    language: lang.language,
    direction: lang.direction,
    date: readPublicationDate(doc, { address, now: options.now }),
  };
  if (lang.note) metadata.languageNote = lang.note;
  return metadata;
}

const TRACKING_PARAM = /^(?:utm_|fbclid$|gclid$|mc_|ocid$|at_|ref$|cmpid$|ito$|taid$)/i;

/** The address without its fragment and tracking parameters; unchanged if it is not a URL. */
export function cleanAddress(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return url;
  }
  parsed.hash = '';
  // A copy of the keys: deleting while iterating the live list would skip some.
  for (const key of Array.from(parsed.searchParams.keys())) if (TRACKING_PARAM.test(key)) parsed.searchParams.delete(key);
  return parsed.toString();
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

function isUrl(text: string): boolean {
  return /^(?:https?:)?\/\/|^www\./i.test(text);
}

function siteName(doc: Document, objects: Record<string, unknown>[], address: string): string {
  const named = metaContents(doc, 'og:site_name').find((name) => !isUrl(name));
  if (named) return named;
  for (const object of objects) {
    const publisher = jsonLdText(object.publisher);
    if (publisher && !isUrl(publisher)) return publisher;
  }
  const app = metaContent(doc, ['application-name'])?.value;
  return app && !isUrl(app) ? app : hostOf(address) || address;
}

/**
 * The headline: a heading the page's title or og:title begins with (which
 * leaves out the " | Site" suffix), else og:title or the JSON-LD headline,
 * else the document title without the site's name.
 */
function pageTitle(doc: Document, objects: Record<string, unknown>[], site: string): string {
  const docTitle = cleanText(doc.querySelector('title')?.textContent ?? '');
  const ogTitle = metaContent(doc, ['og:title', 'twitter:title'])?.value ?? '';
  const headline = objects.map((o) => jsonLdText(o.headline)).find((h) => h !== null) ?? '';
  for (const h1 of Array.from(doc.querySelectorAll('h1')).slice(0, 10)) {
    const text = cleanText(h1.textContent ?? '');
    if (text.length >= 3 && [docTitle, ogTitle, headline].some((t) => t.startsWith(text))) return text;
  }
  return headline || ogTitle || withoutSiteSuffix(docTitle, site) || cleanText(doc.querySelector('h1')?.textContent ?? '');
}

function withoutSiteSuffix(title: string, site: string): string {
  const parts = title.split(/\s+[|–—-]\s+/);
  if (parts.length < 2) return title;
  const last = parts.at(-1)!.toLowerCase();
  return last.includes(site.toLowerCase()) || site.toLowerCase().includes(last) ? parts.slice(0, -1).join(' - ') : title;
}

function canonicalAddress(doc: Document, address: string): string | null {
  const host = hostOf(address);
  const candidates = [doc.querySelector('link[rel~="canonical"]')?.getAttribute('href'), metaContent(doc, ['og:url'])?.value];
  for (const href of candidates) {
    if (!href) continue;
    try {
      const url = new URL(href, address);
      // A canonical link to the site's front or section page is a template mistake, not this article.
      if (!/^https?:$/.test(url.protocol) || hostOf(url.href) !== host || url.pathname.split('/').filter(Boolean).length < 2) continue;
      return cleanAddress(url.href);
    } catch {
      continue;
    }
  }
  return null;
}

/** Whether a candidate author is really the site itself ("akhbarelyom" on akhbarelyom.com). */
function isSiteItself(name: string, siteNames: readonly string[]): boolean {
  const letters = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
  const n = letters(name);
  return siteNames.some((site) => letters(site).startsWith(n));
}

function authorName(doc: Document, objects: Record<string, unknown>[], site: string, address: string): string | null {
  // The site's name and every host name the page gives for itself.
  const siteNames = [
    site,
    hostOf(address),
    ...[
      ...metaContents(doc, 'og:site_name'),
      ...metaContents(doc, 'og:url'),
      doc.querySelector('link[rel~="canonical"]')?.getAttribute('href') ?? '',
    ]
      .filter(isUrl)
      .map((url) => hostOf(url.startsWith('//') ? `https:${url}` : url)),
  ].filter(Boolean);
  const candidates: (string | null | undefined)[] = [
    ...objects.filter((o) => o.author !== undefined).map((o) => jsonLdText(o.author)),
    metaContent(doc, ['author', 'article:author', 'cXenseParse:author', 'parsely-author', 'sailthru.author', 'dc.creator'])?.value,
    ...metaContents(doc, 'article:author'),
    ...metaContents(doc, 'author'),
    doc.querySelector('[itemprop~="author"] [itemprop~="name"]')?.textContent,
    doc.querySelector('[rel~="author"]')?.textContent,
  ];
  for (const candidate of candidates) {
    const name = cleanText(candidate ?? '');
    if (name && name.length <= 120 && !isUrl(name) && !isSiteItself(name, siteNames)) return name;
  }
  return null;
}

/** Some of the page's paragraph text, to tell its language by. */
/** The page's language from its text and what it declares (a card labels passages in other languages). */
export function readPageLanguage(doc: Document): string {
  return detectLanguage(sampleText(doc), declaredLanguage(doc)).language;
}

function declaredLanguage(doc: Document): string | null {
  return (
    primaryLanguage(doc.documentElement.getAttribute('lang')) ??
    primaryLanguage(metaContent(doc, ['og:locale', 'content-language', 'language'])?.value) ??
    primaryLanguage(
      Array.from(doc.querySelectorAll('meta[http-equiv]'))
        .find((m) => m.getAttribute('http-equiv')?.toLowerCase() === 'content-language')
        ?.getAttribute('content'),
    )
  );
}

function sampleText(doc: Document): string {
  const paragraphs = Array.from((doc.querySelector('article') ?? doc).querySelectorAll('p')).slice(0, 30);
  const text = paragraphs.map((p) => p.textContent ?? '').join('\n');
  return text.trim() ? text : (doc.body?.textContent ?? '').slice(0, 4000);
}
