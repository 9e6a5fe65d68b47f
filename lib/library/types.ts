// A saved article as the library keeps it: the article's text in blocks (text
// only, never markup) and what its page says about itself.
import type { PageDate } from '../article/page-date';
import type { Direction } from '../article/page-language';

export interface TextBlock {
  kind: 'heading' | 'paragraph';
  text: string;
}

/** What the content script extracts from a page. */
export interface ExtractedArticle {
  title: string;
  site: string;
  /** The page's address without fragment or tracking parameters: saving it again updates it. */
  address: string;
  author: string | null;
  language: string;
  direction: Direction;
  date: PageDate | null;
  blocks: TextBlock[];
  /** True when the text was cut to the library's size limit. */
  truncated: boolean;
}

/** The list entry of a saved article (options page, reader, search). */
export interface SavedSummary {
  id: string;
  title: string;
  site: string;
  address: string;
  date: string | null;
  language: string;
  savedAt: number;
  chars: number;
}
