// Saved articles made from the bundled ones, each under its own address, for
// the library's unit tests and its bench.
import { createDetector } from '../../../lib/detect';
import { compileContent } from '../../../lib/knowledge/compile';
import type { Article, Block } from '../../../lib/knowledge/types';
import { linkBlocks, type SavedRecord } from '../../../lib/library/saved-record';

export const bundled = compileContent('content');
const detector = createDetector(bundled.names);
export const detect = (text: string) => detector.detect(text).map(({ topic, start, end }) => ({ topic, start, end }));

/** The i-th saved article: a bundled article's blocks (by default its first four), linked by the detector; `over` sets any field. */
export function savedRecord(
  i: number,
  blocksOf: (article: Article) => readonly { kind: Block['kind']; text: string }[] = (article) => article.blocks.slice(0, 4),
  over: Partial<SavedRecord> = {},
): SavedRecord {
  const article = bundled.details.articles[i % bundled.details.articles.length]!;
  return {
    id: `mine-${i.toString(16).padStart(20, '0')}`,
    title: `${article.title} (${i})`,
    site: article.source,
    address: `https://news.example/${i}`,
    author: null,
    language: article.language,
    direction: article.language === 'ar' ? 'rtl' : 'ltr',
    date: article.date.value ? { date: article.date.value, inferred: false, note: '' } : null,
    blocks: linkBlocks(blocksOf(article), detect),
    truncated: false,
    savedAt: i,
    ...over,
  };
}
