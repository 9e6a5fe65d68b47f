// Shape checks for an extracted article arriving over messaging: the fields a
// record is built from, with their types and sizes, so that whatever a page
// held can only ever be stored as bounded text.
import type { PageDate } from '../article/page-date';
import { isPartialDate } from '../knowledge/dates';
import { MAX_ARTICLE_CHARS } from './extract';
import type { ExtractedArticle, TextBlock } from './types';

type Json = Record<string, unknown>;
const isRecord = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max;

function pageDate(v: unknown): PageDate | null | undefined {
  if (v === null) return null;
  if (!isRecord(v) || !str(v.date, 10) || !isPartialDate(v.date) || typeof v.inferred !== 'boolean' || !str(v.note, 500)) return undefined;
  return { date: v.date, inferred: v.inferred, note: v.note };
}

function blocks(v: unknown): TextBlock[] | null {
  if (!Array.isArray(v) || v.length > 20_000) return null;
  const out: TextBlock[] = [];
  let total = 0;
  for (const b of v) {
    if (!isRecord(b) || (b.kind !== 'heading' && b.kind !== 'paragraph') || !str(b.text, MAX_ARTICLE_CHARS) || !b.text.trim()) return null;
    total += b.text.length;
    out.push({ kind: b.kind, text: b.text });
  }
  return total <= MAX_ARTICLE_CHARS ? out : null;
}

/** The article if every field is as the extractor makes it, else null. */
export function checkExtracted(value: unknown): ExtractedArticle | null {
  if (!isRecord(value)) return null;
  const date = pageDate(value.date);
  const list = blocks(value.blocks);
  if (
    date === undefined ||
    !list ||
    list.length === 0 ||
    !str(value.title, 1000) ||
    !value.title.trim() ||
    !str(value.site, 300) ||
    !str(value.address, 4000) ||
    !/^https?:\/\//i.test(value.address) ||
    !(value.author === null || str(value.author, 300)) ||
    !str(value.language, 12) ||
    (value.direction !== 'rtl' && value.direction !== 'ltr') ||
    typeof value.truncated !== 'boolean'
  ) {
    return null;
  }
  return {
    title: value.title,
    site: value.site,
    address: value.address,
    author: value.author,
    language: value.language,
    direction: value.direction,
    date,
    blocks: list,
    truncated: value.truncated,
  };
}
