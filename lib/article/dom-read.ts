// Small reads over a parsed page, shared by the metadata readers: meta tags by
// any of their naming attributes, JSON-LD objects, and short element text.
// Standard DOM calls only, so they run on a live page, a clone or a parsed string.

/** Content of the first meta tag whose property, name or itemprop is one of `keys` (case-insensitive). */
export function metaContent(doc: Document, keys: readonly string[]): { key: string; value: string } | null {
  const wanted = new Set(keys.map((k) => k.toLowerCase()));
  for (const meta of Array.from(doc.querySelectorAll('meta[content]'))) {
    for (const attr of ['property', 'name', 'itemprop']) {
      const key = meta.getAttribute(attr)?.trim().toLowerCase();
      if (!key || !wanted.has(key)) continue;
      const value = cleanText(meta.getAttribute('content') ?? '');
      if (value) return { key, value };
    }
  }
  return null;
}

/** Every meta value for one key, in document order. */
export function metaContents(doc: Document, key: string): string[] {
  const out: string[] = [];
  const wanted = key.toLowerCase();
  for (const meta of Array.from(doc.querySelectorAll('meta[content]'))) {
    const names = ['property', 'name', 'itemprop'].map((a) => meta.getAttribute(a)?.trim().toLowerCase());
    const value = cleanText(meta.getAttribute('content') ?? '');
    if (value && names.includes(wanted)) out.push(value);
  }
  return out;
}

/** Whitespace (including no-break spaces) collapsed and trimmed. */
export function cleanText(text: string): string {
  return text.replace(/[\s\u00A0\u200B]+/g, ' ').trim();
}

type JsonObject = Record<string, unknown>;

const MAX_JSON_LD_CHARS = 500_000;
const MAX_JSON_LD_NODES = 2_000;

/** Every object in the page's JSON-LD blocks (through arrays and @graph), in document order; bad blocks are skipped. */
export function jsonLdObjects(doc: Document): JsonObject[] {
  const out: JsonObject[] = [];
  const visit = (value: unknown, depth: number) => {
    if (out.length >= MAX_JSON_LD_NODES || depth > 8) return;
    if (Array.isArray(value)) {
      for (const item of value) visit(item, depth + 1);
    } else if (typeof value === 'object' && value !== null) {
      const object = value as JsonObject;
      out.push(object);
      if (object['@graph'] !== undefined) visit(object['@graph'], depth + 1);
    }
  };
  for (const script of Array.from(doc.querySelectorAll('script[type]'))) {
    if (script.getAttribute('type')?.trim().toLowerCase() !== 'application/ld+json') continue;
    const text = script.textContent ?? '';
    if (text.length > MAX_JSON_LD_CHARS) continue;
    try {
      visit(JSON.parse(text), 0);
    } catch {
      // A broken block on the page says nothing; the other sources still count.
    }
  }
  return out;
}

const ARTICLE_TYPE = /article|posting|report/i;

/** True for NewsArticle, Article, BlogPosting, ReportageNewsArticle and the like. */
export function isArticleObject(object: JsonObject): boolean {
  const type = object['@type'];
  const types = Array.isArray(type) ? type : [type];
  return types.some((t) => typeof t === 'string' && ARTICLE_TYPE.test(t));
}

/** JSON-LD objects describing an article first, then the rest. */
export function jsonLdByRelevance(doc: Document): JsonObject[] {
  const all = jsonLdObjects(doc);
  return [...all.filter(isArticleObject), ...all.filter((o) => !isArticleObject(o))];
}

/** A string, or the name of a {name} object, or the first of a list of those. */
export function jsonLdText(value: unknown): string | null {
  if (typeof value === 'string') return cleanText(value) || null;
  if (Array.isArray(value)) {
    for (const item of value) {
      const text = jsonLdText(item);
      if (text) return text;
    }
    return null;
  }
  if (typeof value === 'object' && value !== null) return jsonLdText((value as JsonObject).name);
  return null;
}

/** Text of an element, cleaned, cut at `max` characters with an ellipsis. */
export function shortText(text: string, max = 80): string {
  const clean = cleanText(text);
  return clean.length > max ? `${clean.slice(0, max - 1)}…` : clean;
}
