// What a card opened from a page knows about that page and that mark, beside
// the topic's own data: the page's date, and how the mark was made.
import type { ContextSupport } from '../context/settle';
import type { Bilingual } from '../knowledge/types';

export interface MarkInfo {
  /** The words on the page. */
  surface: string;
  /** The alias they were matched to, when the detector says. */
  alias?: string;
  match?: 'exact' | 'fuzzy';
  /** A letter read off the front of the word (و, ب, ال…), when the detector says. */
  prefix?: string;
  /** Set when the words name another thing that leads to this card (the Rome Statute). */
  names?: Bilingual;
  /** Set when the alias needed support and the context gave it. */
  context?: ContextSupport;
}

export interface CardPageInfo {
  /** The page's publication date (YYYY-MM-DD or YYYY-MM), null when it gives none. */
  date: string | null;
  /** The page's language (a primary subtag, "und" when unknown): passages in another are labelled with theirs. */
  language?: string;
  /** The mark the card was opened from; null when opened otherwise (a related topic). */
  mark: MarkInfo | null;
  /** Stores "not this one here" for that mark (on this site, or everywhere). */
  onNotThisOne?: ((everywhere: boolean) => void) | undefined;
}
